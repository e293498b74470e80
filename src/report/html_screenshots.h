// The view of the HTML report's "What a visitor sees" section (Ce que voit un visiteur): the
// home and contact pages' screenshots (render/screenshot.h) embedded as data: URIs, so that the
// report stays one file, each page's pair beside the findings about that page; or the one note
// saying why there are none. Part of the html writer, split from html_writer.cpp for size: only
// html_writer.cpp includes it, so mustache stays in the writer. Pure; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include "report/report.h"

namespace joignable::report {

// Sets has_screenshots_section and screenshots {has_note, note, has_pages, pages[] {title, url,
// href, linkable, has_outlined, outlined, shots[] {data, width, height, view_class, alt, caption,
// has_outlined, outlined}, has_findings, findings[] {message, severity_class, severity_label}}}
// on `view`, in the report's language. What was outlined is said once per page, or under each
// capture when the widths differ.
void add_screenshots(kainjow::mustache::data& view, const Report& report);

}  // namespace joignable::report
