// Links of one page: the URLs it points to (for the crawl and the link rules), and the mailto:
// and tel: links a reader can use (for the e-mail and phone extraction). Relative URLs resolve
// against the page's URL and its <base href>, through util/url.h. Pure functions over a parsed
// document; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crawl/link.h"
#include "extract/html_document.h"

namespace joignable::extract {

// A mailto: or tel: link: what follows the scheme, percent-decoded and trimmed
// ("contact@acme.fr?subject=Devis", "+33 1 42 68 53 00"), and the link's text.
struct ContactLink {
  std::string value;
  std::string text;
};

// The URL that relative links resolve against: the first <base href>, itself resolved against
// `page_url`; `page_url` when there is none or it does not resolve.
std::string base_url(const HtmlDocument& document, const std::string& page_url);

// Every link of the page in document order: a[href] and area[href] (anchor, area), iframe[src],
// form[action] (form_action; a form without action, or with an empty one, points to `page_url`
// itself), link[rel~=canonical] and link[rel~=alternate] with an href. Resolved against `base`
// with the fragment kept; what does not resolve to http(s) (mailto:, tel:, javascript:, data:,
// garbage) is left out. Links inside <template> are inert and left out; links inside hidden
// elements (drop-down menus) are kept. When `anchors` is given, the same walk appends to it the
// page's fragment targets (each non-empty id, and the name of each <a name>) in document order.
std::vector<crawl::DiscoveredLink> find_links(const HtmlDocument& document,
                                              const std::string& page_url,
                                              const std::string& base,
                                              std::vector<std::string>* anchors = nullptr);

// The a[href] and area[href] whose scheme is `scheme` ("tel", "mailto"; any case), outside
// hidden elements, in document order.
std::vector<ContactLink> find_contact_links(const HtmlDocument& document, std::string_view scheme);
// The same under `root`, leaving out the elements of `skip` with everything in them.
std::vector<ContactLink> find_contact_links(HtmlNode root, std::string_view scheme,
                                            const std::vector<HtmlNode>& skip = {});

// An anchor's text: its visible text on one line; else its aria-label, the alt of an image in it,
// or its title (the order in which browsers name a link).
std::string link_text(HtmlNode element);

// %XX sequences decoded into bytes; malformed ones are kept as written. '+' stays '+'.
std::string percent_decode(std::string_view text);

}  // namespace joignable::extract
