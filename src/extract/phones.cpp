#include "extract/phones.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <regex>
#include <unordered_map>
#include <utility>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include "extract/phone_context.h"
#include "extract/phone_line_cache.h"
#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr std::size_t kLabelBytes = 48;
// Bytes of a number read on each side of a line break (scan_joint): the longest way of writing
// half of an international number.
constexpr std::size_t kJointBytes = 20;
// Candidates the matcher may try per line; a line is one block of text, so this is never reached
// by a real page and bounds a hostile one.
constexpr int kMaxTriesPerLine = 1000;

PhoneType to_phone_type(PhoneNumberUtil::PhoneNumberType type) {
  switch (type) {
    case PhoneNumberUtil::FIXED_LINE: return PhoneType::fixed_line;
    case PhoneNumberUtil::MOBILE: return PhoneType::mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return PhoneType::fixed_line_or_mobile;
    case PhoneNumberUtil::TOLL_FREE: return PhoneType::toll_free;
    case PhoneNumberUtil::PREMIUM_RATE: return PhoneType::premium_rate;
    case PhoneNumberUtil::SHARED_COST: return PhoneType::shared_cost;
    case PhoneNumberUtil::VOIP: return PhoneType::voip;
    case PhoneNumberUtil::PERSONAL_NUMBER: return PhoneType::personal;
    case PhoneNumberUtil::PAGER: return PhoneType::pager;
    case PhoneNumberUtil::UAN: return PhoneType::uan;
    case PhoneNumberUtil::VOICEMAIL: return PhoneType::voicemail;
    case PhoneNumberUtil::UNKNOWN: return PhoneType::unknown;
  }
  return PhoneType::unknown;
}

bool has_letter(std::string_view text) {
  for (char c : fold(text)) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

bool has_digit_run(std::string_view line) {
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] >= '0' && line[i] <= '9' && line[i - 1] >= '0' && line[i - 1] <= '9') return true;
  }
  return false;
}

std::string tail(std::string_view text, std::size_t bytes) {
  return std::string(text.size() > bytes ? text.substr(text.size() - bytes) : text);
}

PhoneType type_of(const PhoneNumber& number) {
  return to_phone_type(PhoneNumberUtil::GetInstance()->GetNumberType(number));
}

std::string e164_of(const PhoneNumber& number) {
  std::string e164;
  PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &e164);
  return e164;
}

class Collector {
 public:
  void add_text(const LineMatch& match, std::string display, bool fax) {
    if (auto it = index_.find(match.e164); it != index_.end()) {
      all_fax_[it->second] = all_fax_[it->second] && fax;
      return;
    }
    add(match.e164, match.type, std::move(display));
    all_fax_.back() = fax;
  }

  void add_tel(const std::string& e164, PhoneType type, std::string display) {
    auto it = index_.find(e164);
    if (it == index_.end()) {
      add(e164, type, std::move(display));
      it = index_.find(e164);
    }
    findings_.phones[it->second].tel_link = true;
  }

  void add_structured(const std::string& e164, PhoneType type, std::string display, bool fax) {
    auto it = index_.find(e164);
    if (it == index_.end()) {
      add(e164, type, std::move(display));
      it = index_.find(e164);
      findings_.phones[it->second].visible = false;
      all_fax_[it->second] = fax;
    }
    findings_.phones[it->second].structured_data = true;
  }

  void add_invalid(std::string raw) {
    for (const InvalidPhone& known : findings_.invalid) {
      if (known.raw == raw) return;
    }
    findings_.invalid.push_back({std::move(raw), true});
  }

  PhoneFindings finish() {
    for (std::size_t i = 0; i < findings_.phones.size(); ++i) {
      findings_.phones[i].fax = all_fax_[i] && !findings_.phones[i].tel_link;
    }
    return std::move(findings_);
  }

 private:
  void add(const std::string& e164, PhoneType type, std::string display) {
    index_.emplace(e164, findings_.phones.size());
    findings_.phones.push_back({e164, std::move(display), type, false, false, false, true});
    all_fax_.push_back(false);
  }

  PhoneFindings findings_;
  std::map<std::string, std::size_t> index_;  // e164 -> position in findings_.phones
  std::vector<bool> all_fax_;                  // every text occurrence labelled fax
};

// The matches of one leniency, as LineMatch.
std::vector<LineMatch> run_matcher(std::string_view text, const std::string& region,
                                   PhoneNumberMatcher::Leniency leniency) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumberMatcher matcher(util, std::string(text), region, leniency, kMaxTriesPerLine);
  std::vector<LineMatch> matches;
  while (matcher.HasNext()) {
    PhoneNumberMatch match;
    if (!matcher.Next(&match)) break;
    matches.push_back({static_cast<std::size_t>(match.start()),
                       static_cast<std::size_t>(match.length()), e164_of(match.number()),
                       type_of(match.number())});
  }
  return matches;
}

