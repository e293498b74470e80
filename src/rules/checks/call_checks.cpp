// Rules of the consultant's call log (phone.unanswered, hours.not_honoured, phone.long_wait,
// phone.callback_missed, phone.call_unpublished): each call of a published number, held against
// what each source of hours said at that moment (model/call_hours.h). Without a call log they are
// not applicable, never passed. Day and outcome go into the findings as codes ("Tu",
// "closed_message"), which the report puts into words in its language.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

using calls::CallOutcome;

std::string two_digits(int value) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d", value);
  return text;
}

// The fields every call finding shares: {day} {date} {time} {number} {outcome} {line}, raw
// (report/values.h puts them into words).
std::map<std::string, std::string> call_fields(const model::HeldCall& held) {
  const calls::Call& call = held.call;
  const util::CivilTime& local = call.at.local;
  return {{"day", std::string(extract::kDayNames[call.at.weekday])},
          {"date", std::to_string(local.year) + "-" + two_digits(local.month) + "-" +
                       two_digits(local.day)},
          {"time", two_digits(local.hour) + ":" + two_digits(local.minute)},
          {"number", call.number},
          {"outcome", std::string(calls::to_string(call.outcome))},
          {"line", std::to_string(call.line)}};
}

// The calls the rules judge: those of a number the company publishes.
std::vector<const model::HeldCall*> published_calls(const model::SiteModel& site) {
  std::vector<const model::HeldCall*> out;
  for (const model::HeldCall& held : site.calls) {
    if (held.published) out.push_back(&held);
  }
  return out;
}

}  // namespace

Outcome check_phone_unanswered(const RuleInput& in) {
  auto min_rate = number_option(in.options, "min_answer_rate");
  if (!min_rate) return min_rate.error();
  int answered = 0;
  std::vector<const model::HeldCall*> unanswered;
  for (const model::HeldCall* held : published_calls(in.site)) {
    if (!held->open_somewhere()) continue;
    if (held->call.outcome == CallOutcome::answered)
      ++answered;
    else if (calls::reached_no_one(held->call.outcome))
      unanswered.push_back(held);
  }
  const int total = answered + static_cast<int>(unanswered.size());
  if (total == 0) return Outcome::not_applicable();
  const double rate = static_cast<double>(answered) / total;
  if (rate >= *min_rate) return Outcome::passed();
  Finding finding;
  finding.fields = {{"answered", std::to_string(answered)},
                    {"unanswered", std::to_string(unanswered.size())},
                    {"calls", std::to_string(total)},
                    {"rate", std::to_string(static_cast<int>(std::lround(rate * 100)))},
                    {"min_rate", std::to_string(static_cast<int>(std::lround(*min_rate * 100)))}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_hours_not_honoured(const RuleInput& in) {
  const auto judged = published_calls(in.site);
  const bool any_open = std::any_of(judged.begin(), judged.end(), [](const model::HeldCall* held) {
    return held->open_somewhere();
  });
  if (!any_open) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const model::HeldCall* held : judged) {
    const CallOutcome outcome = held->call.outcome;
    if (outcome != CallOutcome::closed_message && outcome != CallOutcome::no_answer) continue;
    for (const model::SourceAtCall& source : held->sources) {
      if (!source.open) continue;
      Finding finding;
      finding.fields = call_fields(*held);
      finding.fields["source"] = source.source;
      finding.fields["day_hours"] = source.day_hours;
      findings.push_back(std::move(finding));
    }
  }
  return fail_if_any(std::move(findings));
}

Outcome check_phone_long_wait(const RuleInput& in) {
  auto max_seconds = int_option(in.options, "max_seconds");
  if (!max_seconds) return max_seconds.error();
  const auto judged = published_calls(in.site);
  if (judged.empty()) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const model::HeldCall* held : judged) {
    const calls::Call& call = held->call;
    if (call.wait_seconds <= *max_seconds && call.outcome != CallOutcome::dropped) continue;
    Finding finding;
    finding.fields = call_fields(*held);
    finding.fields["wait"] = std::to_string(call.wait_seconds);
    finding.fields["max_seconds"] = std::to_string(*max_seconds);
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_phone_callback_missed(const RuleInput& in) {
  auto max_hours = number_option(in.options, "max_hours");
  if (!max_hours) return max_hours.error();
  bool any_promised = false;
  std::vector<Finding> findings;
  for (const model::HeldCall* held : published_calls(in.site)) {
    const calls::Call& call = held->call;
    if (!call.callback_promised) continue;
    any_promised = true;
    const auto after = call.callback_after_seconds();
    if (after && static_cast<double>(*after) <= *max_hours * 3600) continue;
    Finding finding;
    finding.fields = call_fields(*held);
    finding.fields["callback"] = after ? "late" : "never";
    finding.fields["after_hours"] = after ? hours_text(static_cast<double>(*after) / 3600, 1) : "";
    finding.fields["max_hours"] = hours_text(*max_hours, 1);
    findings.push_back(std::move(finding));
  }
  if (!any_promised) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

Outcome check_phone_call_unpublished(const RuleInput& in) {
  if (in.site.calls.empty()) return Outcome::not_applicable();
  std::set<std::string> noted;
  std::vector<Finding> findings;
  for (const model::HeldCall& held : in.site.calls) {
    if (held.published || !noted.insert(held.call.number).second) continue;
    Finding finding;
    finding.fields = call_fields(held);
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
