// Where Chromium is installed and how every headless run of it starts, for the renderer
// (renderer.h) and report.pdf (report/pdf_printer.h). Plain functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace joignable::render {

// The Chromium binary to run: $JOIGNABLE_CHROMIUM when set (whatever it names), else the first of
// chromium, chromium-browser, google-chrome found on PATH, else /usr/bin/chromium; "" when none is
// installed.
std::string find_chromium();

// Whether `path` names an executable file.
bool is_executable(const std::string& path);

// A fresh, empty profile folder for one browser run ("<tmp>/joignable-<purpose>-<pid>-XXXXXX"),
// so no run sees another's cookies or cache. The caller removes it. A joignable killed by a
// signal cannot (its browser quits by itself when the pipe closes, the folder stays): the
// folders of `purpose` whose process is gone are removed here, at the next start.
Result<std::string> make_browser_profile(std::string_view purpose);

// `chromium` and the flags every headless run takes: the profile, no first run, GPU, extensions,
// background networking, component updates nor sync; --no-sandbox only as root, where
// Chromium's sandbox cannot start. The caller appends its own flags and the URL.
std::vector<std::string> headless_args(const std::string& chromium, const std::string& profile);

}  // namespace joignable::render
