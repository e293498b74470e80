#include "rules/message.h"

#include <catch2/catch.hpp>

namespace joignable::rules {
namespace {

TEST_CASE("format_message fills each placeholder from the finding's fields", "[rules]") {
  CHECK(format_message("Le numéro {number} est surtaxé ({type})",
                       {{"number", "08 99 12 34 56"}, {"type", "premium_rate"}}) ==
        "Le numéro 08 99 12 34 56 est surtaxé (premium_rate)");
  CHECK(format_message("{a}{a}{b}", {{"a", "1"}, {"b", "2"}}) == "112");
}

TEST_CASE("format_message leaves unknown placeholders and stray braces visible", "[rules]") {
  CHECK(format_message("{known} {unknown}", {{"known", "ok"}}) == "ok {unknown}");
  CHECK(format_message("{ not } {Upper} {} {open", {{"open", "x"}}) == "{ not } {Upper} {} {open");
}

TEST_CASE("format_message does not expand placeholders inside values", "[rules]") {
  CHECK(format_message("{url}", {{"url", "https://x/{id}"}, {"id", "boom"}}) == "https://x/{id}");
}

TEST_CASE("placeholders lists each name once, in order of first appearance", "[rules]") {
  CHECK(placeholders("{b} {a} {b} {Not} {x y}") == std::vector<std::string>{"b", "a"});
  CHECK(placeholders("no placeholder").empty());
}

}  // namespace
}  // namespace joignable::rules
