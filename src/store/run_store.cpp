#include "store/run_store.h"

#include <algorithm>

#include <string>
#include <utility>

#include <SQLiteCpp/SQLiteCpp.h>

#include "report/report.h"
#include "rules/catalogue.h"
#include "store/crawl_batch.h"
#include "store/crawl_rows.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/run_store_impl.h"
#include "store/screenshot_rows.h"
#include "store/statement.h"

namespace joignable::store {
namespace {

std::string run_label(long long run) { return "run " + std::to_string(run); }

void write_run_row(SQLite::Database& db, long long run, const report::Report& report) {
  SQLite::Statement update(db,
                           "UPDATE runs SET finished_at = ?, tool_version = ?, overall_score = ?, "
                           "grade = ?, contact_page_url = ?, contact_page_depth = ?, "
                           "page_count = ?, new_findings = ?, fixed_findings = ? WHERE id = ?");
  bind_row(update, report.finished_at, report.tool_version, report.overall_score, report.grade);
  if (const auto& contact = report.site_model.contact_page) {
    bind_value(update, 5, contact->url);
    bind_value(update, 6, contact->depth);
  }  // otherwise both stay NULL: no contact page was found
  bind_value(update, 7, static_cast<long long>(report.site_model.pages.size()));
  bind_value(update, 8, static_cast<int>(report.changes.new_findings.size()));
  bind_value(update, 9, static_cast<int>(report.changes.fixed.size()));
  bind_value(update, 10, run);
  update.exec();
}

void write_phones(SQLite::Database& db, long long run, const std::vector<model::SitePhone>& phones,
                  bool fax) {
  SQLite::Statement phone(db,
                          "INSERT INTO phones (run_id, fax, e164, display, type, tel_link, "
                          "text_only_somewhere, structured_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement page(db,
                         "INSERT INTO phone_pages (phone_id, position, page_url, shown) "
                         "VALUES (?, ?, ?, ?)");
  for (const model::SitePhone& p : phones) {
    exec_row(phone, run, fax, p.e164, p.display, extract::to_string(p.type), p.tel_link,
             p.text_only_somewhere, p.structured_data);
    const long long id = db.getLastInsertRowid();
    for (std::size_t i = 0; i < p.pages.size(); ++i) {
      const bool shown = std::find(p.unshown_pages.begin(), p.unshown_pages.end(), p.pages[i]) ==
                         p.unshown_pages.end();
      exec_row(page, id, static_cast<int>(i), p.pages[i], shown);
    }
  }
}

void write_emails(SQLite::Database& db, long long run,
                  const std::vector<model::SiteEmail>& emails) {
  SQLite::Statement email(db, "INSERT INTO emails (run_id, address) VALUES (?, ?)");
  SQLite::Statement page(db,
                         "INSERT INTO email_pages (email_id, position, page_url) VALUES (?, ?, ?)");
  for (const model::SiteEmail& e : emails) {
    exec_row(email, run, e.address);
    const long long id = db.getLastInsertRowid();
    for (std::size_t i = 0; i < e.pages.size(); ++i) {
      exec_row(page, id, static_cast<int>(i), e.pages[i]);
    }
  }
}

void write_hours(SQLite::Database& db, long long run, const std::vector<model::SiteHours>& hours) {
  SQLite::Statement row(db,
                        "INSERT INTO hours (run_id, position, source, origin, url, spec, evidence) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement page(db,
                         "INSERT INTO hours_pages (run_id, hours_position, position, page_url) "
                         "VALUES (?, ?, ?, ?)");
  for (std::size_t i = 0; i < hours.size(); ++i) {
    const model::SiteHours& h = hours[i];
    exec_row(row, run, static_cast<int>(i), h.source, std::string(extract::to_string(h.origin)),
             h.url, extract::to_spec(h.hours), h.evidence);
    for (std::size_t p = 0; p < h.pages.size(); ++p) {
      exec_row(page, run, static_cast<int>(i), static_cast<int>(p), h.pages[p]);
    }
  }
}

void write_forms(SQLite::Database& db, long long run, const std::vector<model::SiteForm>& forms) {
  SQLite::Statement insert(
      db,
      "INSERT INTO forms (run_id, position, page_url, kind, action, method, fields, has_textarea, "
      "has_free_text, unlabelled_fields, captcha, action_http_status, action_net_error, "
      "action_error_detail, action_blocked, captcha_kind, enctype, required_fields, "
      "autocomplete_name, autocomplete_email, autocomplete_tel) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const model::SiteForm& f = forms[i];
    bind_row(insert, run, static_cast<int>(i), f.page, extract::to_string(f.form.kind),
             f.form.action, f.form.method, f.form.fields, f.form.has_textarea, f.form.has_free_text,
             f.form.unlabelled_fields, f.form.captcha);
    if (const auto& status = f.action_status) {
      bind_value(insert, 12, status->http_status);
      bind_value(insert, 13, crawl::to_string(status->error));
      bind_value(insert, 14, status->error_detail);
      bind_value(insert, 15, status->blocked);
    }  // otherwise the four stay NULL: the action was never fetched
    bind_value(insert, 16, f.form.captcha_kind);
    bind_value(insert, 17, f.form.enctype);
    bind_value(insert, 18, f.form.required_fields);
    bind_value(insert, 19, f.form.autocomplete_name);
    bind_value(insert, 20, f.form.autocomplete_email);
    bind_value(insert, 21, f.form.autocomplete_tel);
    insert.exec();
  }
}

void write_addresses(SQLite::Database& db, long long run,
                     const std::vector<model::SiteAddress>& addresses) {
  SQLite::Statement insert(db,
                           "INSERT INTO addresses (run_id, street, postal_code, locality, country) "
                           "VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement page(
      db, "INSERT INTO address_pages (address_id, position, page_url) VALUES (?, ?, ?)");
  for (const model::SiteAddress& a : addresses) {
    exec_row(insert, run, a.address.street, a.address.postal_code, a.address.locality,
             a.address.country);
    const long long id = db.getLastInsertRowid();
    for (std::size_t i = 0; i < a.pages.size(); ++i) {
      exec_row(page, id, static_cast<int>(i), a.pages[i]);
    }
  }
}

void write_channels(SQLite::Database& db, long long run, const model::SiteModel& site) {
  SQLite::Statement insert(db,
                           "INSERT INTO channels (run_id, kind, name, url) VALUES (?, ?, ?, ?)");
  SQLite::Statement page(
      db, "INSERT INTO channel_pages (channel_id, position, page_url) VALUES (?, ?, ?)");
  const auto write = [&](std::string_view kind, const std::string& name, const std::string& url,
                         const std::vector<std::string>& pages) {
    exec_row(insert, run, kind, name, url);
    const long long id = db.getLastInsertRowid();
    for (std::size_t i = 0; i < pages.size(); ++i) exec_row(page, id, static_cast<int>(i), pages[i]);
  };
  for (const auto& chat : site.chat_widgets) write("chat", chat.kind, chat.url, chat.pages);
  for (const auto& social : site.social_links) write("social", social.kind, social.url, social.pages);
  if (!site.callback_pages.empty()) write("callback", "", "", site.callback_pages);
}

void write_findings(SQLite::Database& db, long long run,
                    const std::vector<report::ReportFinding>& findings) {
  SQLite::Statement insert(db,
                           "INSERT INTO findings (run_id, position, rule, category, severity, "
                           "weight, url, message, evidence, key, is_new) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const report::ReportFinding& f = findings[i];
    exec_row(insert, run, static_cast<int>(i), f.rule, f.category, rules::to_string(f.severity),
             f.weight, f.url, f.message, f.evidence, f.key, f.is_new);
  }
}

void write_rule_outcomes(SQLite::Database& db, long long run,
                         const std::vector<report::RuleSummary>& rules) {
  SQLite::Statement insert(db,
                           "INSERT INTO rule_outcomes (run_id, position, rule, category, status, "
                           "findings) VALUES (?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const report::RuleSummary& r = rules[i];
    exec_row(insert, run, static_cast<int>(i), r.id, r.category, report::to_string(r.status),
             r.findings);
  }
}

void write_categories(SQLite::Database& db, long long run,
                      const std::vector<report::CategorySummary>& categories) {
  SQLite::Statement insert(db,
                           "INSERT INTO category_scores (run_id, position, category, title, score) "
                           "VALUES (?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < categories.size(); ++i) {
    const report::CategorySummary& c = categories[i];
    exec_row(insert, run, static_cast<int>(i), c.id, c.title, c.score);
  }
}

// Refuses to finish a run twice: its contact points and findings would be stored twice.
Result<void> require_unfinished(SQLite::Database& db, long long run) {
  SQLite::Statement query(db, "SELECT finished_at FROM runs WHERE id = ?");
  bind_row(query, run);
  if (!query.executeStep()) return make_error(Error::Code::database, "no " + run_label(run));
  if (!query.getColumn(0).isNull()) {
    return make_error(Error::Code::database, run_label(run) + " is already finished");
  }
  return {};
}

}  // namespace

Result<void> require_run(SQLite::Database& db, long long run) {
  SQLite::Statement query(db, "SELECT 1 FROM runs WHERE id = ?");
  bind_row(query, run);
  if (!query.executeStep()) return make_error(Error::Code::database, "no " + run_label(run));
  return {};
}

RunStore::RunStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RunStore::RunStore(RunStore&&) noexcept = default;
RunStore& RunStore::operator=(RunStore&&) noexcept = default;
RunStore::~RunStore() = default;

Result<RunStore> RunStore::open(const std::filesystem::path& db_file) {
  auto db = open_database(db_file);
  if (!db) return tl::unexpected(db.error());
  if (auto migrated = migrate(**db, db_file.string()); !migrated) {
    return tl::unexpected(migrated.error());
  }
  return RunStore(std::make_unique<Impl>(Impl{db_file.string(), std::move(*db), nullptr}));
}

Result<long long> RunStore::begin_run(const target::Target& target, const std::string& started_at) {
  return begin_run(target, started_at, target_key(target));
}

Result<long long> RunStore::begin_run(const target::Target& target, const std::string& started_at,
                                      const TargetKey& key) {
  long long id = 0;
  auto done = guarded(impl_->file, "cannot record a new run", [&]() -> Result<void> {
    SQLite::Statement insert(*impl_->db,
                             "INSERT INTO runs (target_name, site, region, lang, target_file, "
                             "started_at, site_key) VALUES (?, ?, ?, ?, ?, ?, ?)");
    exec_row(insert, key.name.value_or(target.name), target.site, target.region, target.lang,
             target.source_file, started_at, site_key(key.site));
    id = impl_->db->getLastInsertRowid();
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return id;
}

Result<void> RunStore::add_pages(long long run, const std::vector<crawl::Page>& pages) {
  CrawlBatch batch;
  batch.pages = pages;
  return add_crawl_batch(run, batch);
}

Result<void> RunStore::add_crawl_batch(long long run, const CrawlBatch& batch) {
  SQLite::Database& db = *impl_->db;
  return guarded(impl_->file, "cannot store the crawl of " + run_label(run), [&]() -> Result<void> {
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    if (auto known = require_run(db, run); !known) return known;
    write_pages(db, run, batch.pages);
    write_links(db, run, batch.links);
    write_checks(db, run, batch.checks);
    write_analyses(db, run, batch.analyses);
    transaction.commit();
    return {};
  });
}

Result<void> RunStore::finish_run(long long run, const report::Report& report) {
  SQLite::Database& db = *impl_->db;
  const std::string what = "cannot store the results of " + run_label(run);
  return guarded(impl_->file, what, [&]() -> Result<void> {
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    if (auto open_run = require_unfinished(db, run); !open_run) return open_run;
    write_run_row(db, run, report);
    write_categories(db, run, report.categories);
    write_phones(db, run, report.site_model.phones, false);
    write_phones(db, run, report.site_model.faxes, true);
    write_emails(db, run, report.site_model.emails);
    write_forms(db, run, report.site_model.forms);
    write_addresses(db, run, report.site_model.addresses);
    write_channels(db, run, report.site_model);
    write_hours(db, run, report.site_model.hours);
    write_findings(db, run, report.findings);
    write_rule_outcomes(db, run, report.rules);
    write_screenshots(db, run, report.screenshots);
    transaction.commit();
    return {};
  });
}

}  // namespace joignable::store
