// The crawl's rows in the store: pages with their redirects, links, link checks and each page's
// extraction, written batch by batch while the crawl runs and read back to resume it. Internal
// to store/ (RunStore calls these inside its transactions). Not thread-safe.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "crawl/page.h"
#include "extract/contact_points.h"
#include "util/result.h"

namespace joignable::store {

// A URL stored before for this run is replaced (its row keeps its id, hence its place).
void write_pages(SQLite::Database& db, long long run, const std::vector<crawl::Page>& pages);
void write_links(SQLite::Database& db, long long run, const std::vector<crawl::Link>& links);
void write_checks(SQLite::Database& db, long long run, const std::vector<crawl::LinkCheck>& checks);
void write_analyses(SQLite::Database& db, long long run,
                    const std::vector<std::pair<std::string, std::string>>& documents);

// In the order they were first written.
[[nodiscard]] Result<void> read_pages(SQLite::Database& db, long long run,
                                      std::vector<crawl::Page>& out);
[[nodiscard]] Result<void> read_links(SQLite::Database& db, long long run,
                                      std::vector<crawl::Link>& out);
[[nodiscard]] Result<void> read_checks(SQLite::Database& db, long long run,
                                       std::vector<crawl::LinkCheck>& out);
[[nodiscard]] Result<void> read_analyses(SQLite::Database& db, long long run,
                                         std::map<std::string, extract::PageAnalysis>& out);

}  // namespace joignable::store
