// Every rule's finding, in every evidence template it declares, rendered in French and in
// English through every human-readable writer: the visible text must be in the report's
// language alone, with no internal identifier (premium_rate, missing_anchor, google-places...),
// no raw hours ("Mo-Fr 08:00") and no placeholder left. Values are samples of each field kind
// (report/values.h), so a new rule is covered as soon as it is declared.
#include <filesystem>
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/build_report.h"
#include "report/csv_writer.h"
#include "report/html_writer.h"
#include "report/junit_writer.h"
#include "report/markdown_writer.h"
#include "report/visible_text.h"
#include "rules/catalogue.h"
#include "rules/message.h"

namespace joignable::report {
namespace {

using testing::visible_markdown;
using testing::visible_text;

const std::filesystem::path kSource =
    std::filesystem::path(JOIGNABLE_TEST_FIXTURES).parent_path().parent_path();

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// A raw value of the kind the field's name says (report/values.h), as a rule would give it.
std::string sample(const std::string& name) {
  static const std::map<std::string, std::string> kExact = {
      {"type", "premium_rate"},
      {"status", "missing_anchor"},
      {"http_status", "HTTP 200"},
      {"business_status", "CLOSED_TEMPORARILY"},
      {"source_a", "listing:gmaps"},
      {"source_b", "structured_data:http://127.0.0.1:8/contact"},
      {"days", "Mo,Sa"},
      {"parts", "postal_code,house_number,street"},
      {"shown_as", "tel"},
      {"kind", "google-places"},
      {"form_kind", "newsletter"},
      {"problem", "not_understood"},
      {"missing_help", "home,phone,email,contact_link,search_form,contact_form"},
      {"number", "04 65 71 23 45"},
      {"e164", "+33465712345"},
      {"region", "FR"},
      {"listing", "gmaps"},
      {"depth", "4"},
      {"day", "Tu"},
      {"date", "2026-11-03"},
      {"time", "15:30"},
      {"day_hours", "09:00-12:00,14:00-18:00"},
      {"outcome", "closed_message"},
      {"source", "structured_data"},
      {"callback", "late"},
      {"address_kind", "link-local"},
  };
  if (const auto found = kExact.find(name); found != kExact.end()) return found->second;
  if (name == "spec" || ends_with(name, "_spec")) return "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00";
  if (ends_with(name, "_source")) return "text:http://127.0.0.1:8/";
  if (ends_with(name, "_order")) return "phone > email > contact_link > chat";
  if (name == "count" || name == "fields" || ends_with(name, "_count") || ends_with(name, "_depth")) {
    return "1234";
  }
  if (name == "pages" || ends_with(name, "_pages") || ends_with(name, "_numbers")) {
    return rules::list_field({"http://127.0.0.1:8/a", "http://127.0.0.1:8/b", "http://127.0.0.1:8/c",
                              "http://127.0.0.1:8/d", "http://127.0.0.1:8/e", "http://127.0.0.1:8/f"});
  }
  if (ends_with(name, "_at")) return "2026-11-23T09:58:00Z";
  return "http://127.0.0.1:8/x";
}

std::map<std::string, std::string> sample_fields(const rules::RuleDeclaration& rule) {
  std::map<std::string, std::string> fields;
  std::vector<std::string> names = rules::placeholders(rule.message.fr);
  for (const auto& [id, texts] : rule.evidence) {
    for (const std::string& name : rules::placeholders(texts.fr)) names.push_back(name);
  }
  for (const std::string& name : names) fields[name] = sample(name);
  // A late callback's sentence takes the delay (report/values.h).
  if (fields.contains("callback")) fields["after_hours"] = "30";
  return fields;
}

// One failed result per rule, with a finding per evidence template it declares.
std::vector<rules::RuleResult> every_finding(const rules::Catalogue& catalogue) {
  std::vector<rules::RuleResult> results;
  for (const rules::RuleDeclaration& rule : catalogue.rules) {
    std::vector<rules::Finding> findings;
    for (const auto& [id, texts] : rule.evidence) {
      rules::Finding finding;
      finding.url = "http://127.0.0.1:8/" + std::to_string(findings.size());
      finding.evidence_id = id;
      finding.fields = sample_fields(rule);
      findings.push_back(std::move(finding));
    }
    results.push_back({&rule, findings.empty() ? rules::Outcome::passed()
                                               : rules::Outcome::failed(std::move(findings))});
  }
  return results;
}

Report report_in(const rules::Catalogue& catalogue, const std::string& lang) {
  target::Target target;
  target.name = "Acme";
  target.site = "http://127.0.0.1:8/";
  target.lang = lang;
  const std::vector<rules::RuleResult> results = every_finding(catalogue);
  return build_report(target, {}, catalogue, results, score::compute(catalogue, results),
                      {"2026-11-23T09:50:00Z", "2026-11-23T09:58:00Z"});
}

// Internal spellings a reader must never see.
const std::vector<std::string> kIdentifiers = {
    "premium_rate", "shared_cost",    "missing_anchor", "CLOSED_",      "OPERATIONAL",
    "google-places", "postal_code",   "house_number",   "contact_link", "search_form",
    "contact_form", "structured_data", "not_understood", "listing:gmaps", "text:http",
    "Mo-Fr 08:00",  "Mo,Sa",          "08:00-12:00",    "{",            "}",
    "closed_message", "2026-11-03",   "15:30"};

// Words that give away the other language, matched as whole words in lower case (on a copy
// where every byte of a non-ASCII letter is an "x", so that "Début" holds no word "but"), and
// French letters. Word by word, not with std::regex: libstdc++'s matcher recurses once per
// character and overflows the stack on a whole report under AddressSanitizer.
const std::set<std::string> kEnglish = {
    "the", "is", "of", "and", "with", "never", "shown", "from", "answers", "posting", "but",
    "not", "none", "listing", "gives", "linked", "found", "crawled", "hours", "missing",
    "closed", "number"};
const std::set<std::string> kFrench = {"le",  "la",   "les",  "des",  "du",  "est",
                                       "sur", "aucun", "aucune", "fiche", "avec", "sans",
                                       "et",  "ou",   "une",  "pas",  "lien", "fermxx"};  // fermé
const std::vector<std::string> kFrenchLetters = {"é", "è", "à", "ç", "ê", "ù", "«", "»"};

const std::string kLetters =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

// Where the first word of `text` that is in `words` starts (compared in lower case).
std::optional<std::size_t> first_word_of(const std::string& text,
                                         const std::set<std::string>& words) {
  for (std::size_t start = text.find_first_of(kLetters); start != std::string::npos;) {
    const std::size_t end = std::min(text.find_first_not_of(kLetters, start), text.size());
    std::string word = text.substr(start, end - start);
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (words.count(word) != 0) return start;
    start = text.find_first_of(kLetters, end);
  }
  return std::nullopt;
}

std::string ascii_words(std::string text) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) c = 'x';
  }
  return text;
}

