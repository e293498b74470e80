#include "report/labels.h"

#include <string>

#include <catch2/catch.hpp>

#include "extract/contact_points.h"
#include "report/report.h"
#include "rules/catalogue.h"

namespace joignable::report {

TEST_CASE("labels are sorted, unique and written in both languages", "[report]") {
  const auto labels = all_labels();
  REQUIRE(labels.size() > 50);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    INFO(labels[i].key);
    CHECK_FALSE(labels[i].fr.empty());
    CHECK_FALSE(labels[i].en.empty());
    if (i > 0) CHECK(labels[i - 1].key < labels[i].key);
  }
}

TEST_CASE("label picks English for en and French otherwise", "[report]") {
  CHECK(label("top_fixes", "en") == "The five things to fix first");
  CHECK(label("top_fixes", "fr") == "Les cinq points à corriger en priorité");
  CHECK(label("top_fixes", "de") == "Les cinq points à corriger en priorité");
}

TEST_CASE("every phone type, form kind, severity and rule status has a label", "[report]") {
  using extract::PhoneType;
  for (const PhoneType type :
       {PhoneType::fixed_line, PhoneType::mobile, PhoneType::fixed_line_or_mobile,
        PhoneType::toll_free, PhoneType::premium_rate, PhoneType::shared_cost, PhoneType::voip,
        PhoneType::personal, PhoneType::pager, PhoneType::uan, PhoneType::voicemail,
        PhoneType::unknown}) {
    const std::string key = "phone_type_" + std::string(extract::to_string(type));
    CHECK(label(key, "en") != key);
  }
  using extract::FormKind;
  for (const FormKind kind : {FormKind::contact, FormKind::search, FormKind::newsletter,
                              FormKind::login, FormKind::other}) {
    const std::string key = "form_kind_" + std::string(extract::to_string(kind));
    CHECK(label(key, "fr") != key);
  }
  using rules::Severity;
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    const std::string key = "severity_" + std::string(rules::to_string(severity));
    CHECK(label(key, "fr") != key);
  }
  using Status = rules::Outcome::Status;
  for (const Status status : {Status::pass, Status::fail, Status::not_applicable, Status::error}) {
    const std::string key = "status_" + std::string(to_string(status));
    CHECK(label(key, "en") != key);
  }
  // crawl::CrawlTrap::reason
  for (const char* reason : {"too_many_queries", "repeated_segment", "path_too_deep", "session_id",
                             "faceted_search", "growing_path", "numbered_path"}) {
    const std::string key = "trap_" + std::string(reason);
    CHECK(label(key, "fr") != key);
  }
}

}  // namespace joignable::report
