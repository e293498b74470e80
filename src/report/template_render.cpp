#include "report/template_render.h"

#include <fstream>
#include <sstream>

#include "report/escape.h"

namespace joignable::report {

Result<std::string> render_template(const std::filesystem::path& path,
                                    const kainjow::mustache::data& view) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream source;
  if (in) source << in.rdbuf();
  if (!in || in.bad())
    return make_error(Error::Code::io, "cannot read the template", path.string());
  kainjow::mustache::mustache tmpl(source.str());
  tmpl.set_custom_escape([](const std::string& value) { return html_escape(value); });
  if (!tmpl.is_valid()) {
    return make_error(Error::Code::input, "invalid template: " + tmpl.error_message(),
                      path.string());
  }
  std::string html = tmpl.render(view);
  if (!tmpl.is_valid()) {
    return make_error(Error::Code::input, "cannot render template: " + tmpl.error_message(),
                      path.string());
  }
  return html;
}

kainjow::mustache::data labels_view(std::span<const Label> labels, std::string_view lang) {
  kainjow::mustache::data view;
  for (const auto& label : labels) {
    view.set(std::string(label.key), std::string(lang == "en" ? label.en : label.fr));
  }
  return view;
}

}  // namespace joignable::report
