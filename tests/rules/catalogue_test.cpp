#include "rules/catalogue.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "rules/registry.h"

namespace joignable::rules {
namespace {

using testing::real_catalogue;

// Every rule id of CONTRACT.md's catalogue, in its order.
const std::vector<std::string> kContractIds = {
    "site.unreachable",
    "link.broken_internal",
    "link.broken_external",
    "link.blocked",
    "site.soft_404",
    "site.404_unhelpful",
    "phone.missing",
    "phone.not_on_home",
    "phone.premium_rate",
    "phone.invalid",
    "phone.no_tel_link",
    "hours.missing",
    "hours.no_structured_data",
    "hours.inconsistent",
    "contact.page_missing",
    "contact.deep",
    "contact.help_inconsistent",
    "form.missing",
    "form.action_broken",
    "form.no_free_text",
    "form.unlabelled_field",
    "form.insecure",
    "form.unanswered",
    "form.slow_reply",
    "link.refused_private",
    "phone.unanswered",
    "phone.long_wait",
    "phone.callback_missed",
    "hours.not_honoured",
    "listing.unreachable",
    "listing.phone_missing",
    "listing.hours_missing",
    "listing.phone_mismatch",
    "listing.hours_mismatch",
    "listing.address_mismatch",
};

// Rules declared beyond the contract's catalogue (extensions, never renamings), each with what
// brought it; CONTRACT.md should list them when it is next revised.
const std::vector<std::string> kExtensionIds = {
    "listing.closed",           // issue 5: a listing says the business is closed
    "listing.premium_rate",     // issue 5: a listing gives a surcharged number
    "listing.address_missing",  // issue 5: completeness, the address
    "phone.call_unpublished",   // issue 11: a called number the company never publishes (info)
};

bool is_extension(const std::string& id) {
  return std::find(kExtensionIds.begin(), kExtensionIds.end(), id) != kExtensionIds.end();
}

struct Pending {
  std::string id;
  std::string issue;  // the work that will declare and implement it
};

// Contract rules not declared yet, each with the issue that brings what the model lacks for it.
const std::vector<Pending> kPending = {
};

bool is_pending(const std::string& id) {
  return std::any_of(kPending.begin(), kPending.end(),
                     [&](const Pending& p) { return p.id == id; });
}

std::string fixture(const std::string& name) {
  return std::string(JOIGNABLE_TEST_FIXTURES) + "/rules/" + name;
}

// The one-line error loading the fixture catalogue `name` gives, or "" when it loads.
std::string load_error(const std::string& name) {
  auto catalogue = load_catalogue(fixture(name));
  return catalogue ? std::string() : catalogue.error().to_string();
}

TEST_CASE("every declared rule has a function and every function a declaration", "[rules]") {
  const Catalogue& catalogue = real_catalogue();
  for (const auto& rule : catalogue.rules) {
    INFO(rule.id);
    CHECK(find_rule_function(rule.id) != nullptr);
  }
  for (const auto& registered : registered_rules()) {
    INFO(registered.id);
    CHECK(catalogue.find(std::string(registered.id)) != nullptr);
  }
  CHECK(catalogue.rules.size() == registered_rules().size());
}

TEST_CASE("contract ids are declared or pending; other declared ids are extensions", "[rules]") {
  const Catalogue& catalogue = real_catalogue();
  for (const auto& id : kContractIds) {
    INFO(id);
    const bool declared = catalogue.find(id) != nullptr;
    CHECK(declared != is_pending(id));
  }
  for (const auto& pending : kPending) {
    INFO(pending.id);
    CHECK(std::find(kContractIds.begin(), kContractIds.end(), pending.id) != kContractIds.end());
  }
  for (const auto& rule : catalogue.rules) {
    INFO(rule.id);
    const bool in_contract =
        std::find(kContractIds.begin(), kContractIds.end(), rule.id) != kContractIds.end();
    CHECK(in_contract != is_extension(rule.id));
  }
  for (const auto& id : kExtensionIds) {
    INFO(id);
    CHECK(catalogue.find(id) != nullptr);
  }
}

TEST_CASE("the real catalogue has every text in both languages and no negative weight", "[rules]") {
  const Catalogue& catalogue = real_catalogue();
  REQUIRE(catalogue.rules.size() == 39);
  for (const auto& rule : catalogue.rules) {
    INFO(rule.id);
    CHECK(rule.weight >= 0);
    CHECK(catalogue.find_category(rule.category) != nullptr);
    for (const Localized* text : {&rule.title, &rule.why, &rule.fix, &rule.message}) {
      CHECK_FALSE(text->fr.empty());
      CHECK_FALSE(text->en.empty());
    }
  }
  CHECK(std::is_sorted(catalogue.rules.begin(), catalogue.rules.end(),
                       [](const auto& a, const auto& b) { return a.id < b.id; }));
}

TEST_CASE("the real catalogue declares the six categories and the grade bands", "[rules]") {
  const Catalogue& catalogue = real_catalogue();
  std::vector<std::string> ids;
  double total = 0;
  for (const auto& category : catalogue.categories) {
    ids.push_back(category.id);
    total += category.weight;
    CHECK_FALSE(category.title.fr.empty());
    CHECK_FALSE(category.title.en.empty());
  }
  CHECK(ids ==
        std::vector<std::string>{"phone", "hours", "forms", "links", "listings", "navigation"});
  CHECK(total == 100);
  std::vector<std::pair<std::string, int>> grades;
  for (const auto& band : catalogue.grades) grades.emplace_back(band.grade, band.min_score);
  CHECK(grades == std::vector<std::pair<std::string, int>>{
                      {"A", 90}, {"B", 80}, {"C", 70}, {"D", 60}, {"E", 50}, {"F", 0}});
  const RuleDeclaration* deep = catalogue.find("contact.deep");
  REQUIRE(deep != nullptr);
  CHECK(std::get<long long>(deep->options.at("max_depth")) == 3);
}

TEST_CASE("a valid catalogue loads with its options, rules sorted by id", "[rules]") {
  auto catalogue = load_catalogue(fixture("valid"));
  REQUIRE(catalogue);
  REQUIRE(catalogue->rules.size() == 3);
  CHECK(catalogue->rules[0].id == "form.missing");
  CHECK(catalogue->rules[0].severity == Severity::info);
  CHECK(catalogue->rules[0].weight == 0);
  const RuleDeclaration* invalid = catalogue->find("phone.invalid");
  REQUIRE(invalid != nullptr);
  CHECK(invalid->severity == Severity::warning);
  CHECK(invalid->title.in("en") == "Title");
  CHECK(invalid->title.in("fr") == "Titre");
  CHECK(std::get<bool>(invalid->options.at("strict")) == true);
  CHECK(std::get<long long>(invalid->options.at("limit")) == 2);
  CHECK(std::get<double>(invalid->options.at("ratio")) == 0.5);
  CHECK(std::get<std::string>(invalid->options.at("label")) == "x");
  CHECK(catalogue->find("phone.nope") == nullptr);
  CHECK(catalogue->find_category("forms")->weight == 1);
  CHECK(catalogue->find_category("hours") == nullptr);
}

TEST_CASE("a malformed catalogue gives one line naming the file, the line and the key", "[rules]") {
  const std::string dir = std::string(JOIGNABLE_TEST_FIXTURES) + "/rules/";
  CHECK(load_error("bad_severity") ==
        dir + "bad_severity/phone.toml:18: rule[1].severity: must be error, warning or info");
  CHECK(load_error("category_mismatch") ==
        dir +
            "category_mismatch/forms.toml:3: rule[0].category: 'phone' does not match the file "
            "name ('forms')");
  CHECK(load_error("duplicate_id") ==
        dir +
            "duplicate_id/phone.toml:16: rule[1].id: duplicate id 'phone.missing' (first "
            "declared at " +
            dir + "duplicate_id/phone.toml:1)");
  CHECK(load_error("negative_weight") ==
        dir + "negative_weight/phone.toml:5: rule[0].weight: must be 0 or more");
  CHECK(load_error("empty_text") ==
        dir + "empty_text/phone.toml:9: rule[0].why.en: must not be empty");
  CHECK(load_error("missing_text") == dir + "missing_text/phone.toml:10: rule[0].fix.en: missing");
  CHECK(load_error("unknown_key") ==
        dir + "unknown_key/phone.toml:4: rule[0].severty: unknown key (did you mean 'severity'?)");
  CHECK(load_error("placeholder_mismatch") ==
        dir +
            "placeholder_mismatch/phone.toml:12: rule[0].message.en: placeholders differ from "
            "message.fr");
  CHECK(load_error("unknown_category_file") ==
        dir +
            "unknown_category_file/phon.toml: 'phon' is not a category of categories.toml (did "
            "you mean 'phone.toml'?)");
  CHECK(load_error("bad_id") ==
        dir +
            "bad_id/phone.toml:2: rule[0].id: 'Phone Missing' is not of the form "
            "category.problem in lower case");
  CHECK(load_error("bad_grades") ==
        dir + "bad_grades/categories.toml:19: grade[1].min_score: the last band must start at 0");
  CHECK(load_error("grades_order") ==
        dir +
            "grades_order/categories.toml:19: grade[1].min_score: must be an integer from 0 to "
            "100, lower than the band before");
  CHECK(load_error("no_categories") ==
        dir + "no_categories/categories.toml: cannot read rules file");
}

TEST_CASE("a catalogue that is not toml names the file and the line", "[rules]") {
  const std::string error = load_error("toml_syntax");
  CHECK(error.rfind(fixture("toml_syntax/phone.toml:14: invalid toml: "), 0) == 0);
}

TEST_CASE("severities are spelled as in report.json", "[rules]") {
  CHECK(to_string(Severity::error) == "error");
  CHECK(to_string(Severity::warning) == "warning");
  CHECK(to_string(Severity::info) == "info");
}

}  // namespace
}  // namespace joignable::rules
