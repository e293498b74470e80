// What a single page offers a customer to reach the company, as extracted from its HTML.
// Site-wide aggregation happens in model/. Plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/link.h"
#include "extract/opening_hours.h"

namespace joignable::extract {

// Spelled as in report.json (libphonenumber's PhoneNumberType, lower case).
enum class PhoneType {
  fixed_line, mobile, fixed_line_or_mobile, toll_free, premium_rate, shared_cost, voip,
  personal, pager, uan, voicemail, unknown,
};
std::string_view to_string(PhoneType type);
// premium_rate and shared_cost: what French customers call "surtaxé".
bool is_surcharged(PhoneType type);

struct PhoneMention {
  std::string e164;     // "+33142685300"
  std::string display;  // as written on the page
  PhoneType type = PhoneType::unknown;
  bool tel_link = false;  // reachable through a tel: link on this page
  bool fax = false;       // labelled Fax / Télécopie: never counted as a phone
  bool structured_data = false;  // given as schema.org telephone / faxNumber on this page
  bool visible = true;           // false when only the structured data gives it
};

// A schema.org telephone or faxNumber value, as written.
struct StructuredPhone {
  std::string raw;
  bool fax = false;
};

// A tel: link or number-like text that is not a valid number for its region.
struct InvalidPhone {
  std::string raw;
  bool from_tel_link = false;
};

enum class FormKind { contact, search, newsletter, login, other };
std::string_view to_string(FormKind kind);

struct FormInfo {
  FormKind kind = FormKind::other;
  std::string action;  // absolute URL (the page's own URL when the attribute is missing)
  std::string method;  // "get" or "post", lower case
  int fields = 0;      // visible fields: no hidden inputs, buttons or honeypots
  bool has_textarea = false;
  bool has_free_text = false;  // a textarea, or a text field that takes a message (CONTRACT.md)
  int unlabelled_fields = 0;
  bool captcha = false;
  // "recaptcha", "hcaptcha", "turnstile", "friendly-captcha", "question" (a sum to work out),
  // "other"; "" without captcha
  std::string captcha_kind;
  std::string enctype;       // lower case; "application/x-www-form-urlencoded" when absent
  int required_fields = 0;   // visible fields with required or aria-required="true"
  // Whether the visible name, e-mail and phone fields carry the autocomplete token of their
  // purpose (WCAG 1.3.5): nullopt when the form has no such field, false when one lacks it.
  std::optional<bool> autocomplete_name;
  std::optional<bool> autocomplete_email;
  std::optional<bool> autocomplete_tel;
};

// A postal address, from the text (addresses.h) or from structured data.
struct PostalAddress {
  std::string street;       // "12 rue de la République"
  std::string postal_code;  // "69002"
  std::string locality;     // "Lyon"
  std::string country;      // ISO 3166 code: "FR"
  // "12 rue de la République, 69002 Lyon": one line, for reports and comparisons.
  std::string text() const;
};

// The ways to get help that WCAG 2.2 SC 3.2.6 (Consistent Help) asks to keep in the same place
// on every page. Spelled as in report.json.
enum class HelpMechanism { phone, email, contact_link, chat };
std::string_view to_string(HelpMechanism mechanism);

// A link to the company on a social or messaging network.
struct SocialLink {
  std::string network;  // "whatsapp", "messenger", "facebook", "instagram", "linkedin", "x", "telegram"
  std::string url;
};

// Whose contact point a legal notice says it is when it is not the company's (third_parties.h):
// the site's host, the designer or webmaster of the site, a publication director from another
// firm. Spelled as in report.json.
enum class ThirdPartyRole { host, designer, publisher };
std::string_view to_string(ThirdPartyRole role);

// A phone, fax, e-mail or postal address given in a third party's section of a legal notice,
// and nowhere else on its page. It is never the company's: no rule reads it.
struct ThirdPartyContact {
  ThirdPartyRole role = ThirdPartyRole::host;
  std::string kind;     // "phone", "fax", "email", "address"
  std::string value;    // E.164, the lower-cased e-mail address, or the address on one line
  std::string display;  // as written ("09 72 10 10 07"); the value for e-mails and addresses
};

// Opening hours one page gives, from one of its sources: its visible text (one entry per block
// of hours, see hours_text.h) or its structured data (one per item, see hours_schema_org.h).
struct HoursMention {
  HoursOrigin origin = HoursOrigin::text;
  OpeningHours hours;    // has_hours() is true
  std::string evidence;  // what it was read from, bounded; untrusted
};

struct PageContacts {
  std::vector<PhoneMention> phones;  // one per E.164 number on the page
  std::vector<InvalidPhone> invalid_phones;
  std::vector<std::string> emails;  // lower-cased addresses, one each
  std::vector<FormInfo> forms;
  std::vector<PostalAddress> addresses;
  std::vector<std::string> chat_widgets;  // "intercom", "crisp"... once each, page order
  std::vector<SocialLink> social_links;   // once per URL, page order
  bool callback_offer = false;            // "Être rappelé", "Call me back"...
  std::vector<std::string> contact_links;  // URLs of links named or shaped like a contact page
  // The help mechanisms the page offers, each once, in the order a reader meets them; a chat
  // widget floats above the page and comes last.
  std::vector<HelpMechanism> help;
  std::vector<HoursMention> hours;
  std::vector<std::string> unparsed_hours;  // hours-like text not understood, kept as written
  // Contact points of the host, the designer or another publisher (see ThirdPartyContact): in
  // none of the lists above. Once each, in page order.
  std::vector<ThirdPartyContact> third_parties = {};
};

// Everything the audit needs from one HTML page; the body can be dropped afterwards.
struct PageAnalysis {
  std::string title;
  std::vector<crawl::DiscoveredLink> links;
  PageContacts contacts;
  // Fragment targets of the page: every id, and the name of every <a name>, sorted, once each.
  // A link to "page#x" works when "x" is among them.
  std::vector<std::string> anchors;
  // The raw HTML looks like an application shell (app_shell.h): its content comes from scripts.
  bool app_shell = false;
  // Read from the DOM headless Chromium built (src/render/), not from the HTML as fetched.
  bool rendered = false;
  // Why the page was not rendered although it was meant to be, or rendered before it settled
  // ("did not settle within 15000 ms", "navigation failed: ..."); "" otherwise.
  std::string render_problem;
};

}  // namespace joignable::extract