void check_language(const std::string& what, const std::string& text, const std::string& lang) {
  INFO(what << " [" << lang << "]");
  for (const std::string& identifier : kIdentifiers) {
    const auto at = text.find(identifier);
    INFO("identifier " << identifier << " in: "
                       << (at == std::string::npos ? "" : text.substr(at < 80 ? 0 : at - 80, 160)));
    CHECK(at == std::string::npos);
  }
  const std::string words = ascii_words(text);
  const auto other = first_word_of(words, lang == "fr" ? kEnglish : kFrench);
  INFO("other language in: " << (other ? words.substr(*other < 80 ? 0 : *other - 80, 160) : ""));
  CHECK_FALSE(other);
  if (lang == "en") {
    for (const std::string& letter : kFrenchLetters) {
      const auto at = text.find(letter);
      INFO("french letter in: " << (at == std::string::npos ? "" : text.substr(at < 80 ? 0 : at - 80, 160)));
      CHECK(at == std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("every rule declares an evidence template with the same placeholders in fr and en",
          "[report][rules]") {
  const auto catalogue = rules::load_catalogue(kSource / "rules");
  REQUIRE(catalogue.has_value());
  for (const rules::RuleDeclaration& rule : catalogue->rules) {
    INFO(rule.id);
    CHECK_FALSE(rule.evidence.empty());
  }
}

TEST_CASE("every rule's finding reads in the report's language alone, in every writer",
          "[report]") {
  const auto catalogue = rules::load_catalogue(kSource / "rules");
  REQUIRE(catalogue.has_value());
  for (const std::string lang : {"fr", "en"}) {
    const Report report = report_in(*catalogue, lang);
    for (const ReportFinding& finding : report.findings) {
      check_language(finding.rule + " message", finding.message, lang);
      check_language(finding.rule + " evidence " + finding.evidence_id, finding.evidence, lang);
    }
    const auto html = render_html(report, kSource / "reports");
    REQUIRE(html.has_value());
    const std::string html_text = visible_text(*html);
    check_language("html", html_text, lang);
    for (const ReportFinding& finding : report.findings) {
      CHECK(html_text.find(finding.evidence) != std::string::npos);
    }
    check_language("markdown", visible_markdown(render_markdown(report)), lang);
    const std::string markdown = render_markdown(report);
    CHECK(markdown.find("&amp;") == std::string::npos);
    // CSV and JUnit carry rule ids in their machine columns; their text is each finding's.
    const std::string csv = render_csv(report);
    const std::string junit = render_junit(report);
    for (const ReportFinding& finding : report.findings) {
      CHECK(csv.find(finding.evidence) != std::string::npos);
    }
    CHECK(junit.find("missing_anchor") == std::string::npos);
  }
}

}  // namespace joignable::report
