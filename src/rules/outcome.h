// What one rule concludes about a site. Rules fill Finding::fields with raw values; the text a
// reader sees is made from the rule's message template when the report is built. Plain values.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "target/target.h"

namespace joignable::rules {

enum class Severity { error, warning, info };

// What was observed is data: `evidence_id` names one of the rule's evidence templates
// (rules/<category>.toml, `evidence.fr`/`.en`, or `evidence.<id>.fr`/`.en` when a rule has
// several) and `fields` holds the raw values its placeholders and the message's take. The report
// shows each value in its language by the field's name (report/values.h lists the names it knows:
// `type` is a phone type, `status` a fetch status, `*_spec` weekly hours, `*_count` a number,
// `pages` a list of URLs...), so raw values stay machine-readable in report.json.
struct Finding {
  std::string url;  // the page or link concerned; may be empty for site-wide findings
  std::string evidence;  // free text, shown only when the rule declares no evidence template
  std::map<std::string, std::string> fields;  // fills {name} placeholders of message and evidence
  std::string evidence_id = {};  // the rule's evidence template; "" for its only one
};

struct Outcome {
  enum class Status { pass, fail, not_applicable, error };
  Status status = Status::pass;
  std::vector<Finding> findings;  // non-empty exactly when status is fail
  std::string error_message;      // when status is error

  static Outcome passed() { return {}; }
  static Outcome not_applicable() { return {Status::not_applicable, {}, {}}; }
  static Outcome failed(std::vector<Finding> findings) {
    return {Status::fail, std::move(findings), {}};
  }
};

using RuleOptions = std::map<std::string, target::OptionValue>;

struct RuleInput {
  const model::SiteModel& site;
  const RuleOptions& options;  // the declaration's defaults, overridden by the target
};

using RuleFunction = Outcome (*)(const RuleInput&);

}  // namespace joignable::rules
