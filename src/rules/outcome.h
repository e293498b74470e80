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

struct Finding {
  std::string url;       // the page or link concerned; may be empty for site-wide findings
  std::string evidence;  // what was observed, in neutral terms (status, number, source pages)
  std::map<std::string, std::string> fields;  // fills {name} placeholders of the rule's message
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
