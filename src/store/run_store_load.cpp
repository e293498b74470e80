// RunStore's reading side; run_store.cpp opens and writes. Over 300 lines because it has one
// short reader per stored table.
#include "store/run_store.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/crawl_rows.h"
#include "extract/contact_points_json.h"
#include "extract/hours_osm.h"
#include "store/crawl_batch.h"
#include "store/database.h"
#include "store/run_store_impl.h"
#include "store/spelling.h"
#include "store/stored_run.h"
#include "store/statement.h"

namespace joignable::store {
namespace {

long long count_rows(SQLite::Database& db, const char* table, long long run) {
  SQLite::Statement query(db, std::string("SELECT count(*) FROM ") + table + " WHERE run_id = ?");
  bind_row(query, run);
  query.executeStep();
  return query.getColumn(0).getInt64();
}

Result<void> read_run_row(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT target_name, site, region, lang, target_file, started_at, "
                          "finished_at, tool_version, overall_score, grade, contact_page_url, "
                          "contact_page_depth FROM runs WHERE id = ?");
  bind_row(query, out.id);
  if (!query.executeStep()) {
    return make_error(Error::Code::database, "no run " + std::to_string(out.id));
  }
  out.target_name = query.getColumn(0).getString();
  out.site = query.getColumn(1).getString();
  out.region = query.getColumn(2).getString();
  out.lang = query.getColumn(3).getString();
  out.target_file = query.getColumn(4).getString();
  out.started_at = query.getColumn(5).getString();
  out.finished_at = text_or_empty(query.getColumn(6));
  out.tool_version = text_or_empty(query.getColumn(7));
  out.overall_score = optional_int(query.getColumn(8));
  out.grade = text_or_empty(query.getColumn(9));
  if (!query.getColumn(10).isNull()) {
    out.contact_page =
        model::ContactPage{query.getColumn(10).getString(), optional_int(query.getColumn(11))};
  }
  return {};
}

std::vector<std::string> read_page_list(SQLite::Statement& query, long long owner) {
  std::vector<std::string> pages;
  bind_row(query, owner);
  while (query.executeStep()) pages.push_back(query.getColumn(0).getString());
  return pages;
}

Result<void> read_phones(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT id, fax, e164, display, type, tel_link, text_only_somewhere, "
                          "structured_data "
                          "FROM phones WHERE run_id = ? ORDER BY id");
  SQLite::Statement pages(db,
                          "SELECT page_url FROM phone_pages WHERE phone_id = ? ORDER BY position");
  SQLite::Statement unshown(db,
                            "SELECT page_url FROM phone_pages WHERE phone_id = ? AND shown = 0 "
                            "ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    auto type = extract::parse_phone_type(query.getColumn(4).getString());
    if (!type) return tl::unexpected(type.error());
    model::SitePhone phone{query.getColumn(2).getString(),
                           query.getColumn(3).getString(),
                           *type,
                           flag(query.getColumn(5)),
                           flag(query.getColumn(6)),
                           read_page_list(pages, query.getColumn(0).getInt64()),
                           flag(query.getColumn(7)),
                           read_page_list(unshown, query.getColumn(0).getInt64())};
    (flag(query.getColumn(1)) ? out.faxes : out.phones).push_back(std::move(phone));
  }
  return {};
}

void read_emails(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db, "SELECT id, address FROM emails WHERE run_id = ? ORDER BY id");
  SQLite::Statement pages(db,
                          "SELECT page_url FROM email_pages WHERE email_id = ? ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    out.emails.push_back(model::SiteEmail{query.getColumn(1).getString(),
                                          read_page_list(pages, query.getColumn(0).getInt64())});
  }
}

std::optional<bool> optional_flag(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return flag(column);
}

Result<void> read_forms(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT page_url, kind, action, method, fields, has_textarea, "
                          "has_free_text, unlabelled_fields, captcha, action_http_status, "
                          "action_net_error, action_error_detail, action_blocked, captcha_kind, "
                          "enctype, required_fields, autocomplete_name, autocomplete_email, "
                          "autocomplete_tel FROM forms WHERE run_id = ? ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    auto kind = extract::parse_form_kind(query.getColumn(1).getString());
    if (!kind) return tl::unexpected(kind.error());
    model::SiteForm form;
    form.page = query.getColumn(0).getString();
    extract::FormInfo& info = form.form;
    info.kind = *kind;
    info.action = query.getColumn(2).getString();
    info.method = query.getColumn(3).getString();
    info.fields = query.getColumn(4).getInt();
    info.has_textarea = flag(query.getColumn(5));
    info.has_free_text = flag(query.getColumn(6));
    info.unlabelled_fields = query.getColumn(7).getInt();
    info.captcha = flag(query.getColumn(8));
    info.captcha_kind = query.getColumn(13).getString();
    info.enctype = query.getColumn(14).getString();
    info.required_fields = query.getColumn(15).getInt();
    info.autocomplete_name = optional_flag(query.getColumn(16));
    info.autocomplete_email = optional_flag(query.getColumn(17));
    info.autocomplete_tel = optional_flag(query.getColumn(18));
    if (!query.getColumn(9).isNull()) {
      auto error = parse_net_error(query.getColumn(10).getString());
      if (!error) return tl::unexpected(error.error());
      form.action_status =
          crawl::FetchStatus{query.getColumn(9).getInt(), *error, query.getColumn(11).getString(),
                             flag(query.getColumn(12))};
    }
    out.forms.push_back(std::move(form));
  }
  return {};
}

