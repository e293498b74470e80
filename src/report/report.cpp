#include "report/report.h"

namespace joignable::report {

std::string_view to_string(rules::Outcome::Status status) {
  switch (status) {
    case rules::Outcome::Status::pass: return "pass";
    case rules::Outcome::Status::fail: return "fail";
    case rules::Outcome::Status::not_applicable: return "not_applicable";
    case rules::Outcome::Status::error: return "error";
  }
  return "error";
}

}  // namespace joignable::report