// Valid numbers in `text`, each marked strict when STRICT_GROUPING finds it too.
std::vector<LineMatch> match_text(std::string_view text, const std::string& region) {
  std::vector<LineMatch> matches = run_matcher(text, region, PhoneNumberMatcher::VALID);
  if (matches.empty()) return matches;
  for (const LineMatch& strict : run_matcher(text, region, PhoneNumberMatcher::STRICT_GROUPING)) {
    for (LineMatch& match : matches) {
      match.strict = match.strict || (match.start == strict.start && match.length == strict.length);
    }
  }
  return matches;
}

// The length of the dash at `pos` when it is one of the Unicode dashes people put between digit
// groups ("+49 431 – 5 36 22 67"): hyphen to horizontal bar (U+2010..U+2015) or minus
// sign (U+2212); 0 otherwise. All are three bytes long.
std::size_t dash_at(std::string_view text, std::size_t pos) {
  if (pos + 3 > text.size() || static_cast<unsigned char>(text[pos]) != 0xE2) return 0;
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  const auto third = static_cast<unsigned char>(text[pos + 2]);
  const bool general = second == 0x80 && third >= 0x90 && third <= 0x95;
  const bool minus = second == 0x88 && third == 0x92;
  return general || minus ? 3 : 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' ||
         c == ')' || c == '+';
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where each run of number characters holding kMinDigits digits or more starts and ends in
// `line`, widened by one whole character on each side (the matcher looks at what surrounds a
// number: "A01 42 68 53 00" is no phone).
std::vector<std::pair<std::size_t, std::size_t>> number_runs(std::string_view line) {
  constexpr int kMinDigits = 6;
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t i = 0; i < line.size();) {
    if (!(line[i] >= '0' && line[i] <= '9') && line[i] != '+' && line[i] != '(') {
      ++i;
      continue;
    }
    std::size_t end = i;
    int digits = 0;
    while (end < line.size()) {
      bool invisible = false;
      if (const std::size_t space = space_at(line, end, invisible); space > 0) {
        end += space;  // no-break and thin spaces separate groups as well ("01\u00a042...")
        continue;
      }
      if (const std::size_t dash = dash_at(line, end); dash > 0) {
        end += dash;  // the matcher reads Unicode dashes as separators itself
        continue;
      }
      if (!is_number_char(line[end])) break;
      digits += (line[end] >= '0' && line[end] <= '9') ? 1 : 0;
      ++end;
    }
    if (digits >= kMinDigits) {
      std::size_t begin = i;
      if (begin > 0) --begin;
      while (begin > 0 && is_continuation_byte(line[begin])) --begin;
      std::size_t stop = end;
      if (stop < line.size()) ++stop;
      while (stop < line.size() && is_continuation_byte(line[stop])) ++stop;
      runs.emplace_back(begin, stop);
    }
    i = std::max(end, i + 1);
  }
  return runs;
}

// What the matcher finds in one run of digits (with its one character of context on each
// side), remembered apart from whole lines: a run depends on nothing else, and the same dates,
// prices and numbers come back on many pages inside lines that differ.
PhoneLineCache& run_cache() {
  static PhoneLineCache cache;
  return cache;
}

std::vector<LineMatch> match_run(std::string_view run, const std::string& region) {
  PhoneLineCache& cache = run_cache();
  if (auto known = cache.find(region, run)) return std::move(*known);
  std::vector<LineMatch> matches = match_text(run, region);
  cache.store(region, run, matches);
  return matches;
}

// The matcher on the line's runs of digits only, not on the prose around them: a paragraph of
// prices and dates costs the same as the numbers in it. Offsets are the line's.
std::vector<LineMatch> match_line(std::string_view line, const std::string& region) {
  std::vector<LineMatch> matches;
  for (const auto& [begin, end] : number_runs(line)) {
    for (LineMatch& match : match_run(line.substr(begin, end - begin), region)) {
      match.start += begin;
      matches.push_back(std::move(match));
    }
  }
  return matches;
}

// The matches of `line`, from the cache when a page already showed this line.
std::vector<LineMatch> cached_matches(std::string_view line, const std::string& region) {
  PhoneLineCache& cache = phone_line_cache();
  if (auto known = cache.find(region, line)) return std::move(*known);
  std::vector<LineMatch> matches = match_line(line, region);
  cache.store(region, line, matches);
  return matches;
}

