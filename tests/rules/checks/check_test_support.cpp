#include "rules/checks/check_test_support.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "rules/message.h"
#include "rules/registry.h"

namespace joignable::rules::testing {

std::string rules_dir() {
  return (std::filesystem::path(JOIGNABLE_TEST_FIXTURES).parent_path().parent_path() / "rules")
      .string();
}

const Catalogue& real_catalogue() {
  static const Result<Catalogue> catalogue = load_catalogue(rules_dir());
  if (!catalogue) FAIL(catalogue.error().to_string());
  return *catalogue;
}

Outcome run_check(const std::string& id, const model::SiteModel& site,
                  const RuleOptions& overrides) {
  const RuleDeclaration* declaration = real_catalogue().find(id);
  REQUIRE(declaration != nullptr);
  RuleFunction function = find_rule_function(id);
  REQUIRE(function != nullptr);
  RuleOptions options = declaration->options;
  for (const auto& [name, value] : overrides) options[name] = value;
  return function(RuleInput{site, options});
}

void require_messages_filled(const std::string& id, const Outcome& outcome) {
  const RuleDeclaration* declaration = real_catalogue().find(id);
  REQUIRE(declaration != nullptr);
  for (const Finding& finding : outcome.findings) {
    for (const char* lang : {"fr", "en"}) {
      const std::string text = format_message(declaration->message.in(lang), finding.fields);
      INFO(id << " [" << lang << "]: " << text);
      CHECK(placeholders(text).empty());
      // Every finding names an evidence template its rule declares, and fills it.
      const auto evidence = declaration->evidence.find(finding.evidence_id);
      INFO("evidence template '" << finding.evidence_id << "'");
      REQUIRE(evidence != declaration->evidence.end());
      const std::string shown = format_message(evidence->second.in(lang), finding.fields);
      INFO(shown);
      CHECK(placeholders(shown).empty());
    }
  }
}

}  // namespace joignable::rules::testing
