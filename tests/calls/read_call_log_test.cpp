#include "calls/read_call_log.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "support/temp_dir.h"

namespace joignable::calls {
namespace {

const std::string kHeader = "when,number,outcome,wait_seconds,callback_promised,callback_at,note\n";

CallLog parsed(const std::string& rows) {
  auto log = parse_call_log(kHeader + rows, "calls.csv", "Europe/Paris", "FR");
  if (!log) FAIL(log.error().to_string());
  return *log;
}

std::string error_of(const std::string& text) {
  auto log = parse_call_log(text, "calls.csv", "Europe/Paris", "FR");
  REQUIRE_FALSE(log.has_value());
  CHECK(log.error().code == Error::Code::input);
  return log.error().to_string();
}

}  // namespace

TEST_CASE("a call log row is read on the company's clocks", "[calls]") {
  const CallLog log = parsed(
      "2026-03-31T15:30,01 42 68 53 00,closed_message,20,no,,\"répondeur : « fermé de 12h à 14h "
      "»\"\n"
      "2026-04-01 10:05:30+02:00,+33 1 42 68 53 00,answered,95,yes,2026-04-02T09:00,\n");
  REQUIRE(log.calls.size() == 2);
  const Call& first = log.calls[0];
  CHECK(first.line == 2);
  CHECK(first.at.local == util::CivilTime{2026, 3, 31, 15, 30, 0});
  CHECK(first.at.weekday == 1);
  CHECK(first.e164 == "+33142685300");
  CHECK(first.outcome == CallOutcome::closed_message);
  CHECK(first.wait_seconds == 20);
  CHECK_FALSE(first.callback_promised);
  CHECK(first.note == "répondeur : « fermé de 12h à 14h »");
  const Call& second = log.calls[1];
  CHECK(second.e164 == first.e164);  // the same number, written another way
  CHECK(second.callback_promised);
  CHECK(second.callback_after_seconds() == 22 * 3600 + 54 * 60 + 30);
}

TEST_CASE("a time with an offset is read on the zone's clocks", "[calls]") {
  // 13:30 UTC is 15:30 in Paris in summer time.
  const CallLog log = parsed("2026-03-31T13:30Z,0142685300,no_answer,,,,\n");
  CHECK(log.calls[0].at.local == util::CivilTime{2026, 3, 31, 15, 30, 0});
  CHECK(util::to_iso8601(log.calls[0].at) == "2026-03-31T15:30:00+02:00");
}

TEST_CASE("a callback across the autumn change counts the repeated hour", "[calls]") {
  // 2026-10-25: the clocks go back from 03:00 to 02:00, so 01:00 to 04:00 is four hours.
  const CallLog log = parsed("2026-10-25T01:00,0142685300,voicemail,30,yes,2026-10-25T04:00,\n");
  CHECK(log.calls[0].callback_after_seconds() == 4 * 3600);
}

TEST_CASE("columns may come in any order, optional ones may be left out", "[calls]") {
  auto log = parse_call_log("outcome,when,number\nbusy,2026-04-01T09:00,01 42 68 53 00\n",
                            "calls.csv", "Europe/Paris", "FR");
  REQUIRE(log.has_value());
  CHECK(log->calls[0].outcome == CallOutcome::busy);
  CHECK(log->calls[0].wait_seconds == 0);
}

TEST_CASE("a number that is no valid number is kept, without an E.164", "[calls]") {
  const CallLog log = parsed("2026-04-01T09:00,3949,answered,10,no,,\n");
  CHECK(log.calls[0].number == "3949");
  CHECK(log.calls[0].e164.empty());
}

TEST_CASE("a bad call log names the file, the line and the column", "[calls]") {
  const auto [text, expected] = GENERATE(table<std::string, std::string>({
      {kHeader + "2026-03-31T15:30,0142685300,answred,10,no,,\n",
       "calls.csv:2: column 3 (outcome): unknown outcome 'answred' (did you mean 'answered'?)"},
      {kHeader + "2026-03-31T15:30,0142685300,answered,10,no,,\n31/03/2026 "
                 "15:30,0142685300,busy,1,no,,\n",
       "calls.csv:3: column 1 (when): expected a date and time such as 2026-03-31T15:30 or "
       "2026-03-31T15:30+02:00, got '31/03/2026 15:30'"},
      {kHeader + "2026-03-29T02:30,0142685300,answered,10,no,,\n",
       "calls.csv:2: column 1 (when): '2026-03-29T02:30' never happened in Europe/Paris (the "
       "clocks skipped it for daylight saving)"},
      {kHeader + "2026-02-30T10:00,0142685300,answered,10,no,,\n",
       "calls.csv:2: column 1 (when): no such date or time: '2026-02-30T10:00'"},
      {kHeader + "2026-03-31T15:30,0142685300,answered,3 min,no,,\n",
       "calls.csv:2: column 4 (wait_seconds): expected a whole number of seconds, got '3 min'"},
      {kHeader + "2026-03-31T15:30,0142685300,answered,10,peut-être,,\n",
       "calls.csv:2: column 5 (callback_promised): expected yes or no, got 'peut-être'"},
      {kHeader + "2026-03-31T15:30,0142685300,answered,10,no,2026-04-01T10:00,\n",
       "calls.csv:2: column 6 (callback_at): a callback time needs callback_promised = yes"},
      {kHeader + "2026-03-31T15:30,0142685300,answered,10,yes,2026-03-30T10:00,\n",
       "calls.csv:2: column 6 (callback_at): the callback came before the call"},
      {kHeader + "2026-03-31T15:30,,answered,10,no,,\n",
       "calls.csv:2: column 2 (number): missing: the number dialled"},
      {kHeader + "2026-03-31T15:30,0142685300,answered\n",
       "calls.csv:2: expected 7 columns as in the header, got 3"},
      {std::string("when,numero,outcome\n"),
       "calls.csv:1: column 2 (numero): unknown column (did you mean 'number'?)"},
      {std::string("when,outcome\n"), "calls.csv:1: missing column 'number'"},
      {kHeader + "2026-03-31T15:30,0142685300,answered,10,no,,\"never closed\n",
       "calls.csv:2: a quoted field is never closed"},
      {std::string(""), "calls.csv:1: empty call log: expected a header line"},
  }));
  CAPTURE(text);
  CHECK(error_of(text) == expected);
}

TEST_CASE("the target's call log is read from its file; a missing file is an error", "[calls]") {
  testing::TempDir dir;
  target::Target target;
  target.source_file = (dir / "acme.toml").string();
  target.calls.timezone = "Europe/Paris";
  SECTION("no [calls]: no log") {
    auto log = read_call_log(target);
    REQUIRE(log.has_value());
    CHECK_FALSE(log->has_value());
  }
  SECTION("a file") {
    target.calls.file = (dir / "calls.csv").string();
    std::ofstream(target.calls.file) << kHeader << "2026-03-31T15:30,0142685300,busy,5,no,,\n";
    auto log = read_call_log(target);
    REQUIRE(log.has_value());
    REQUIRE(log->has_value());
    CHECK((*log)->calls.size() == 1);
    CHECK((*log)->file == target.calls.file);
  }
  SECTION("a missing file") {
    target.calls.file = (dir / "missing.csv").string();
    auto log = read_call_log(target);
    REQUIRE_FALSE(log.has_value());
    CHECK(log.error().to_string() ==
          target.source_file + ": calls.file: cannot read the call log " + target.calls.file);
  }
}

}  // namespace joignable::calls
