#include "calls/read_call_log.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>
#include <vector>

#include "calls/csv.h"
#include "extract/phones.h"
#include "util/edit_distance.h"

namespace joignable::calls {
namespace {

const std::vector<std::string> kColumns = {
    "when", "number", "outcome", "wait_seconds", "callback_promised", "callback_at", "note"};
const std::vector<std::string> kRequired = {"when", "number", "outcome"};

// Reads digits at `pos` into `out`: exactly `count` of them.
bool read_digits(std::string_view text, std::size_t& pos, std::size_t count, int& out) {
  if (pos + count > text.size()) return false;
  const char* first = text.data() + pos;
  const auto [end, ec] = std::from_chars(first, first + count, out);
  if (ec != std::errc() || end != first + count) return false;
  pos += count;
  return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

// "Z", "+02:00", "+0200", "-05:00" from `pos` to the end; nullopt when malformed.
std::optional<int> read_offset(std::string_view text, std::size_t pos) {
  if (text.substr(pos) == "Z") return 0;
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
  const int sign = text[pos++] == '-' ? -1 : 1;
  int hours = 0, minutes = 0;
  if (!read_digits(text, pos, 2, hours)) return std::nullopt;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (!read_digits(text, pos, 2, minutes) || pos != text.size()) return std::nullopt;
  if (hours > 14 || minutes > 59) return std::nullopt;
  return sign * (hours * 3600 + minutes * 60);
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return std::string(text);
}

// One data row, read through the header's column positions.
class RowReader {
 public:
  RowReader(const CsvRow& row, const std::vector<int>& positions, const std::string& file)
      : row_(row), positions_(positions), file_(file) {}

  // The trimmed value of `column`, "" when the log has no such column.
  std::string value(const std::string& column) const {
    const int position = position_of(column);
    return position < 0 ? "" : trimmed(row_.fields[static_cast<std::size_t>(position)]);
  }

  tl::unexpected<Error> error(const std::string& column, const std::string& message) const {
    return make_error(Error::Code::input, message, file_, row_.line,
                      "column " + std::to_string(position_of(column) + 1) + " (" + column + ")");
  }

 private:
  int position_of(const std::string& column) const {
    const auto it = std::find(kColumns.begin(), kColumns.end(), column);
    return positions_[static_cast<std::size_t>(it - kColumns.begin())];
  }

  const CsvRow& row_;
  const std::vector<int>& positions_;
  const std::string& file_;
};

// Each known column's position in the header (-1 when absent); an unknown, repeated or missing
// required column is an error at line 1.
Result<std::vector<int>> read_header(const CsvRow& header, const std::string& file) {
  std::vector<int> positions(kColumns.size(), -1);
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = trimmed(header.fields[i]);
    const std::string where = "column " + std::to_string(i + 1) + " (" + name + ")";
    const auto it = std::find(kColumns.begin(), kColumns.end(), name);
    if (it == kColumns.end()) {
      return make_error(Error::Code::input, util::with_suggestion("unknown column", name, kColumns),
                        file, header.line, where);
    }
    int& position = positions[static_cast<std::size_t>(it - kColumns.begin())];
    if (position >= 0) {
      return make_error(Error::Code::input, "column given twice", file, header.line, where);
    }
    position = static_cast<int>(i);
  }
  for (const std::string& name : kRequired) {
    const auto index = std::find(kColumns.begin(), kColumns.end(), name) - kColumns.begin();
    if (positions[static_cast<std::size_t>(index)] < 0) {
      return make_error(Error::Code::input, "missing column '" + name + "'", file, header.line);
    }
  }
  return positions;
}

Result<std::optional<bool>> read_yes_no(const RowReader& row, const std::string& column) {
  std::string text = row.value(column);
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (text.empty()) return std::optional<bool>{};
  if (text == "yes" || text == "oui") return true;
  if (text == "no" || text == "non") return false;
  return row.error(column, "expected yes or no, got '" + text + "'");
}

Result<Call> read_call(const RowReader& row, int line, const std::string& timezone,
                       const std::string& region) {
  Call call;
  call.line = line;
  auto at = parse_when(row.value("when"), timezone);
  if (!at) return row.error("when", at.error());
  call.at = *at;
  call.number = row.value("number");
  if (call.number.empty()) return row.error("number", "missing: the number dialled");
  const extract::ParsedPhone phone = extract::parse_phone(call.number, region);
  if (phone.valid) call.e164 = phone.e164;
  const std::string outcome = row.value("outcome");
  const auto parsed = outcome_from_string(outcome);
  if (!parsed) {
    const std::vector<std::string> names(std::begin(kOutcomeNames), std::end(kOutcomeNames));
    return row.error("outcome",
                     util::with_suggestion("unknown outcome '" + outcome + "'", outcome, names));
  }
  call.outcome = *parsed;
  if (const std::string wait = row.value("wait_seconds"); !wait.empty()) {
    const auto [end, ec] =
        std::from_chars(wait.data(), wait.data() + wait.size(), call.wait_seconds);
    if (ec != std::errc() || end != wait.data() + wait.size() || call.wait_seconds < 0) {
      return row.error("wait_seconds", "expected a whole number of seconds, got '" + wait + "'");
    }
  }
  auto promised = read_yes_no(row, "callback_promised");
  if (!promised) return tl::unexpected(promised.error());
  call.callback_promised = promised->value_or(false);
  if (const std::string callback = row.value("callback_at"); !callback.empty()) {
    if (!call.callback_promised) {
      return row.error("callback_at", "a callback time needs callback_promised = yes");
    }
    auto back = parse_when(callback, timezone);
    if (!back) return row.error("callback_at", back.error());
    if (back->utc_seconds < call.at.utc_seconds) {
      return row.error("callback_at", "the callback came before the call");
    }
    call.callback_at = *back;
  }
  call.note = row.value("note");
  return call;
}

}  // namespace

tl::expected<util::ZonedTime, std::string> parse_when(std::string_view text,
                                                      const std::string& timezone) {
  const auto bad = [&] {
    return tl::unexpected(
        "expected a date and time such as 2026-03-31T15:30 or "
        "2026-03-31T15:30+02:00, got '" +
        std::string(text) + "'");
  };
  util::CivilTime civil;
  std::size_t pos = 0;
  if (!read_digits(text, pos, 4, civil.year) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, civil.month) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, civil.day) ||
      !(expect(text, pos, 'T') || expect(text, pos, ' ')) ||
      !read_digits(text, pos, 2, civil.hour) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, civil.minute)) {
    return bad();
  }
  if (pos < text.size() && text[pos] == ':' && !(++pos, read_digits(text, pos, 2, civil.second))) {
    return bad();
  }
  if (!util::valid_civil_time(civil))
    return tl::unexpected("no such date or time: '" + std::string(text) + "'");
  if (pos == text.size()) {
    auto local = util::from_local(timezone, civil);
    if (!local) {
      return tl::unexpected("'" + std::string(text) + "' never happened in " + timezone +
                            " (the clocks skipped it for daylight saving)");
    }
    return *local;
  }
  const auto offset = read_offset(text, pos);
  if (!offset) return bad();
  // The instant the text names, whatever the zone; then the company's clocks at that instant.
  auto as_utc = util::from_local("UTC", civil);
  return util::from_utc(timezone, as_utc->utc_seconds - *offset);
}

