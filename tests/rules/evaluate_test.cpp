#include "rules/evaluate.h"

#include <stdexcept>

#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using joignable::testing::ModelBuilder;
using testing::real_catalogue;
using Status = Outcome::Status;

const std::string kDeep = "https://www.example.fr/a/b/c/d/contact";

model::SiteModel deep_contact_site() {
  return ModelBuilder()
      .add_page(kDeep, 4)
      .contact_page(kDeep, 4)
      .add_phone("+33142685300", extract::PhoneType::fixed_line, {joignable::testing::kHome})
      .build();
}

const RuleResult& result_of(const std::vector<RuleResult>& results, const std::string& id) {
  for (const auto& result : results) {
    if (result.rule->id == id) return result;
  }
  FAIL("no result for " << id);
  return results.front();
}

TEST_CASE("evaluate gives one result per declared rule, in catalogue order", "[rules]") {
  const Catalogue& catalogue = real_catalogue();
  auto results = evaluate(catalogue, deep_contact_site(), target::Target{});
  REQUIRE(results.size() == catalogue.rules.size());
  for (size_t i = 0; i < results.size(); ++i) {
    CHECK(results[i].rule == &catalogue.rules[i]);
    CHECK(results[i].outcome.status != Status::error);
  }
  CHECK(result_of(results, "contact.deep").outcome.status == Status::fail);
  CHECK(result_of(results, "phone.missing").outcome.status == Status::pass);
}

TEST_CASE("evaluate skips the rules a target disables", "[rules]") {
  target::Target target;
  target.disabled_rules = {"contact.deep", "link.broken_external"};
  auto results = evaluate(real_catalogue(), deep_contact_site(), target);
  CHECK(results.size() == real_catalogue().rules.size() - 2);
  for (const auto& result : results) {
    CHECK(result.rule->id != "contact.deep");
    CHECK(result.rule->id != "link.broken_external");
  }
}

TEST_CASE("evaluate passes a target's option over the declared default", "[rules]") {
  target::Target target;
  target.rule_options["contact.deep"]["max_depth"] = 5LL;
  auto results = evaluate(real_catalogue(), deep_contact_site(), target);
  CHECK(result_of(results, "contact.deep").outcome.status == Status::pass);
}

TEST_CASE("a declared rule without a function gives an error outcome, the others still run",
          "[rules]") {
  Catalogue catalogue = real_catalogue();
  RuleDeclaration imaginary = *catalogue.find("phone.missing");
  imaginary.id = "phone.imaginary";
  catalogue.rules.push_back(imaginary);
  auto results = evaluate(catalogue, deep_contact_site(), target::Target{});
  REQUIRE(results.size() == catalogue.rules.size());
  const Outcome& outcome = results.back().outcome;
  CHECK(outcome.status == Status::error);
  CHECK(outcome.error_message == "no function implements rule phone.imaginary");
  CHECK(outcome.findings.empty());
}

TEST_CASE("a rule that throws gives an error outcome naming the rule", "[rules]") {
  RuleFunction throwing = [](const RuleInput&) -> Outcome { throw std::runtime_error("boom"); };
  const RuleDeclaration& rule = *real_catalogue().find("phone.missing");
  Outcome outcome = run_rule(throwing, rule, deep_contact_site(), rule.options);
  CHECK(outcome.status == Status::error);
  CHECK(outcome.error_message == "rule phone.missing failed: boom");
}

}  // namespace
}  // namespace joignable::rules
