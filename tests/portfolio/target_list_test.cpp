#include "portfolio/target_list.h"

#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

namespace joignable::portfolio {
namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("readable slugs keep host, path or file stem in lower case", "[portfolio]") {
  CHECK(readable_slug("https://www.Acme.fr/shop/") == "www-acme-fr-shop");
  CHECK(readable_slug("http://127.0.0.1:8080/") == "127-0-0-1-8080");
  CHECK(readable_slug("clients/Boulangerie Martin.toml") == "boulangerie-martin");
  CHECK(readable_slug("https://élan.fr/") == "lan-fr");
  CHECK(readable_slug("https://../") == "target");
}

TEST_CASE("targets come from URLs, globs of target files and URL lists", "[portfolio]") {
  testing::TempDir dir;
  write(dir / "b.toml", "");
  write(dir / "a.toml", "");
  write(dir / "urls.txt", "# clients\n\nhttps://one.example/\r\n  https://two.example/  \n");
  auto targets = expand_targets({"https://zero.example/", (dir / "*.toml").string(),
                                 (dir / "urls.txt").string(), "https://one.example/"});
  REQUIRE(targets.has_value());
  std::vector<std::string> slugs;
  for (const auto& t : *targets) slugs.push_back(t.slug);
  // The glob is sorted; a target named twice is audited once.
  CHECK(slugs == std::vector<std::string>{"zero-example", "a", "b", "one-example", "two-example"});
  CHECK((*targets)[1].identity == "a.toml");
  CHECK((*targets)[1].argument == (dir / "a.toml").string());
}

TEST_CASE("two targets that read alike get slugs told apart by a hash", "[portfolio]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir / "x");
  write(dir / "acme.toml", "");
  write(dir / "x" / "Acme.toml", "");
  auto targets = expand_targets({(dir / "acme.toml").string(), (dir / "x" / "Acme.toml").string(),
                                 "https://other.example/"});
  REQUIRE(targets.has_value());
  REQUIRE(targets->size() == 3);
  CHECK((*targets)[0].slug.starts_with("acme-"));
  CHECK((*targets)[1].slug.starts_with("acme-"));
  CHECK((*targets)[0].slug != (*targets)[1].slug);
  CHECK((*targets)[2].slug == "other-example");
  // The suffix depends on the identity alone: the same in any order.
  auto reversed = expand_targets({(dir / "x" / "Acme.toml").string(),
                                  (dir / "acme.toml").string()});
  REQUIRE(reversed.has_value());
  CHECK((*reversed)[1].slug == (*targets)[0].slug);
}

TEST_CASE("a bad target list is one line naming file and line", "[portfolio]") {
  testing::TempDir dir;
  write(dir / "urls.txt", "https://one.example/\nftp://two.example/\n");
  auto bad_line = expand_targets({(dir / "urls.txt").string()});
  REQUIRE_FALSE(bad_line.has_value());
  CHECK(bad_line.error().to_string() ==
        (dir / "urls.txt").string() +
            ":2: expected an http(s) URL or a target file, got 'ftp://two.example/'");
  auto no_match = expand_targets({(dir / "*.toml").string()});
  REQUIRE_FALSE(no_match.has_value());
  CHECK(no_match.error().message.find("no file matches") != std::string::npos);
  CHECK_FALSE(expand_targets({(dir / "missing.toml").string()}).has_value());
}

}  // namespace joignable::portfolio