// Whether no dot separates the digit groups of `raw` ("0 800 123 456", "089 / 12 34 56-0"):
// dots are how German and Swiss pages write dates and clock times ("05.10.2021", "08.30").
bool has_no_dots(std::string_view raw) { return raw.find('.') == std::string_view::npos; }

// Whether `raw` holds a dotted date ("05.10.2021", "5.10.21") or a range of clock times
// ("08.30 - 12.00", "8:30–12:00"), the shapes libphonenumber's own date checks (slashes only)
// miss.
bool has_date_or_time_shape(std::string_view raw) {
  static const std::regex kDate(R"((^|\D)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4}|\d{2})(\D|$))");
  // Two clock times with a short separator (" - ", an en dash, " / ") between them.
  static const std::regex kTimes(
      R"((^|\D)([01]?\d|2[0-3])[.:][0-5]\d\D{1,5}([01]?\d|2[0-3])[.:][0-5]\d(\D|$))");
  return std::regex_search(raw.begin(), raw.end(), kDate) ||
         std::regex_search(raw.begin(), raw.end(), kTimes);
}

// Whether a valid number the matcher found is read as a phone. Digits grouped as its region
// writes them are; otherwise it needs a label naming a phone or a fax, or no dot between its
// groups, and must not have the shape of a date or of office hours. What that leaves out,
// digits joined by dots with no label, is how dates ("05.10.2021", "05.11.2019 // 07") and
// times ("08.30 - 12.00") are written.
bool reads_as_phone(const LineMatch& match, std::string_view raw, std::string_view label) {
  if (match.strict) return true;
  return (has_no_dots(raw) || label_says_phone(label) || label_says_fax(label)) &&
         !has_date_or_time_shape(raw);
}

void scan_line(std::string_view line, std::string_view previous_line, const std::string& region,
               Collector& collector) {
  std::size_t previous_end = 0;
  for (const LineMatch& match : cached_matches(line, region)) {
    std::string label = collapse_spaces(line.substr(previous_end, match.start - previous_end));
    if (previous_end == 0 && !has_letter(label) && !has_digit_run(previous_line)) {
      label = tail(previous_line, kLabelBytes) + " " + label;  // "<dt>Fax</dt><dd>01...</dd>"
    }
    previous_end = match.start + match.length;
    label = tail(label, kLabelBytes);
    const std::string_view raw = line.substr(match.start, match.length);
    if (label_says_identifier(label) || !reads_as_phone(match, raw, label)) continue;
    collector.add_text(match, std::string(raw), label_says_fax(label));
  }
}

// Whether a line can hold a phone number at all: two digits in a row and at least five digits
// (the shortest national numbers of the regions we audit have six). Most lines fail, and for
// those the matcher is never built.
bool may_hold_number(std::string_view line) {
  int digits = 0;
  for (char c : line) digits += (c >= '0' && c <= '9') ? 1 : 0;
  return digits >= 5 && has_digit_run(line);
}

// How many digits `text` holds.
int digit_count(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), is_digit));
}

// The number characters that end `line` ("04 78" of "Tél. : 04 78"), from a digit or a '+';
// "" when the line does not end with a digit.
std::string_view trailing_number(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '.' || line.back() == '-')) {
    line.remove_suffix(1);  // "04.78." cut after its separator
  }
  if (line.empty() || !is_digit(line.back())) return {};
  std::size_t start = line.size();
  while (start > 0 && is_number_char(line[start - 1]) && line.size() - start < kJointBytes) --start;
  while (start < line.size() && !is_digit(line[start]) && line[start] != '+') ++start;
  return line.substr(start);
}

// The digits that start `line`, as trailing_number() reads the end of one.
std::string_view leading_number(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.empty() || !is_digit(line.front())) return {};
  std::size_t end = 0;
  while (end < line.size() && is_number_char(line[end]) && end < kJointBytes) ++end;
  while (end > 0 && !is_digit(line[end - 1])) --end;
  return line.substr(0, end);
}

// A number a line break cuts in two ("04 78<br>58 21 90", shown on two lines): the digits that
// end `line` and those that start `next`, joined, when the matcher finds a number across the
// joint. A number found whole on either line never spans it.
void scan_joint(std::string_view line, std::string_view next, const std::string& region,
                Collector& collector) {
  const std::string_view head = trailing_number(line);
  const std::string_view rest = leading_number(next);
  if (digit_count(head) < 2 || digit_count(rest) < 2) return;
  const std::string joined = std::string(head) + " " + std::string(rest);
  for (const LineMatch& match : cached_matches(joined, region)) {
    if (match.start >= head.size() || match.start + match.length <= head.size() + 1) continue;
    const std::string label =
        tail(line.substr(0, static_cast<std::size_t>(head.data() - line.data())), kLabelBytes);
    const std::string raw = joined.substr(match.start, match.length);
    if (label_says_identifier(label) || !reads_as_phone(match, raw, label)) continue;
    collector.add_text(match, raw, label_says_fax(label));
  }
}

