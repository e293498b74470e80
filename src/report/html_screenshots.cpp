#include "report/html_screenshots.h"

#include <map>
#include <string>

#include "report/escape.h"
#include "report/labels.h"
#include "rules/message.h"
#include "util/base64.h"

namespace joignable::report {
namespace {

namespace mu = kainjow::mustache;

std::string without_fragment(const std::string& url) { return url.substr(0, url.find('#')); }

std::string outlined_text(const render::Screenshot& shot, std::string_view lang) {
  return rules::format_message(std::string(label("screenshot_outlined", lang)),
                               {{"phones", std::to_string(shot.outlined.phones)},
                                {"forms", std::to_string(shot.outlined.forms)},
                                {"hours", std::to_string(shot.outlined.hours)}});
}

bool same_outlined(const render::Screenshot& a, const render::Screenshot& b) {
  return a.outlined.phones == b.outlined.phones && a.outlined.forms == b.outlined.forms &&
         a.outlined.hours == b.outlined.hours;
}

// `own_outlined`: the capture's outlines differ from the page's other capture (an element
// hidden at one width), so its caption says them.
mu::data shot_item(const render::Screenshot& shot, const std::string& page_title,
                   bool own_outlined, std::string_view lang) {
  const std::map<std::string, std::string> fields = {{"width", std::to_string(shot.width)}};
  const std::string view = rules::format_message(
      std::string(label(shot.mobile ? "screenshot_on_phone" : "screenshot_on_desktop", lang)),
      fields);
  mu::data item;
  item.set("data", util::base64_encode(shot.jpeg));
  item.set("width", std::to_string(shot.width));
  item.set("height", std::to_string(shot.height));
  item.set("view_class", std::string(shot.mobile ? "shot-phone" : "shot-desktop"));
  item.set("alt", page_title + ", " + view);
  item.set("caption", view);
  item.set("has_outlined", mu::data(own_outlined));
  item.set("outlined", own_outlined ? outlined_text(shot, lang) : std::string());
  return item;
}

// The findings whose URL is the page's, most urgent first (the report's order).
mu::data findings_on(const Report& report, const std::string& url) {
  mu::data list{mu::data::type::list};
  for (const ReportFinding& finding : report.findings) {
    if (finding.url.empty() || without_fragment(finding.url) != without_fragment(url)) continue;
    mu::data item;
    item.set("message", finding.message);
    item.set("severity_class", "sev-" + std::string(rules::to_string(finding.severity)));
    item.set("severity_label",
             std::string(label("severity_" + std::string(rules::to_string(finding.severity)),
                               report.lang)));
    list.push_back(item);
  }
  return list;
}

}  // namespace

void add_screenshots(mu::data& view, const Report& report) {
  const std::string_view lang = report.lang;
  mu::data pages{mu::data::type::list};
  // Shots come page by page, phone width first (cli/screenshots.h): one entry per page.
  for (std::size_t i = 0; i < report.screenshots.size();) {
    const render::Screenshot& first = report.screenshots[i];
    const std::string title(label("screenshot_page_" + first.role, lang));
    std::size_t end = i;
    bool all_same = true;
    for (; end < report.screenshots.size() && report.screenshots[end].page == first.page; ++end) {
      all_same = all_same && same_outlined(report.screenshots[end], first);
    }
    mu::data shots{mu::data::type::list};
    for (; i < end; ++i) shots.push_back(shot_item(report.screenshots[i], title, !all_same, lang));
    mu::data page;
    // One line under the pair when both widths outlined the same, as they mostly do.
    page.set("has_outlined", mu::data(all_same));
    page.set("outlined", all_same ? outlined_text(first, lang) : std::string());
    page.set("title", title);
    page.set("url", first.page);
    const std::string href = safe_href(first.page);
    page.set("href", href);
    page.set("linkable", mu::data(href != "#"));
    page.set("shots", shots);
    mu::data findings = findings_on(report, first.page);
    page.set("has_findings", mu::data(!findings.is_empty_list()));
    page.set("findings", findings);
    pages.push_back(page);
  }
  std::string note;
  if (report.screenshots_note == render::kNoBrowserNote) {
    note = label("screenshots_no_browser", lang);
  } else if (!report.screenshots_note.empty()) {
    note = std::string(label("screenshots_failed", lang)) + " (" + report.screenshots_note + ")";
  }
  mu::data section;
  section.set("has_note", mu::data(!note.empty()));
  section.set("note", note);
  section.set("has_pages", mu::data(!report.screenshots.empty()));
  section.set("pages", pages);
  view.set("has_screenshots_section", mu::data(!note.empty() || !report.screenshots.empty()));
  view.set("screenshots", section);
}

}  // namespace joignable::report
