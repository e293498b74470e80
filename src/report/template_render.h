// Renders one of the reports/ mustache templates with a view, every value through html_escape.
// For the writers of report/ only: it keeps kainjow's types inside this stage. Thread-safe.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "report/labels.h"
#include "util/result.h"

namespace joignable::report {

// Fails, naming the file, when the template cannot be read, parsed or rendered.
[[nodiscard]] Result<std::string> render_template(const std::filesystem::path& path,
                                                  const kainjow::mustache::data& view);

// `labels` in `lang` as one object, key -> text, for a template's {{t.key}}.
kainjow::mustache::data labels_view(std::span<const Label> labels, std::string_view lang);

}  // namespace joignable::report