void scan_text(std::string_view text, const std::string& region, Collector& collector) {
  std::string_view previous_line;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    if (may_hold_number(line)) scan_line(line, previous_line, region, collector);
    scan_joint(previous_line, line, region, collector);
    previous_line = line;
    text.remove_prefix(std::min(end + 1, text.size()));
  }
}

// What a tel: link or a structured-data number reads as: invalid, or a number and whether the
// link's text writes the same number.
struct ParsedNumber {
  bool valid = false;
  std::string e164;
  PhoneType type = PhoneType::unknown;
  bool text_is_number = false;
};

// Parsed numbers, remembered for the whole process like the lines of phone_line_cache.h: a
// site's header and footer carry the same tel: links and JSON-LD on every page, and each parse
// costs about 100,000 instructions. Emptied when full; thread-safe.
class ParsedNumberCache {
 public:
  static constexpr std::size_t kMaxEntries = 4096;

  template <class Parse>
  ParsedNumber get(const std::string& key, Parse&& parse) {
    {
      const std::lock_guard lock(mutex_);
      if (const auto it = numbers_.find(key); it != numbers_.end()) return it->second;
    }
    ParsedNumber parsed = parse();
    const std::lock_guard lock(mutex_);
    if (numbers_.size() >= kMaxEntries) numbers_.clear();
    numbers_.insert_or_assign(key, parsed);
    return parsed;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, ParsedNumber> numbers_;
};

ParsedNumberCache& parsed_number_cache() {
  static ParsedNumberCache cache;
  return cache;
}

ParsedNumber parse_tel(std::string_view value, const std::string& text, const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  const bool parsed = !value.empty() && util.Parse(std::string(value), region, &number) ==
                                            PhoneNumberUtil::NO_PARSING_ERROR;
  if (!parsed || !util.IsValidNumber(number)) return {};
  PhoneNumber text_number;
  const std::string e164 = e164_of(number);
  const bool text_is_number =
      util.Parse(text, region, &text_number) == PhoneNumberUtil::NO_PARSING_ERROR &&
      e164_of(text_number) == e164;
  return {true, e164, type_of(number), text_is_number};
}

void scan_tel_links(const std::vector<ContactLink>& links, const std::string& region,
                    Collector& collector) {
  for (const ContactLink& link : links) {
    std::string_view value = link.value;
    while (value.substr(0, 1) == "/") value.remove_prefix(1);  // "tel://0142685300"
    const std::string key = "tel\n" + region + "\n" + std::string(value) + "\n" + link.text;
    const ParsedNumber number =
        parsed_number_cache().get(key, [&] { return parse_tel(value, link.text, region); });
    if (!number.valid) {
      collector.add_invalid("tel:" + link.value);
      continue;
    }
    collector.add_tel(number.e164, number.type,
                      number.text_is_number ? link.text : std::string(value));
  }
}

ParsedNumber parse_structured(const std::string& raw, const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(raw, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
      !util.IsValidNumber(number)) {
    return {};
  }
  return {true, e164_of(number), type_of(number), false};
}

void scan_structured(const std::vector<StructuredPhone>& structured, const std::string& region,
                     Collector& collector) {
  for (const StructuredPhone& phone : structured) {
    const std::string key = "structured\n" + region + "\n" + phone.raw;
    const ParsedNumber number =
        parsed_number_cache().get(key, [&] { return parse_structured(phone.raw, region); });
    if (!number.valid) continue;
    collector.add_structured(number.e164, number.type, collapse_spaces(phone.raw), phone.fax);
  }
}

}  // namespace

PhoneFindings find_phones(std::string_view visible_text,
                          const std::vector<ContactLink>& tel_links, const std::string& region,
                          const std::vector<StructuredPhone>& structured) {
  Collector collector;
  scan_text(visible_text, region, collector);
  scan_tel_links(tel_links, region, collector);
  scan_structured(structured, region, collector);
  return collector.finish();
}

ParsedPhone parse_phone(std::string_view text, const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (text.empty() ||
      util.Parse(std::string(text), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
      !util.IsValidNumber(number)) {
    return {};
  }
  return {true, e164_of(number), type_of(number)};
}

}  // namespace joignable::extract
