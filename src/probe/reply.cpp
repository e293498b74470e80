#include "probe/reply.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <sstream>

#include "extract/text_fold.h"

namespace joignable::probe {
namespace {

using extract::contains_any;
using extract::fold;

// Header name (lower case) -> value, continuation lines unfolded; the first of each name wins.
std::map<std::string, std::string> header_fields(std::string_view block) {
  std::map<std::string, std::string> fields;
  std::string name, value;
  auto flush = [&] {
    if (!name.empty()) fields.emplace(name, value);
    name.clear();
    value.clear();
  };
  std::istringstream lines{std::string(block)};
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !name.empty()) {
      value += " " + line.substr(line.find_first_not_of(" \t"));
      continue;
    }
    flush();
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    for (unsigned char c : line.substr(0, colon)) name += static_cast<char>(std::tolower(c));
    const std::size_t start = line.find_first_not_of(" \t", colon + 1);
    value = start == std::string::npos ? "" : line.substr(start);
  }
  flush();
  return fields;
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

std::string decode_word(char encoding, std::string_view text) {
  std::string out;
  if (encoding == 'Q' || encoding == 'q') {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '_') {
        out += ' ';
      } else if (text[i] == '=' && i + 2 < text.size()) {
        unsigned value = 0;
        if (std::sscanf(std::string(text.substr(i + 1, 2)).c_str(), "%2x", &value) == 1) {
          out += static_cast<char>(value);
        }
        i += 2;
      } else {
        out += text[i];
      }
    }
    return out;
  }
  int bits = 0, buffer = 0;
  for (char c : text) {
    const int value = base64_value(c);
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

// RFC 2047 encoded words ("=?UTF-8?Q?Accus=C3=A9?="), charset assumed UTF-8 or ASCII.
std::string decoded(const std::string& value) {
  std::string out;
  std::size_t pos = 0;
  while (pos < value.size()) {
    const std::size_t start = value.find("=?", pos);
    const std::size_t q1 = start == std::string::npos ? start : value.find('?', start + 2);
    const std::size_t q2 = q1 == std::string::npos ? q1 : value.find('?', q1 + 1);
    const std::size_t end = q2 == std::string::npos ? q2 : value.find("?=", q2 + 1);
    if (end == std::string::npos || q2 != q1 + 2) {
      out += value.substr(pos);
      break;
    }
    std::string between = value.substr(pos, start - pos);
    // White space between two encoded words is dropped (RFC 2047 section 6.2).
    if (between.find_first_not_of(" \t") != std::string::npos || pos == 0) out += between;
    out += decode_word(value[q1 + 1], std::string_view(value).substr(q2 + 1, end - q2 - 1));
    pos = end + 2;
  }
  return out;
}

bool automatic_by_headers(const std::map<std::string, std::string>& fields) {
  if (const auto it = fields.find("auto-submitted"); it != fields.end()) {
    if (fold(it->second).find("no") != 0) return true;
  }
  if (fields.contains("x-autoreply") || fields.contains("x-autorespond")) return true;
  if (const auto it = fields.find("precedence"); it != fields.end()) {
    if (contains_any(fold(it->second), {"auto_reply", "bulk", "junk", "list"})) return true;
  }
  if (const auto it = fields.find("from"); it != fields.end()) {
    if (contains_any(fold(it->second), {"noreply", "no-reply", "no_reply", "ne-pas-repondre",
                                        "nepasrepondre", "mailer-daemon"})) {
      return true;
    }
  }
  return false;
}

// A person's answer says "RE:" first; a machine's names itself.
bool automatic_by_subject(const std::string& subject) {
  const std::string folded = fold(subject);
  if (folded.starts_with("re:") || folded.starts_with("re :")) return false;
  return folded.starts_with("auto:") ||
         contains_any(folded, {"accuse de reception", "reponse automatique", "message automatique",
                               "absence", "automatic reply", "auto-reply", "autoreply",
                               "auto reply", "out of office", "we have received",
                               "we've received", "nous avons bien recu", "bien ete recu",
                               "bien ete recue", "confirmation de reception"});
}

int month_index(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (fold(name).starts_with(kMonths[i])) return static_cast<int>(i);
  }
  return -1;
}

long zone_offset(const std::string& zone) {
  int hours = 0, minutes = 0;
  if (zone.empty()) return 0;
  if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 5 &&
      std::sscanf(zone.c_str() + 1, "%2d%2d", &hours, &minutes) == 2) {
    return (zone[0] == '+' ? 1 : -1) * (hours * 3600L + minutes * 60L);
  }
  static const std::map<std::string, long> kNames = {
      {"UT", 0}, {"GMT", 0}, {"Z", 0}, {"EST", -5}, {"EDT", -4}, {"CST", -6},
      {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
  const auto it = kNames.find(zone);
  return it == kNames.end() ? 0 : it->second * 3600;
}

}  // namespace

std::optional<std::time_t> parse_mail_date(std::string_view text) {
  std::string rest(text);
  if (const std::size_t comma = rest.find(','); comma != std::string::npos) {
    rest = rest.substr(comma + 1);
  }
  std::istringstream in(rest);
  int day = 0, year = 0;
  std::string month, time, zone = "+0000";
  if (!(in >> day >> month >> year >> time)) return std::nullopt;
  in >> zone;
  const int month_number = month_index(month);
  int hour = 0, minute = 0, second = 0;
  if (month_number < 0 ||
      std::sscanf(time.c_str(), "%d:%d:%d", &hour, &minute, &second) < 2) {
    return std::nullopt;
  }
  if (year < 100) year += year < 50 ? 2000 : 1900;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month_number;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return timegm(&tm) - zone_offset(zone);
}

std::optional<Reply> read_reply(std::string_view headers) {
  const auto fields = header_fields(headers);
  const auto date = fields.find("date");
  if (date == fields.end()) return std::nullopt;
  const auto when = parse_mail_date(date->second);
  if (!when) return std::nullopt;
  Reply reply;
  reply.date = *when;
  if (const auto subject = fields.find("subject"); subject != fields.end()) {
    reply.subject = decoded(subject->second);
  }
  reply.automatic = automatic_by_headers(fields) || automatic_by_subject(reply.subject);
  return reply;
}

}  // namespace joignable::probe
