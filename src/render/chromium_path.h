// Where Chromium is installed, for the renderer (renderer.h) and report.pdf (report/pdf_printer.h).
// Plain functions; thread-safe.
#pragma once

#include <string>

namespace joignable::render {

// The Chromium binary to run: $JOIGNABLE_CHROMIUM when set (whatever it names), else the first of
// chromium, chromium-browser, google-chrome found on PATH, else /usr/bin/chromium; "" when none is
// installed.
std::string find_chromium();

// Whether `path` names an executable file.
bool is_executable(const std::string& path);

}  // namespace joignable::render
