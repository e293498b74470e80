#include "store/crawl_rows.h"

#include "extract/contact_points_json.h"
#include "store/spelling.h"
#include "store/statement.h"

namespace joignable::store {

void write_pages(SQLite::Database& db, long long run, const std::vector<crawl::Page>& pages) {
  SQLite::Statement upsert(
      db,
      "INSERT INTO pages (run_id, url, final_url, depth, http_status, net_error, error_detail, "
      "blocked, content_type, truncated, disallowed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (run_id, url) DO UPDATE SET final_url = excluded.final_url, "
      "depth = excluded.depth, http_status = excluded.http_status, "
      "net_error = excluded.net_error, error_detail = excluded.error_detail, "
      "blocked = excluded.blocked, content_type = excluded.content_type, "
      "truncated = excluded.truncated, disallowed = excluded.disallowed RETURNING id");
  SQLite::Statement clear(db, "DELETE FROM redirects WHERE page_id = ?");
  SQLite::Statement hop(db, "INSERT INTO redirects (page_id, hop, url) VALUES (?, ?, ?)");
  for (const crawl::Page& page : pages) {
    bind_row(upsert, run, page.url, page.final_url, page.depth, page.status.http_status,
             crawl::to_string(page.status.error), page.status.error_detail, page.status.blocked,
             page.content_type, page.truncated, page.status.disallowed_by_robots);
    upsert.executeStep();
    const long long id = upsert.getColumn(0).getInt64();
    upsert.reset();
    exec_row(clear, id);
    for (std::size_t i = 0; i < page.redirects.size(); ++i) {
      exec_row(hop, id, static_cast<int>(i), page.redirects[i]);
    }
  }
}

namespace {

// A page's links are one row of page_links (migrations.cpp, step 5): a line per link, its kind,
// target, fragment and text separated by tabs; a backslash, tab or newline in a field is
// written as a backslash followed by '\', 't' or 'n'.
void append_field(std::string& out, std::string_view field) {
  for (const char c : field) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

std::string unescape_field(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out += field[i];
      continue;
    }
    const char next = field[++i];
    out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

}  // namespace

void write_links(SQLite::Database& db, long long run, const std::vector<crawl::Link>& links) {
  SQLite::Statement insert(
      db, "INSERT INTO page_links (run_id, from_url, count, links) VALUES (?, ?, ?, ?)");
  std::string lines;
  for (std::size_t first = 0; first < links.size();) {
    lines.clear();
    std::size_t end = first;
    for (; end < links.size() && links[end].from == links[first].from; ++end) {
      const crawl::Link& link = links[end];
      if (end > first) lines += '\n';
      lines += crawl::to_string(link.kind);
      lines += '\t';
      append_field(lines, link.to);
      lines += '\t';
      append_field(lines, link.fragment);
      lines += '\t';
      append_field(lines, link.text);
    }
    exec_row(insert, run, links[first].from, static_cast<long long>(end - first), lines);
    first = end;
  }
}

void write_checks(SQLite::Database& db, long long run,
                  const std::vector<crawl::LinkCheck>& checks) {
  SQLite::Statement upsert(db,
                           "INSERT OR REPLACE INTO checks (run_id, url, internal, http_status, "
                           "net_error, error_detail, blocked, disallowed) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const crawl::LinkCheck& check : checks) {
    exec_row(upsert, run, check.url, check.internal, check.status.http_status,
             crawl::to_string(check.status.error), check.status.error_detail,
             check.status.blocked, check.status.disallowed_by_robots);
  }
}

void write_analyses(SQLite::Database& db, long long run,
                    const std::vector<std::pair<std::string, std::string>>& documents) {
  SQLite::Statement upsert(
      db, "INSERT OR REPLACE INTO page_analyses (run_id, url, document) VALUES (?, ?, ?)");
  for (const auto& [url, document] : documents) {
    exec_row(upsert, run, url, document);
  }
}

Result<void> read_pages(SQLite::Database& db, long long run, std::vector<crawl::Page>& out) {
  SQLite::Statement query(db,
                          "SELECT id, url, final_url, depth, http_status, net_error, error_detail, "
                          "blocked, content_type, truncated, disallowed FROM pages "
                          "WHERE run_id = ? ORDER BY id");
  SQLite::Statement hops(db, "SELECT url FROM redirects WHERE page_id = ? ORDER BY hop");
  bind_row(query, run);
  while (query.executeStep()) {
    auto error = parse_net_error(query.getColumn(5).getString());
    if (!error) return tl::unexpected(error.error());
    crawl::Page page;
    page.url = query.getColumn(1).getString();
    page.final_url = query.getColumn(2).getString();
    page.depth = optional_int(query.getColumn(3));
    page.status = crawl::FetchStatus{query.getColumn(4).getInt(), *error,
                                     query.getColumn(6).getString(), flag(query.getColumn(7)),
                                     flag(query.getColumn(10))};
    page.content_type = query.getColumn(8).getString();
    bind_row(hops, static_cast<long long>(query.getColumn(0).getInt64()));
    while (hops.executeStep()) page.redirects.push_back(hops.getColumn(0).getString());
    hops.reset();
    page.truncated = flag(query.getColumn(9));
    out.push_back(std::move(page));
  }
  return {};
}

Result<void> read_links(SQLite::Database& db, long long run, std::vector<crawl::Link>& out) {
  SQLite::Statement query(
      db, "SELECT from_url, links FROM page_links WHERE run_id = ? ORDER BY rowid");
  bind_row(query, run);
  while (query.executeStep()) {
    const std::string from = query.getColumn(0).getString();
    const std::string lines = query.getColumn(1).getString();
    for (const std::string_view line : split(lines, '\n')) {
      const auto fields = split(line, '\t');
      if (fields.size() != 4) {
        return make_error(Error::Code::database, "a stored link of " + from + " is malformed");
      }
      auto kind = parse_link_kind(fields[0]);
      if (!kind) return tl::unexpected(kind.error());
      out.push_back(crawl::Link{from, unescape_field(fields[1]), *kind, unescape_field(fields[3]),
                                unescape_field(fields[2])});
    }
  }
  return {};
}

Result<void> read_checks(SQLite::Database& db, long long run,
                         std::vector<crawl::LinkCheck>& out) {
  SQLite::Statement query(db,
                          "SELECT url, internal, http_status, net_error, error_detail, blocked, "
                          "disallowed FROM checks WHERE run_id = ?");
  bind_row(query, run);
  while (query.executeStep()) {
    auto error = parse_net_error(query.getColumn(3).getString());
    if (!error) return tl::unexpected(error.error());
    crawl::FetchStatus status{query.getColumn(2).getInt(), *error, query.getColumn(4).getString(),
                              flag(query.getColumn(5)), flag(query.getColumn(6))};
    out.push_back(crawl::LinkCheck{query.getColumn(0).getString(), status,
                                   flag(query.getColumn(1))});
  }
  return {};
}

Result<void> read_analyses(SQLite::Database& db, long long run,
                           std::map<std::string, extract::PageAnalysis>& out) {
  SQLite::Statement query(db, "SELECT url, document FROM page_analyses WHERE run_id = ?");
  bind_row(query, run);
  while (query.executeStep()) {
    auto analysis = extract::decode_analysis(query.getColumn(1).getString());
    if (!analysis) return tl::unexpected(analysis.error());
    out.insert_or_assign(query.getColumn(0).getString(), std::move(*analysis));
  }
  return {};
}

}  // namespace joignable::store
