#include "store/probe_store.h"

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

namespace joignable::store {
namespace {

probe::ProbeRecord sent(const std::string& page, const std::string& sent_at) {
  probe::ProbeRecord r;
  r.site = "http://127.0.0.1:8080/";
  r.page = page;
  r.action = page + "/send";
  r.token = "jg" + sent_at.substr(0, 4);
  r.sent_at = sent_at;
  r.outcome = probe::ProbeOutcome::sent;
  r.http_status = 200;
  r.final_url = page + "/merci";
  r.confirmation = "Merci, message reçu";
  return r;
}

}  // namespace

TEST_CASE("probes are stored by site and read back oldest first", "[store]") {
  testing::TempDir dir;
  auto store = ProbeStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto later = store->add(sent("http://127.0.0.1:8080/b", "2026-03-01T10:00:00Z"));
  probe::ProbeRecord captcha = sent("http://127.0.0.1:8080/a", "2026-02-01T10:00:00Z");
  captcha.outcome = probe::ProbeOutcome::captcha;
  captcha.token.clear();
  captcha.reason = "captcha: recaptcha";
  auto earlier = store->add(captcha);
  probe::ProbeRecord other = sent("http://127.0.0.1:9999/", "2026-01-01T10:00:00Z");
  other.site = "http://127.0.0.1:9999/";
  REQUIRE(store->add(other));
  REQUIRE(later);
  REQUIRE(earlier);

  auto records = store->for_site("http://127.0.0.1:8080/");
  REQUIRE(records);
  REQUIRE(records->size() == 2);
  CHECK((*records)[0].id == *earlier);
  CHECK((*records)[0].outcome == probe::ProbeOutcome::captcha);
  CHECK((*records)[0].reason == "captcha: recaptcha");
  CHECK((*records)[1].token == "jg2026");
  CHECK((*records)[1].confirmation == "Merci, message reçu");
  CHECK((*records)[1].acknowledged_at.empty());
}

TEST_CASE("the first acknowledgement and the first answer stay the first", "[store]") {
  testing::TempDir dir;
  auto store = ProbeStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto id = store->add(sent("http://127.0.0.1:8080/", "2026-03-01T10:00:00Z"));
  REQUIRE(id);
  REQUIRE(store->set_replies(*id, "2026-03-01T10:05:00Z", ""));
  REQUIRE(store->set_replies(*id, "2026-03-01T10:09:00Z", "2026-03-02T08:00:00Z"));
  REQUIRE(store->set_replies(*id, "2026-03-01T10:01:00Z", "2026-03-03T08:00:00Z"));
  auto records = store->for_site("http://127.0.0.1:8080/");
  REQUIRE(records);
  CHECK(records->front().acknowledged_at == "2026-03-01T10:01:00Z");
  CHECK(records->front().answered_at == "2026-03-02T08:00:00Z");
  CHECK_FALSE(store->set_replies(*id + 100, "2026-03-01T10:01:00Z", ""));
}

}  // namespace joignable::store
