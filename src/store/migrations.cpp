#include "store/migrations.h"

#include <array>
#include <string_view>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/database.h"

namespace joignable::store {
namespace {

// Step i takes a file from user_version i to i + 1. Enums are stored in their contract spelling
// (the to_string of each enum), booleans as 0/1, optional values as NULL. Lists whose order matters
// keep a `position`; child tables cascade from their run so a run can be deleted in one statement.
constexpr std::array<std::string_view, 8> kSteps = {
    R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  target_name TEXT NOT NULL,
  site TEXT NOT NULL,
  region TEXT NOT NULL,
  lang TEXT NOT NULL,
  target_file TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  tool_version TEXT,
  overall_score INTEGER,
  grade TEXT,
  contact_page_url TEXT,
  contact_page_depth INTEGER
);
CREATE INDEX runs_by_site ON runs (site, started_at);

CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  final_url TEXT NOT NULL,
  depth INTEGER,
  http_status INTEGER NOT NULL,
  net_error TEXT NOT NULL,
  error_detail TEXT NOT NULL,
  blocked INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  truncated INTEGER NOT NULL,
  UNIQUE (run_id, url)
);
CREATE TABLE redirects (
  page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
  hop INTEGER NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (page_id, hop)
) WITHOUT ROWID;

CREATE TABLE links (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  from_url TEXT NOT NULL,
  to_url TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  fragment TEXT NOT NULL
);
CREATE INDEX links_by_run ON links (run_id, to_url);

CREATE TABLE phones (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fax INTEGER NOT NULL,
  e164 TEXT NOT NULL,
  display TEXT NOT NULL,
  type TEXT NOT NULL,
  tel_link INTEGER NOT NULL,
  text_only_somewhere INTEGER NOT NULL,
  UNIQUE (run_id, fax, e164)
);
CREATE TABLE phone_pages (
  phone_id INTEGER NOT NULL REFERENCES phones (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  PRIMARY KEY (phone_id, position)
) WITHOUT ROWID;

CREATE TABLE emails (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  address TEXT NOT NULL,
  UNIQUE (run_id, address)
);
CREATE TABLE email_pages (
  email_id INTEGER NOT NULL REFERENCES emails (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  PRIMARY KEY (email_id, position)
) WITHOUT ROWID;

CREATE TABLE forms (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  kind TEXT NOT NULL,
  action TEXT NOT NULL,
  method TEXT NOT NULL,
  fields INTEGER NOT NULL,
  has_textarea INTEGER NOT NULL,
  has_free_text INTEGER NOT NULL,
  unlabelled_fields INTEGER NOT NULL,
  captcha INTEGER NOT NULL,
  action_http_status INTEGER,
  action_net_error TEXT,
  action_error_detail TEXT,
  action_blocked INTEGER,
  PRIMARY KEY (run_id, position)
) WITHOUT ROWID;

CREATE TABLE findings (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL,
  weight REAL NOT NULL,
  url TEXT NOT NULL,
  message TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
) WITHOUT ROWID;

CREATE TABLE category_scores (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  score INTEGER,
  PRIMARY KEY (run_id, position),
  UNIQUE (run_id, category)
) WITHOUT ROWID;
)sql",
    // 2: what a killed crawl needs to resume: link checks, each page's extraction, and robots
    // verdicts on pages.
    R"sql(
ALTER TABLE pages ADD COLUMN disallowed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE checks (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  internal INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  net_error TEXT NOT NULL,
  error_detail TEXT NOT NULL,
  blocked INTEGER NOT NULL,
  disallowed INTEGER NOT NULL,
  PRIMARY KEY (run_id, url)
) WITHOUT ROWID;

CREATE TABLE page_analyses (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (run_id, url)
  ) WITHOUT ROWID;
)sql",
    // 3: opening hours, one row per source; the weekly table is kept as its OSM spec,
    // which parse_osm_hours reads back exactly.
    R"sql(
CREATE TABLE hours (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  origin TEXT NOT NULL,
  url TEXT NOT NULL,
  spec TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
CREATE TABLE hours_pages (
  run_id INTEGER NOT NULL,
  hours_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  PRIMARY KEY (run_id, hours_position, position),
  FOREIGN KEY (run_id, hours_position) REFERENCES hours (run_id, position) ON DELETE CASCADE
) WITHOUT ROWID;
)sql",
    // 4: phones given in structured data, forms described further, postal addresses, chat
    // widgets, social links and callback offers. Old rows read back with an unknown enctype and no autocomplete facts.
    R"sql(
ALTER TABLE phones ADD COLUMN structured_data INTEGER NOT NULL DEFAULT 0;
-- 0 for a page that gives the number only in its structured data (model::SitePhone::unshown_pages).
ALTER TABLE phone_pages ADD COLUMN shown INTEGER NOT NULL DEFAULT 1;
ALTER TABLE forms ADD COLUMN captcha_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE forms ADD COLUMN enctype TEXT NOT NULL DEFAULT '';
ALTER TABLE forms ADD COLUMN required_fields INTEGER NOT NULL DEFAULT 0;
ALTER TABLE forms ADD COLUMN autocomplete_name INTEGER;
ALTER TABLE forms ADD COLUMN autocomplete_email INTEGER;
ALTER TABLE forms ADD COLUMN autocomplete_tel INTEGER;

CREATE TABLE addresses (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  street TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  locality TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE TABLE address_pages (
  address_id INTEGER NOT NULL REFERENCES addresses (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  PRIMARY KEY (address_id, position)
) WITHOUT ROWID;

-- kind: 'chat' (name = widget), 'social' (name = network, url = link) or 'callback' (one row,
-- name and url empty, its pages the pages offering a call back).
CREATE TABLE channels (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL
);
CREATE TABLE channel_pages (
  channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  PRIMARY KEY (channel_id, position)
) WITHOUT ROWID;
)sql",
    // 5: tables shaped for the crawl's writes: a 20,000-page crawl finds a million links. A
    // page's links are one row (crawl_rows.cpp: a line per link, fields tab-separated, with
    // backslash, tab and newline escaped), read back by run in the order written; a row per
    // link, with an index on its target that served no query, cost the crawl thread seconds.
    // Page analyses (a few KB each) are stored in the order written, with a small index on their
    // URL, rather than inside a B-tree by URL that every insert split and rewrote.
    R"sql(
CREATE TABLE page_links (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  from_url TEXT NOT NULL,
  count INTEGER NOT NULL,
  links TEXT NOT NULL
);
CREATE INDEX page_links_of_run ON page_links (run_id);
INSERT INTO page_links (run_id, from_url, count, links)
  SELECT run_id, from_url, count(*), group_concat(line, char(10)) FROM (
    SELECT rowid AS id, run_id, from_url,
      kind || char(9) ||
      replace(replace(replace(to_url, '\', '\\'), char(9), '\t'), char(10), '\n') || char(9) ||
      replace(replace(replace(fragment, '\', '\\'), char(9), '\t'), char(10), '\n') || char(9) ||
      replace(replace(replace(text, '\', '\\'), char(9), '\t'), char(10), '\n') AS line
    FROM links ORDER BY rowid)
  GROUP BY run_id, from_url ORDER BY min(id);
DROP TABLE links;

CREATE TABLE page_analyses_by_rowid (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  document TEXT NOT NULL,
  UNIQUE (run_id, url)
);
INSERT INTO page_analyses_by_rowid (run_id, url, document)
  SELECT run_id, url, document FROM page_analyses;
DROP TABLE page_analyses;
ALTER TABLE page_analyses_by_rowid RENAME TO page_analyses;
)sql",
    // 6: history. Runs of one target are found by site_key (run_history.cpp: lower case, no
    // "www."); a run keeps its page count and how many findings were new and fixed; each finding
    // keeps its stable key (rules/finding_key.h; '' for findings stored before this step, which
    // therefore all look fixed once) and whether it was new; every rule's outcome is kept.
    R"sql(
ALTER TABLE runs ADD COLUMN site_key TEXT;
UPDATE runs SET site_key = replace(lower(site), '://www.', '://');
CREATE INDEX runs_by_site_key ON runs (site_key, finished_at);
ALTER TABLE runs ADD COLUMN page_count INTEGER;
ALTER TABLE runs ADD COLUMN new_findings INTEGER;
ALTER TABLE runs ADD COLUMN fixed_findings INTEGER;
ALTER TABLE findings ADD COLUMN key TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN is_new INTEGER NOT NULL DEFAULT 0;

CREATE TABLE rule_outcomes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  category TEXT NOT NULL,
  status TEXT NOT NULL,
  findings INTEGER NOT NULL,
  PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
)sql",
    // 7: the form probe's submissions (probe/probe_record.h), by target site, completed by
    // `replies` with the dates of the first acknowledgement and the first human answer.
    // Credentials are never stored.
    R"sql(
CREATE TABLE probes (
  id INTEGER PRIMARY KEY,
  site TEXT NOT NULL,
  page TEXT NOT NULL,
  action TEXT NOT NULL,
  token TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  http_status INTEGER NOT NULL,
  final_url TEXT NOT NULL,
  confirmation TEXT NOT NULL,
  reason TEXT NOT NULL,
  acknowledged_at TEXT,
  answered_at TEXT
);
CREATE INDEX probes_by_site ON probes (site, sent_at);
)sql",
    // 8: the screenshots report.html embeds (render/screenshot.h), so that a run's evidence
    // stays with its facts: role 'home' or 'contact', CSS pixels, the JPEG's bytes (150 KB at
    // most each, four a run). A rowid table: rows this large do not belong in a WITHOUT ROWID
    // B-tree.
    R"sql(
CREATE TABLE screenshots (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page_url TEXT NOT NULL,
  role TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  mobile INTEGER NOT NULL,
  quality INTEGER NOT NULL,
  phones INTEGER NOT NULL,
  forms INTEGER NOT NULL,
  hours INTEGER NOT NULL,
  jpeg BLOB NOT NULL,
  UNIQUE (run_id, position)
);
)sql",
};

}  // namespace

int latest_schema_version() { return static_cast<int>(kSteps.size()); }

Result<void> migrate(SQLite::Database& db, const std::string& file) {
  return guarded(file, "cannot migrate the database", [&]() -> Result<void> {
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    const int latest = latest_schema_version();
    if (version > latest) {
      return make_error(Error::Code::database,
                        "schema version " + std::to_string(version) +
                            " is newer than this joignable supports (" + std::to_string(latest) +
                            ")",
                        file);
    }
    if (version == latest) return {};
    // A version-0 file with tables belongs to some other program: adding ours would damage it.
    if (version == 0 && db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0) {
      return make_error(Error::Code::database,
                        "not a joignable database (it has tables but no schema version)", file);
    }
    for (int step = version; step < latest; ++step) {
      db.exec(std::string(kSteps[static_cast<std::size_t>(step)]));
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    db.exec("PRAGMA user_version = " + std::to_string(latest));
    transaction.commit();
    return {};
  });
}

}  // namespace joignable::store