void read_addresses(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT id, street, postal_code, locality, country FROM addresses "
                          "WHERE run_id = ? ORDER BY id");
  SQLite::Statement pages(
      db, "SELECT page_url FROM address_pages WHERE address_id = ? ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    extract::PostalAddress address{query.getColumn(1).getString(), query.getColumn(2).getString(),
                                   query.getColumn(3).getString(), query.getColumn(4).getString()};
    out.addresses.push_back(
        {std::move(address), read_page_list(pages, query.getColumn(0).getInt64())});
  }
}

void read_channels(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(
      db, "SELECT id, kind, name, url FROM channels WHERE run_id = ? ORDER BY id");
  SQLite::Statement pages(
      db, "SELECT page_url FROM channel_pages WHERE channel_id = ? ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    const std::string kind = query.getColumn(1).getString();
    model::SiteChannel channel{query.getColumn(2).getString(), query.getColumn(3).getString(),
                               read_page_list(pages, query.getColumn(0).getInt64())};
    if (kind == "chat") out.chat_widgets.push_back(std::move(channel));
    if (kind == "social") out.social_links.push_back(std::move(channel));
    if (kind == "callback") out.callback_pages = std::move(channel.pages);
  }
}

Result<void> read_hours(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT position, source, origin, url, spec, evidence FROM hours "
                          "WHERE run_id = ? ORDER BY position");
  SQLite::Statement pages(db,
                          "SELECT page_url FROM hours_pages "
                          "WHERE run_id = ? AND hours_position = ? ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    auto origin = extract::parse_hours_origin(query.getColumn(2).getString());
    if (!origin) return tl::unexpected(origin.error());
    const std::string spec = query.getColumn(4).getString();
    auto hours = extract::parse_osm_hours(spec);
    if (!hours) {
      return make_error(Error::Code::database, "unreadable hours '" + spec + "' in run " +
                                                   std::to_string(out.id));
    }
    model::SiteHours stored;
    stored.source = query.getColumn(1).getString();
    stored.origin = *origin;
    stored.url = query.getColumn(3).getString();
    stored.hours = std::move(*hours);
    stored.evidence = query.getColumn(5).getString();
    bind_row(pages, out.id, query.getColumn(0).getInt());
    while (pages.executeStep()) stored.pages.push_back(pages.getColumn(0).getString());
    out.hours.push_back(std::move(stored));
  }
  return {};
}

Result<void> read_findings(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT rule, category, severity, weight, url, message, evidence, key, "
                          "is_new FROM findings WHERE run_id = ? ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    auto severity = parse_severity(query.getColumn(2).getString());
    if (!severity) return tl::unexpected(severity.error());
    out.findings.push_back(report::ReportFinding{
        query.getColumn(0).getString(), query.getColumn(1).getString(), *severity,
        query.getColumn(3).getDouble(), query.getColumn(4).getString(),
        query.getColumn(5).getString(), query.getColumn(6).getString(),
        query.getColumn(7).getString(), query.getColumn(8).getInt() != 0});
  }
  return {};
}

void read_categories(SQLite::Database& db, StoredRun& out) {
  SQLite::Statement query(db,
                          "SELECT category, title, score FROM category_scores WHERE run_id = ? "
                          "ORDER BY position");
  bind_row(query, out.id);
  while (query.executeStep()) {
    out.categories.push_back(report::CategorySummary{query.getColumn(0).getString(),
                                                     query.getColumn(1).getString(),
                                                     optional_int(query.getColumn(2))});
  }
}

}  // namespace

