#include "crawl/charset.h"

#include <catch2/catch.hpp>

#include "crawl/crawler.h"
#include "support/test_server.h"

namespace joignable::crawl {

TEST_CASE("the charset of a Content-Type header is read", "[crawl]") {
  CHECK(charset_of_content_type("text/html; charset=ISO-8859-1") == "iso-8859-1");
  CHECK(charset_of_content_type("text/html;charset=\"utf-8\"") == "utf-8");
  CHECK(charset_of_content_type("text/html") == "");
}

TEST_CASE("the charset of a meta tag is read in the first 1024 bytes", "[crawl]") {
  CHECK(charset_of_meta("<html><head><meta charset=\"windows-1252\">") == "windows-1252");
  CHECK(charset_of_meta("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                        "charset=iso-8859-15\">") == "iso-8859-15");
  CHECK(charset_of_meta("<meta name=\"description\" content=\"x\">") == "");
  CHECK(charset_of_meta(std::string(2000, ' ') + "<meta charset=\"latin1\">") == "");
}

TEST_CASE("pages in Latin-1 and windows-1252 reach the extractor as UTF-8", "[crawl]") {
  // "Téléphone : 01 42 68 53 00 – accueil" in windows-1252 (0xE9 é, 0x96 en dash).
  const std::string cp1252 = "T\xE9l\xE9phone : 01 42 68 53 00 \x96 accueil";
  const std::string utf8 = "Téléphone : 01 42 68 53 00 – accueil";
  CHECK(to_utf8(cp1252, "windows-1252") == utf8);
  CHECK(to_utf8(cp1252, "iso-8859-1") == utf8);  // browsers read Latin-1 as windows-1252
  CHECK(to_utf8("<meta charset=\"ISO-8859-1\">" + cp1252, "") ==
        "<meta charset=\"ISO-8859-1\">" + utf8);
  CHECK(to_utf8(cp1252, "") == utf8);  // undeclared and not UTF-8
}

TEST_CASE("UTF-8 pages pass through unchanged", "[crawl]") {
  const std::string utf8 = "Horaires : lundi–vendredi, 9h–18h";
  CHECK(to_utf8(utf8, "") == utf8);
  CHECK(to_utf8(utf8, "utf-8") == utf8);
  CHECK(to_utf8("\xEF\xBB\xBF" + utf8, "iso-8859-1") == utf8);  // the BOM wins
  CHECK(to_utf8("caf\xC3", "utf-8") == "caf\xC3");  // declared UTF-8 is left to the writers
}

TEST_CASE("UTF-16 with a byte-order mark and unknown charsets are handled", "[crawl]") {
  CHECK(to_utf8(std::string("\xFF\xFE" "A\0\xE9\0", 6), "") == "Aé");
  CHECK(to_utf8("plain text", "x-no-such-charset") == "plain text");
}

TEST_CASE("bytes a charset cannot map become U+FFFD", "[crawl]") {
  CHECK(to_utf8("a\x81z", "windows-1252") == "a\xEF\xBF\xBDz");  // 0x81 is unassigned there
}

TEST_CASE("the crawler hands a Latin-1 page to the extractor as UTF-8", "[crawl]") {
  testing::TestServer server(std::string(JOIGNABLE_TEST_FIXTURES) + "/sites/latin1");
  std::string body;
  crawl(server.url("/"), target::CrawlOptions{}, [&](const Page&, std::string_view html) {
    body = html;
    return std::vector<DiscoveredLink>{};
  });
  CHECK(body.find("<title>Café du Marché</title>") != std::string::npos);
  CHECK(body.find("Téléphone : 01 42 68 53 00 – ouvert l’après-midi") != std::string::npos);
}

}  // namespace joignable::crawl
