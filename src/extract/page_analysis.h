// analyse_page: the extract stage's entry point. One HTML page in, its title, links and contact
// points out (see contact_points.h); the pipeline and `joignable extract` call it. Any bytes are
// accepted: a broken page yields what can be read from it, never an error. Thread-safe: the
// only state shared between calls is the phone line cache (phone_line_cache.h), which locks,
// so pages can be analysed on several threads at once.
#pragma once

#include <string>
#include <string_view>

#include "extract/contact_points.h"

namespace joignable::extract {

// `page_url` is the page's final URL (after redirects), against which links resolve; `region`
// is the ISO 3166 code ("FR") for numbers written without a country code. Phones, e-mails,
// addresses, social links and help mechanisms come from what a reader sees (hidden elements are
// ignored, see visible_text.h); links, forms and chat widgets come from the whole document,
// hidden drop-down menus, modal forms and scripts included.
PageAnalysis analyse_page(std::string_view html, const std::string& page_url,
                          const std::string& region);

}  // namespace joignable::extract