Result<CallLog> parse_call_log(std::string_view text, const std::string& file,
                               const std::string& timezone, const std::string& region) {
  const CsvRows csv = parse_csv(text);
  if (csv.unterminated_quote_line) {
    return make_error(Error::Code::input, "a quoted field is never closed", file,
                      *csv.unterminated_quote_line);
  }
  if (csv.rows.empty()) {
    return make_error(Error::Code::input, "empty call log: expected a header line", file, 1);
  }
  auto positions = read_header(csv.rows.front(), file);
  if (!positions) return tl::unexpected(positions.error());
  CallLog log{file, timezone, {}};
  const std::size_t width = csv.rows.front().fields.size();
  for (std::size_t i = 1; i < csv.rows.size(); ++i) {
    const CsvRow& row = csv.rows[i];
    if (row.fields.size() != width) {
      return make_error(Error::Code::input,
                        "expected " + std::to_string(width) + " columns as in the header, got " +
                            std::to_string(row.fields.size()),
                        file, row.line);
    }
    auto call = read_call(RowReader(row, *positions, file), row.line, timezone, region);
    if (!call) return tl::unexpected(call.error());
    log.calls.push_back(std::move(*call));
  }
  return log;
}

Result<std::optional<CallLog>> read_call_log(const target::Target& target) {
  if (target.calls.file.empty()) return std::optional<CallLog>{};
  const std::string& file = target.calls.file;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return make_error(Error::Code::input, "cannot read the call log " + file, target.source_file, 0,
                      "calls.file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto log = parse_call_log(text.str(), file, target.calls.timezone, target.region);
  if (!log) return tl::unexpected(log.error());
  return std::optional<CallLog>(std::move(*log));
}

}  // namespace joignable::calls
