// What a single page offers a customer to reach the company, as extracted from its HTML.
// Site-wide aggregation happens in model/. Plain values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"
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
  std::vector<HoursMention> hours;
  std::vector<std::string> unparsed_hours;  // hours-like text not understood, kept as written
};

// Everything the audit needs from one HTML page; the body can be dropped afterwards.
struct PageAnalysis {
  std::string title;
  std::vector<crawl::DiscoveredLink> links;
  PageContacts contacts;
  // Fragment targets of the page: every id, and the name of every <a name>, sorted, once each.
  // A link to "page#x" works when "x" is among them.
  std::vector<std::string> anchors;
};

}  // namespace joignable::extract
