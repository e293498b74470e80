// Microdata (itemscope, itemtype, itemprop) read into the generic structured-data form of
// structured_data.h. Internal to extract/: read_structured_data() is the entry point. Pure
// function; thread-safe.
#pragma once

#include "extract/html_document.h"
#include "extract/structured_data.h"

namespace joignable::extract {

// Appends every microdata item under `root` to `data`, in document order. A property's value
// follows the HTML standard: an itemscope element is a nested item; meta gives its content,
// a/area/link their href, img/audio/video/source/iframe/embed/track their src, object its data,
// data/meter their value, time its datetime; any other element its text. Items nested deeper
// than kMaxStructuredDepth are not read.
void read_microdata(HtmlNode root, StructuredData& data);

}  // namespace joignable::extract
