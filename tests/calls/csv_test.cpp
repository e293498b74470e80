#include "calls/csv.h"

#include <catch2/catch.hpp>

namespace joignable::calls {

TEST_CASE("CSV rows keep the line they start on, quoted fields included", "[calls]") {
  const CsvRows csv = parse_csv(
      "\xEF\xBB\xBFwhen,note\r\n"
      "2026-03-31T15:30,\"fermé, \"\"rappelez\"\"\"\r\n"
      "\r\n"
      "2026-04-01T10:00,\"two\nlines\"\n"
      "2026-04-02T10:00,\n");
  REQUIRE_FALSE(csv.unterminated_quote_line);
  REQUIRE(csv.rows.size() == 4);
  CHECK(csv.rows[0].fields == std::vector<std::string>{"when", "note"});
  CHECK(csv.rows[1].line == 2);
  CHECK(csv.rows[1].fields[1] == "fermé, \"rappelez\"");
  CHECK(csv.rows[2].line == 4);
  CHECK(csv.rows[2].fields[1] == "two\nlines");
  CHECK(csv.rows[3].line == 6);
  CHECK(csv.rows[3].fields == std::vector<std::string>{"2026-04-02T10:00", ""});
}

TEST_CASE("a quote never closed names the row's line", "[calls]") {
  const CsvRows csv = parse_csv("when,note\n2026-03-31T15:30,\"oops\n");
  CHECK(csv.unterminated_quote_line == 2);
}

}  // namespace joignable::calls
