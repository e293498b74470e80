#include "target/target_loader.h"

#include <catch2/catch.hpp>

namespace joignable::target {
namespace {

const std::string kDir = std::string(JOIGNABLE_TEST_FIXTURES) + "/targets/";
const std::vector<std::string> kRuleIds = {"phone.missing", "contact.deep",
                                           "link.broken_external"};

std::string error_of(const std::string& file) {
  auto target = load_target_file(kDir + file, kRuleIds);
  REQUIRE_FALSE(target.has_value());
  CHECK(target.error().code == Error::Code::input);
  return target.error().to_string();
}

}  // namespace

TEST_CASE("a full target file is read with every key", "[target]") {
  auto target = load_target_file(kDir + "valid_full.toml", kRuleIds);
  REQUIRE(target.has_value());
  CHECK(target->name == "Boulangerie Martin");
  CHECK(target->site == "https://www.boulangerie-martin.example/");
  CHECK(target->region == "BE");
  CHECK(target->lang == "en");
  CHECK(target->crawl.max_pages == 50);
  CHECK(target->crawl.max_depth == 3);
  CHECK(target->crawl.concurrency == 4);
  CHECK(target->crawl.per_host_concurrency == 2);
  CHECK(target->crawl.delay_ms == 250);
  CHECK_FALSE(target->crawl.respect_robots);
  REQUIRE(target->listings.size() == 2);
  CHECK(target->listings[0].kind == "google-places");
  CHECK(target->listings[0].file == kDir + "listings/google.json");
  CHECK(target->listings[1].phone == "+32 2 555 12 34");
  CHECK(target->disabled_rules == std::vector<std::string>{"link.broken_external"});
  REQUIRE(target->rule_options.contains("contact.deep"));
  CHECK(std::get<long long>(target->rule_options["contact.deep"]["max_depth"]) == 2);
  CHECK_FALSE(target->probe.enabled);
  CHECK(target->probe.mailbox == "imaps://imap.boulangerie-martin.example/INBOX");
  CHECK(target->probe.name == "Cabinet Martin");
  CHECK(target->probe.email == "audit+{token}@cabinet.example");
  CHECK(target->probe.deadline_hours == 0.5);
  CHECK(target->probe.max_reply_hours == 12.0);
  CHECK(target->probe.consent);
  CHECK(target->probe.min_days_between == 7);
}

TEST_CASE("a minimal target file gets the documented defaults", "[target]") {
  auto target = load_target_file(kDir + "valid_minimal.toml");
  REQUIRE(target.has_value());
  CHECK(target->site == "http://127.0.0.1:8080/");
  CHECK(target->name == "127.0.0.1");
  CHECK(target->region == "FR");
  CHECK(target->lang == "fr");
  CHECK(target->crawl.max_pages == 500);
  CHECK(target->crawl.max_depth == 8);
  CHECK(target->crawl.concurrency == 16);
  CHECK(target->crawl.per_host_concurrency == 6);
  CHECK(target->crawl.respect_robots);
  CHECK(target->probe.deadline_hours == 48.0);
  CHECK(target->probe.max_reply_hours == 24.0);
  CHECK(target->probe.min_days_between == 30);
  CHECK_FALSE(target->probe.consent);
}

TEST_CASE("a bare URL is a target with defaults", "[target]") {
  auto target = load_target("http://127.0.0.1:9000");
  REQUIRE(target.has_value());
  CHECK(target->site == "http://127.0.0.1:9000/");
  CHECK(target->source_file.empty());
}

TEST_CASE("malformed target files name the file, the line and the key", "[target]") {
  const auto [file, expected] = GENERATE(table<std::string, std::string>({
      {"unknown_key.toml", "unknown_key.toml:6: crawl.max_page: unknown key (did you mean 'max_pages'?)"},
      {"wrong_type.toml", "wrong_type.toml:5: crawl.max_pages: expected an integer, got a string"},
      {"bad_url.toml", "bad_url.toml:3: target.site: not an absolute http(s) URL: 'ftp://example.fr/'"},
      {"missing_site.toml", "missing_site.toml:1: target.site: missing: the home page URL to audit"},
      {"bad_lang.toml", "bad_lang.toml:3: target.lang: expected \"fr\" or \"en\", got \"de\""},
      {"bad_listing_kind.toml", "bad_listing_kind.toml:6: listings[0].kind: unknown kind 'google-place' (did you mean 'google-places'?)"},
      {"listing_file_and_url.toml", "listing_file_and_url.toml:7: listings[0].file: give exactly one of 'file' or 'url'"},
      {"unknown_rule.toml", "unknown_rule.toml:5: rules.disable: unknown rule 'phone.mising' (did you mean 'phone.missing'?)"},
      {"out_of_range.toml", "out_of_range.toml:5: crawl.concurrency: must be between 1 and 1024"},
      {"probe_plain_imap.toml", "probe_plain_imap.toml:6: probe.mailbox: expected imaps://HOST/MAILBOX (imap:// only on 127.0.0.1 or localhost), got 'imap://mail.example.fr/INBOX'"},
      {"probe_hours_text.toml", "probe_hours_text.toml:6: probe.deadline_hours: expected a number, got a string"},
      {"unknown_table.toml", "unknown_table.toml:4: crawler: unknown key (did you mean 'crawl'?)"},
      {"bad_timezone.toml", "bad_timezone.toml:6: calls.timezone: unknown time zone 'Europe/Pariss' (expected an IANA name such as \"Europe/Paris\")"},
      {"calls_no_zone.toml", "calls_no_zone.toml:6: calls.file: no default time zone for region DE: set calls.timezone (e.g. \"Europe/Paris\")"},
      {"calls_unknown_key.toml", "calls_unknown_key.toml:6: calls.timezon: unknown key (did you mean 'timezone'?)"},
      {"bad_render.toml", "bad_render.toml:5: crawl.render: expected \"auto\", \"always\" or \"never\", got \"sometimes\""},
      {"bad_render_concurrency.toml", "bad_render_concurrency.toml:5: crawl.render_concurrency: must be between 1 and 16"},
      {"bad_screenshots.toml", "bad_screenshots.toml:6: report.screenshots: expected true or false, got a string"},
  }));
  CAPTURE(file);
  CHECK(error_of(file) == kDir + expected);
}

TEST_CASE("[crawl] render options are read, and default to auto, 2 tabs, 15 s", "[target]") {
  auto defaults = load_target("https://example.fr/");
  REQUIRE(defaults.has_value());
  CHECK(defaults->crawl.render == RenderMode::automatic);
  CHECK(defaults->crawl.render_concurrency == 2);
  CHECK(defaults->crawl.render_timeout_ms == 15000);
  const std::string targets = std::string(JOIGNABLE_TEST_FIXTURES) + "/../../targets/";
  auto example = load_target_file(targets + "example.toml");
  REQUIRE(example.has_value());
  CHECK(example->crawl.render == RenderMode::automatic);
}

TEST_CASE("[report] screenshots is on by default and may be turned off", "[target]") {
  auto defaults = load_target("https://example.fr/");
  REQUIRE(defaults.has_value());
  CHECK(defaults->report.screenshots);
  auto off = load_target_file(kDir + "no_screenshots.toml", kRuleIds);
  REQUIRE(off.has_value());
  CHECK_FALSE(off->report.screenshots);
}

TEST_CASE("[calls] resolves the log next to the target and takes the region's zone", "[target]") {
  auto target = load_target_file(kDir + "calls_default_zone.toml", kRuleIds);
  REQUIRE(target.has_value());
  CHECK(target->calls.file == kDir + "logs/calls.csv");
  CHECK(target->calls.timezone == "Europe/Brussels");
}

TEST_CASE("a TOML syntax error names the file and the line", "[target]") {
  const std::string message = error_of("syntax_error.toml");
  CHECK(message.starts_with(kDir + "syntax_error.toml:3: "));
}

TEST_CASE("a missing target file is an error naming it", "[target]") {
  auto target = load_target("does/not/exist.toml");
  REQUIRE_FALSE(target.has_value());
  CHECK(target.error().to_string() == "does/not/exist.toml: no such target file");
}

TEST_CASE("an argument that is neither a file nor an http URL is refused", "[target]") {
  auto target = load_target("ftp://example.fr/");
  REQUIRE_FALSE(target.has_value());
}

}  // namespace joignable::target

namespace joignable::target {

TEST_CASE("the bundled target files load", "[target]") {
  const std::string targets = std::string(JOIGNABLE_TEST_FIXTURES) + "/../../targets/";
  auto example = load_target_file(targets + "example.toml");
  INFO((example ? std::string() : example.error().to_string()));
  CHECK(example.has_value());
  auto demo = load_target_file(targets + "demo/demo.toml");
  INFO((demo ? std::string() : demo.error().to_string()));
  CHECK(demo.has_value());
}

}  // namespace joignable::target
