// The other ways a page offers to reach the company: links to a contact page, chat widgets,
// social and messaging links, callback offers; and, for WCAG 2.2 SC 3.2.6 (Consistent Help),
// which help mechanisms the page shows and in what order. Pure functions over a parsed
// document; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crawl/link.h"
#include "extract/contact_points.h"
#include "extract/html_document.h"

namespace joignable::extract {

// Whether a link text names a contact page, in fr/en/de/es/it/nl ("Contact", "Nous joindre",
// "Contactez-nous", "Service client", "Kontakt", "Contáctenos", "Contatti", "Klantenservice"...).
bool looks_like_contact_text(std::string_view text);
// Whether a URL's path names a contact page ("/contact", "/nous-joindre", "/kontakt"...); the
// host does not count ("contact.example.fr/produits" is no contact page).
bool looks_like_contact_url(std::string_view url);

// Chat widgets the page loads, recognised by their script's address or inline loader:
// intercom, crisp, zendesk, tawk, hubspot, drift, livechat, tidio, smartsupp, olark, freshchat,
// iadvize, userlike, chatra. Once each, in page order.
std::vector<std::string> find_chat_widgets(const HtmlDocument& document);

// The network of a URL when it points to one (wa.me and api.whatsapp.com are "whatsapp", m.me
// and messenger.com "messenger", twitter.com and x.com "x"...), else "".
std::string social_network_of(std::string_view url);

// a[href] to social and messaging networks, outside hidden elements; once per URL.
std::vector<SocialLink> find_social_links(const HtmlDocument& document);

// Whether `visible_text` offers to call the customer back ("être rappelé", "rappelez-moi",
// "demande de rappel", "call me back", "request a callback", "Rückruf", "le llamamos",
// "vi richiamiamo", "terugbellen").
bool offers_callback(std::string_view visible_text);

// URLs of the page's links (links.h: anchors and areas, hidden menus included) whose text or
// URL names a contact page; once each, page order.
std::vector<std::string> contact_page_links(const std::vector<crawl::DiscoveredLink>& links);

// The help mechanisms of the page in the order a reader meets them: a tel: link or a text
// showing one of `phone_displays` is the phone; a mailto: link, a Cloudflare-protected address
// or a text showing one of `emails` is the e-mail; a visible link whose URL, aria-label or text
// (its own text nodes, or those of a child element) names a contact page is the contact link;
// a chat widget comes last. Each mechanism once.
std::vector<HelpMechanism> help_mechanisms(const HtmlDocument& document,
                                           const std::vector<std::string>& phone_displays,
                                           const std::vector<std::string>& emails,
                                           bool has_chat);

}  // namespace joignable::extract
