#include "extract/channels.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <iterator>

#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

struct Marker {
  std::string_view needle;  // folded
  std::string_view name;
};

// Script addresses and inline loader names of the chat widgets.
constexpr Marker kChatMarkers[] = {
    {"widget.intercom.io", "intercom"}, {"intercomsettings", "intercom"},
    {"client.crisp.chat", "crisp"},     {"$crisp", "crisp"},
    {"static.zdassets.com", "zendesk"}, {"zopim", "zendesk"},
    {"embed.tawk.to", "tawk"},          {"js.usemessages.com", "hubspot"},
    {"js.hs-scripts.com", "hubspot"},   {"js.driftt.com", "drift"},
    {"drift.load", "drift"},            {"cdn.livechatinc.com", "livechat"},
    {"__lc.license", "livechat"},       {"code.tidio.co", "tidio"},
    {"smartsuppchat", "smartsupp"},     {"static.olark.com", "olark"},
    {"wchat.freshchat.com", "freshchat"}, {"fcwidget", "freshchat"},
    {"iadvize.com", "iadvize"},         {"userlike-cdn", "userlike"},
    {"call.chatra.io", "chatra"},
};

constexpr Marker kSocialHosts[] = {
    {"wa.me", "whatsapp"},      {"api.whatsapp.com", "whatsapp"}, {"chat.whatsapp.com", "whatsapp"},
    {"m.me", "messenger"},      {"messenger.com", "messenger"},   {"facebook.com", "facebook"},
    {"fb.com", "facebook"},     {"instagram.com", "instagram"},   {"linkedin.com", "linkedin"},
    {"twitter.com", "x"},       {"x.com", "x"},                   {"t.me", "telegram"},
};

std::string host_of(std::string_view url) {
  const std::string folded = fold(url);
  std::size_t start = folded.find("//");
  if (start == std::string::npos) return {};
  start += 2;
  const std::size_t end = std::min(folded.find_first_of("/?#:", start), folded.size());
  return folded.substr(start, end - start);
}

bool host_is(std::string_view host, std::string_view domain) {
  return host == domain || (host.size() > domain.size() && host.ends_with(domain) &&
                            host[host.size() - domain.size() - 1] == '.');
}

void add_once(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

std::string digits_of(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

// Whether `href` can hold "//" once its spaces are collapsed, as a URL naming a host must: a
// relative link ("/produits/x.html") cannot, and skips the clean-up and folding.
bool may_name_host(std::string_view href) {
  if (href.find("//") != std::string_view::npos) return true;
  return std::any_of(href.begin(), href.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

bool is_link_to(HtmlNode node, std::string_view scheme) {
  if (node.tag() != "a" && node.tag() != "area") return false;
  const std::string_view raw = node.attribute("href").value_or("");
  if (raw.find(':') == std::string_view::npos) return false;  // no scheme at all
  const std::string href = fold(collapse_spaces(raw));
  return href.size() > scheme.size() && href.starts_with(scheme) && href[scheme.size()] == ':';
}

}  // namespace

bool looks_like_contact_text(std::string_view text) {
  return contains_any(fold(text),
                      {"contact", "nous joindre", "joindre", "service client", "service-client",
                       "kontakt", "contacto", "contactenos", "contatti", "contattaci",
                       "customer service", "get in touch", "klantenservice", "kundenservice",
                       "atencion al cliente", "servizio clienti", "neem contact"});
}

bool looks_like_contact_url(std::string_view url) {
  const std::string folded = fold(url);
  const std::size_t scheme = folded.find("//");
  const std::size_t slash = folded.find('/', scheme == std::string::npos ? 0 : scheme + 2);
  if (slash == std::string::npos) return false;
  return contains_any(std::string_view(folded).substr(slash),
                      {"contact", "nous-joindre", "service-client", "kontakt", "contatti",
                       "contacto", "klantenservice", "kundenservice"});
}

std::vector<std::string> find_chat_widgets(const HtmlDocument& document) {
  std::vector<std::string> widgets;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element()) return false;
    if (node.tag() != "script") return true;
    std::string code = fold(node.attribute("src").value_or(""));
    for (std::size_t i = 0; i < node.child_count(); ++i) code += fold(node.child(i).text());
    for (const Marker& marker : kChatMarkers) {
      if (code.find(marker.needle) != std::string::npos) add_once(widgets, std::string(marker.name));
    }
    return false;
  });
  return widgets;
}

std::string social_network_of(std::string_view url) {
  const std::string host = host_of(url);
  for (const Marker& marker : kSocialHosts) {
    if (host_is(host, marker.needle)) return std::string(marker.name);
  }
  return {};
}

std::vector<SocialLink> find_social_links(const HtmlDocument& document) {
  std::vector<SocialLink> links;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element() || is_hidden(node)) return false;
    if (node.tag() != "a") return true;
    const std::string_view raw = node.attribute("href").value_or("");
    if (!may_name_host(raw)) return true;
    const std::string href = collapse_spaces(raw);
    std::string network = social_network_of(href);
    const bool known = std::any_of(links.begin(), links.end(),
                                   [&](const SocialLink& link) { return link.url == href; });
    if (!network.empty() && !known) links.push_back({std::move(network), href});
    return true;
  });
  return links;
}

