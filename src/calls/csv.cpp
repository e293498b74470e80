#include "calls/csv.h"

namespace joignable::calls {
namespace {

bool blank(const CsvRow& row) { return row.fields.size() == 1 && row.fields[0].empty(); }

}  // namespace

CsvRows parse_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  CsvRows out;
  CsvRow row{1, {""}};
  int line = 1;
  bool quoted = false;
  const auto end_row = [&] {
    if (!blank(row)) out.rows.push_back(std::move(row));
    row = CsvRow{line, {""}};
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        row.fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        row.fields.back() += c;
      }
    } else if (c == '"' && row.fields.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      row.fields.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_row();
    } else {
      row.fields.back() += c;
    }
  }
  if (quoted)
    out.unterminated_quote_line = row.line;
  else
    end_row();
  return out;
}

}  // namespace joignable::calls