Result<std::vector<RunSummary>> RunStore::runs_for_site(const std::string& site) const {
  std::vector<RunSummary> runs;
  auto done = guarded(impl_->file, "cannot list the runs of " + site, [&]() -> Result<void> {
    // ISO-8601 UTC times sort as text; the id breaks ties between runs started the same second.
    SQLite::Statement query(*impl_->db,
                            "SELECT id, started_at, finished_at, overall_score, grade FROM runs "
                            "WHERE site = ? ORDER BY started_at DESC, id DESC");
    bind_row(query, site);
    while (query.executeStep()) {
      runs.push_back(RunSummary{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                                text_or_empty(query.getColumn(2)), optional_int(query.getColumn(3)),
                                text_or_empty(query.getColumn(4))});
    }
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return runs;
}

Result<StoredRun> RunStore::load_run(long long run) const {
  StoredRun out;
  out.id = run;
  SQLite::Database& db = *impl_->db;
  auto done = guarded(impl_->file, "cannot read run " + std::to_string(run), [&]() -> Result<void> {
    // One read transaction: a writer in another process cannot slip in between the queries.
    SQLite::Transaction transaction(db);
    if (auto row = read_run_row(db, out); !row) return row;
    out.page_count = count_rows(db, "pages", run);
    SQLite::Statement links(db, "SELECT coalesce(sum(count), 0) FROM page_links WHERE run_id = ?");
    bind_row(links, run);
    links.executeStep();
    out.link_count = links.getColumn(0).getInt64();
    read_categories(db, out);
    if (auto phones = read_phones(db, out); !phones) return phones;
    read_emails(db, out);
    if (auto forms = read_forms(db, out); !forms) return forms;
    read_addresses(db, out);
    read_channels(db, out);
    if (auto hours = read_hours(db, out); !hours) return hours;
    if (auto findings = read_findings(db, out); !findings) return findings;
    transaction.commit();
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return out;
}

Result<std::vector<crawl::Page>> RunStore::load_pages(long long run) const {
  std::vector<crawl::Page> pages;
  SQLite::Database& db = *impl_->db;
  const std::string what = "cannot read the pages of run " + std::to_string(run);
  auto done = guarded(impl_->file, what, [&]() -> Result<void> {
    SQLite::Transaction transaction(db);
    if (auto known = require_run(db, run); !known) return known;
    if (auto read = read_pages(db, run, pages); !read) return read;
    transaction.commit();
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return pages;
}

Result<std::optional<extract::PageAnalysis>> RunStore::load_analysis(long long run,
                                                                    const std::string& url) const {
  std::optional<extract::PageAnalysis> found;
  auto done = guarded(impl_->file, "cannot read the extraction of " + url, [&]() -> Result<void> {
    if (!impl_->analysis_query) {
      impl_->analysis_query = std::make_unique<SQLite::Statement>(
          *impl_->db, "SELECT document FROM page_analyses WHERE run_id = ? AND url = ?");
    }
    SQLite::Statement& query = *impl_->analysis_query;
    bind_row(query, run, url);
    const bool stored = query.executeStep();
    const std::string document = stored ? query.getColumn(0).getString() : std::string();
    query.reset();  // ends the read: a statement not reset holds its snapshot of the file
    if (!stored) return {};
    auto analysis = extract::decode_analysis(document);
    if (!analysis) return tl::unexpected(analysis.error());
    found = std::move(*analysis);
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return found;
}

Result<std::optional<long long>> RunStore::unfinished_run(const std::string& site) const {
  std::optional<long long> found;
  auto done = guarded(impl_->file, "cannot look for an unfinished run of " + site,
                      [&]() -> Result<void> {
                        SQLite::Statement query(*impl_->db,
                                                "SELECT id FROM runs WHERE site = ? AND "
                                                "finished_at IS NULL ORDER BY id DESC LIMIT 1");
                        bind_row(query, site);
                        if (query.executeStep()) found = query.getColumn(0).getInt64();
                        return {};
                      });
  if (!done) return tl::unexpected(done.error());
  return found;
}

Result<StoredCrawl> RunStore::load_crawl(long long run) const {
  StoredCrawl crawl;
  SQLite::Database& db = *impl_->db;
  const std::string what = "cannot read the crawl of run " + std::to_string(run);
  auto done = guarded(impl_->file, what, [&]() -> Result<void> {
    SQLite::Transaction transaction(db);
    if (auto known = require_run(db, run); !known) return known;
    if (auto read = read_pages(db, run, crawl.so_far.pages); !read) return read;
    if (auto read = read_links(db, run, crawl.so_far.links); !read) return read;
    if (auto read = read_checks(db, run, crawl.so_far.checks); !read) return read;
    if (auto read = read_analyses(db, run, crawl.analyses); !read) return read;
    transaction.commit();
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return crawl;
}

}  // namespace joignable::store