bool offers_callback(std::string_view visible_text) {
  // Each phrase holds one of a few short words: a page's text is searched for those alone (with
  // memmem, several GB/s), and a phrase is compared only where its word is.
  struct Offer {
    std::string_view word;
    std::string_view phrase;
  };
  static constexpr Offer kOffers[] = {
      {"rappel", "etre rappele"},        {"rappel", "rappelez-moi"},
      {"rappel", "demande de rappel"},   {"rappel", "rappel gratuit"},
      {"rappel", "nous vous rappelons"}, {"call", "call me back"},
      {"call", "request a callback"},    {"call", "request a call back"},
      {"ruckruf", "ruckruf"},            {"llamamos", "le llamamos"},
      {"llamamos", "te llamamos"},       {"richiamiamo", "vi richiamiamo"},
      {"richiamiamo", "ti richiamiamo"}, {"terug", "terugbellen"},
      {"terug", "teruggebeld"}};
  static constexpr std::string_view kWords[] = {"rappel", "call", "ruckruf", "llamamos",
                                                "richiamiamo", "terug"};
  const std::string folded = fold(visible_text);
  const std::string_view text = folded;
  const auto phrase_at = [&](std::string_view word, std::size_t at) {
    return std::any_of(std::begin(kOffers), std::end(kOffers), [&](const Offer& offer) {
      const std::size_t offset = offer.phrase.find(word);
      return offer.word == word && at >= offset &&
             text.substr(at - offset, offer.phrase.size()) == offer.phrase;
    });
  };
  for (const std::string_view word : kWords) {
    const char* from = text.data();
    const char* const end = text.data() + text.size();
    while (const void* found = memmem(from, static_cast<std::size_t>(end - from), word.data(),
                                      word.size())) {
      from = static_cast<const char*>(found);
      if (phrase_at(word, static_cast<std::size_t>(from - text.data()))) return true;
      ++from;
    }
  }
  return false;
}

std::vector<std::string> contact_page_links(const std::vector<crawl::DiscoveredLink>& links) {
  std::vector<std::string> urls;
  for (const crawl::DiscoveredLink& link : links) {
    if (link.kind != crawl::LinkKind::anchor && link.kind != crawl::LinkKind::area) continue;
    if (looks_like_contact_text(link.text) || looks_like_contact_url(link.url)) {
      add_once(urls, link.url);
    }
  }
  return urls;
}

std::vector<HelpMechanism> help_mechanisms(const HtmlDocument& document,
                                           const std::vector<std::string>& phone_displays,
                                           const std::vector<std::string>& emails,
                                           bool has_chat) {
  std::vector<std::string> phone_digits;
  for (const std::string& display : phone_displays) {
    if (std::string digits = digits_of(display); digits.size() >= 6) phone_digits.push_back(digits);
  }
  std::vector<HelpMechanism> order;
  const auto note = [&](HelpMechanism mechanism) {
    if (std::find(order.begin(), order.end(), mechanism) == order.end()) order.push_back(mechanism);
  };
  // Text nodes are only folded when they can matter (a digit, an '@', or inside a link), and a
  // link's words are read from its own text nodes: this walk runs on every page.
  walk(document.root(), [&](HtmlNode node) {
    if (node.is_text()) {
      const std::string_view text = node.text();
      // std::any_of, not find_first_of("0123456789"), which calls memchr for every character.
      if (!phone_digits.empty() &&
          std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const std::string digits = digits_of(text);
        for (const std::string& number : phone_digits) {
          if (digits.find(number) != std::string::npos) note(HelpMechanism::phone);
        }
      }
      if (!emails.empty() && text.find('@') != std::string_view::npos) {
        const std::string folded = fold(text);
        for (const std::string& email : emails) {
          if (folded.find(email) != std::string::npos) note(HelpMechanism::email);
        }
      }
      const HtmlNode parent = node.parent();
      const bool in_link = parent.tag() == "a" || parent.parent().tag() == "a";
      if (in_link && looks_like_contact_text(text)) note(HelpMechanism::contact_link);
      return false;
    }
    if (!node.is_element() || is_hidden(node)) return false;
    if (is_link_to(node, "tel")) note(HelpMechanism::phone);
    if (is_link_to(node, "mailto") || node.has_attribute("data-cfemail")) {
      note(HelpMechanism::email);
    }
    if (node.tag() == "a" && node.has_attribute("href") &&
        (looks_like_contact_url(*node.attribute("href")) ||
         looks_like_contact_text(node.attribute("aria-label").value_or("")))) {
      note(HelpMechanism::contact_link);
    }
    return true;
  });
  if (has_chat) note(HelpMechanism::chat);
  return order;
}

}  // namespace joignable::extract
