// Structured data of one page: schema.org items written as JSON-LD (<script
// type="application/ld+json">, with @graph and top-level arrays) or as microdata (itemscope,
// itemtype, itemprop), read into one generic form so that phones, addresses and opening hours
// are looked up the same way whatever the syntax.
//
// The items form a flat list: an item nested in another (a PostalAddress in a LocalBusiness) is
// an item of its own, referred to by index from its parent's property value, so a reader can
// visit every item of a type without walking the nesting. Types and property names are short
// schema.org names ("LocalBusiness", "openingHours"); other vocabularies keep their full URL.
//
// A site's structured data is data, not input we trust: a JSON-LD block that does not parse, or
// nests deeper than kMaxStructuredDepth, is skipped and counted, never an error. This file is the
// only nlohmann-json user of extract/; the parser is called without exceptions. Not read:
// microdata itemref and RDFa. Pure functions over a parsed document; thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_document.h"

namespace joignable::extract {

// Nesting (objects and arrays, or itemscopes) past which a JSON-LD block is skipped and a
// microdata item is no longer descended into.
inline constexpr int kMaxStructuredDepth = 32;

enum class StructuredSyntax { json_ld, microdata };

struct StructuredValue {
  // Text of the value: a string as written, a number or boolean as JSON spells it, a microdata
  // property's value (content, href, datetime... or its text). For an item, its @id or "".
  std::string text;
  std::optional<std::size_t> item;  // index in StructuredData::items when the value is an item
};

struct StructuredItem {
  StructuredSyntax syntax = StructuredSyntax::json_ld;
  std::vector<std::string> types;     // "LocalBusiness"; may be empty
  std::string id;                     // JSON-LD @id or microdata itemid; "" when absent
  std::optional<std::size_t> parent;  // the item this one is a property value of
  std::map<std::string, std::vector<StructuredValue>> properties;  // in source order per name

  bool has_type(std::string_view type) const;
  // The values of `property`; empty when the item does not have it.
  const std::vector<StructuredValue>& values(std::string_view property) const;
};

struct StructuredData {
  std::vector<StructuredItem> items;  // JSON-LD blocks first, then microdata, in document order
  int broken_blocks = 0;              // JSON-LD blocks skipped (invalid JSON, too deep)

  // Indexes of the items having `type`, nested ones included, in list order.
  std::vector<std::size_t> items_of_type(std::string_view type) const;
};

// Every JSON-LD block and microdata item of `document`, hidden ones included (structured data
// is written for machines, not shown).
StructuredData read_structured_data(const HtmlDocument& document);

// The items of one JSON-LD text (a block's content), appended to `data`; false when the text is
// not valid JSON or nests too deep, in which case `data` is unchanged. For listings given as
// JSON-LD files.
bool read_json_ld(std::string_view json, StructuredData& data);

// "https://schema.org/Monday" -> "Monday", "schema:Monday" -> "Monday"; other text unchanged.
std::string_view schema_org_name(std::string_view name);

}  // namespace joignable::extract
