// CSV rows as RFC 4180 writes them (comma separated, fields optionally in double quotes, "" for
// a quote inside them, a quoted field may span lines), each with the line it starts on so that
// errors can name it. Spreadsheets add a UTF-8 byte order mark and CRLF line ends: both are
// accepted. Blank lines are skipped. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::calls {

struct CsvRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

struct CsvRows {
  std::vector<CsvRow> rows;
  // When the text ends inside a quoted field: the line where that field's row starts.
  std::optional<int> unterminated_quote_line;
};

CsvRows parse_csv(std::string_view text);

}  // namespace joignable::calls
