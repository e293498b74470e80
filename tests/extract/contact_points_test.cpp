#include "extract/contact_points.h"

#include <catch2/catch.hpp>

namespace extract = joignable::extract;
using extract::FormKind;
using extract::PhoneType;

TEST_CASE("phone types are spelled as in report.json", "[extract]") {
  CHECK(extract::to_string(PhoneType::fixed_line) == "fixed_line");
  CHECK(extract::to_string(PhoneType::mobile) == "mobile");
  CHECK(extract::to_string(PhoneType::fixed_line_or_mobile) == "fixed_line_or_mobile");
  CHECK(extract::to_string(PhoneType::toll_free) == "toll_free");
  CHECK(extract::to_string(PhoneType::premium_rate) == "premium_rate");
  CHECK(extract::to_string(PhoneType::shared_cost) == "shared_cost");
  CHECK(extract::to_string(PhoneType::voip) == "voip");
  CHECK(extract::to_string(PhoneType::personal) == "personal");
  CHECK(extract::to_string(PhoneType::pager) == "pager");
  CHECK(extract::to_string(PhoneType::uan) == "uan");
  CHECK(extract::to_string(PhoneType::voicemail) == "voicemail");
  CHECK(extract::to_string(PhoneType::unknown) == "unknown");
}

TEST_CASE("only premium-rate and shared-cost numbers are surcharged", "[extract]") {
  CHECK(extract::is_surcharged(PhoneType::premium_rate));
  CHECK(extract::is_surcharged(PhoneType::shared_cost));
  CHECK_FALSE(extract::is_surcharged(PhoneType::toll_free));
  CHECK_FALSE(extract::is_surcharged(PhoneType::fixed_line));
  CHECK_FALSE(extract::is_surcharged(PhoneType::mobile));
  CHECK_FALSE(extract::is_surcharged(PhoneType::voip));
  CHECK_FALSE(extract::is_surcharged(PhoneType::uan));
  CHECK_FALSE(extract::is_surcharged(PhoneType::unknown));
}

TEST_CASE("form kinds are spelled as in report.json", "[extract]") {
  CHECK(extract::to_string(FormKind::contact) == "contact");
  CHECK(extract::to_string(FormKind::search) == "search");
  CHECK(extract::to_string(FormKind::newsletter) == "newsletter");
  CHECK(extract::to_string(FormKind::login) == "login");
  CHECK(extract::to_string(FormKind::other) == "other");
}
