// Exit codes, as CONTRACT.md promises them to scripts and CI jobs.
#pragma once

namespace joignable::cli {

enum class ExitCode : int {
  ok = 0,
  below_threshold = 1,  // the audit ran; the score is under --fail-under (or --strict and an error)
  usage = 2,            // bad command line or target file; the message names file, line and key
  unreachable = 3,      // the home page could not be fetched: nothing else could be audited
  internal = 70,        // a bug in joignable (EX_SOFTWARE); the message says what happened
};

inline int to_int(ExitCode code) { return static_cast<int>(code); }

}  // namespace joignable::cli
