#include "crawl/link_list.h"

#include <catch2/catch.hpp>
#include <iterator>
#include <memory>
#include <vector>

namespace joignable::crawl {
namespace {

const Link kHomeToContact{"http://a/", "http://a/contact", LinkKind::anchor, "Contact", ""};
const Link kHomeToTeam{"http://a/", "http://a/about", LinkKind::anchor, "Team", "team"};
const Link kAboutToHome{"http://a/about", "http://a/", LinkKind::canonical, "", ""};

bool same(const Link& a, const Link& b) {
  return a.from == b.from && a.to == b.to && a.kind == b.kind && a.text == b.text &&
         a.fragment == b.fragment;
}

TEST_CASE("a link list gives its links back as added, in order", "[crawl]") {
  LinkList links;
  links.push_back(kHomeToContact);
  links.push_back(kHomeToTeam);
  links.push_back(kAboutToHome);

  REQUIRE(links.size() == 3);
  std::vector<Link> read(links.begin(), links.end());
  CHECK(same(read[0], kHomeToContact));
  CHECK(same(read[1], kHomeToTeam));
  CHECK(same(read[2], kAboutToHome));
  CHECK(links[1].fragment == "team");
  CHECK(links[2].kind == LinkKind::canonical);
}

TEST_CASE("a link list stores each distinct string once", "[crawl]") {
  LinkList links = {kHomeToContact, kHomeToTeam, kAboutToHome, kHomeToContact};
  // "http://a/", "http://a/contact", "Contact", "", "http://a/about", "Team", "team"
  CHECK(links.string_count() == 7);
  CHECK(links.size() == 4);
  CHECK(links.entry(0).from == links.entry(1).from);
  CHECK(links.entry(2).to == links.entry(0).from);
  CHECK(links.find("http://a/about") == links.entry(1).to);
  CHECK_FALSE(links.find("http://a/elsewhere"));
}

TEST_CASE("a copy of a link list outlives and ignores the original", "[crawl]") {
  auto original = std::make_unique<LinkList>(LinkList{kHomeToContact});
  LinkList copy = *original;
  original->push_back(kAboutToHome);
  CHECK(copy.size() == 1);
  CHECK_FALSE(copy.find("http://a/about"));
  original.reset();

  copy.push_back(kHomeToTeam);
  REQUIRE(copy.size() == 2);
  CHECK(same(copy[0], kHomeToContact));
  CHECK(same(copy[1], kHomeToTeam));
  CHECK(copy.find("http://a/contact") == copy.entry(0).to);
}

TEST_CASE("a link list can be refilled from a list of links", "[crawl]") {
  LinkList links = {kHomeToContact, kHomeToTeam};
  links = {kAboutToHome};
  REQUIRE(links.size() == 1);
  CHECK(same(links[0], kAboutToHome));
  CHECK_FALSE(links.find("Contact"));
  links.clear();
  CHECK(links.empty());
}

}  // namespace
}  // namespace joignable::crawl
