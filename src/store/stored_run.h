// StoredRun: a run as RunStore::load_run reads it back from the file: the target, how much was
// crawled, and what finish_run kept of the report, in the model's and the report's own types
// (`compare` and `probe` read them). A plain value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "report/report.h"

namespace joignable::store {

struct StoredRun {
  long long id = 0;
  std::string target_name, site, region, lang;
  std::string target_file;  // "" for a bare URL
  std::string started_at, finished_at;
  std::string tool_version;  // "" until finished
  long long page_count = 0;
  long long link_count = 0;
  std::optional<int> overall_score;
  std::string grade;
  std::vector<report::CategorySummary> categories;  // display order
  std::vector<model::SitePhone> phones;
  std::vector<model::SitePhone> faxes;
  std::vector<model::SiteEmail> emails;
  std::vector<model::SiteForm> forms;
  std::vector<model::SiteAddress> addresses;
  std::vector<model::SiteChannel> chat_widgets;
  std::vector<model::SiteChannel> social_links;
  std::vector<std::string> callback_pages;
  std::vector<model::SiteHours> hours;  // the weekly tables, as their spec gives them back
  std::optional<model::ContactPage> contact_page;
  std::vector<report::ReportFinding> findings;  // in the report's order
};

}  // namespace joignable::store
