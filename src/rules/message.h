// Message templates: a rule's per-finding sentence ("Le numéro {number} est surtaxé ({type})")
// filled from a Finding's fields when the report is built, in the report's language. Pure
// functions; thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace joignable::rules {

// Replaces each {name} of `tmpl` by fields.at(name). A placeholder with no field stays visible as
// written, so a missing field shows in the report instead of vanishing; values are not rescanned.
std::string format_message(const std::string& tmpl,
                           const std::map<std::string, std::string>& fields);

// The raw form of a list field (report/values.h): the first `shown` items a line each, then "+N"
// for the rest, so a footer's phone on 20,000 pages stays a short value.
std::string list_field(const std::vector<std::string>& items, std::size_t shown = 5);

// The names of the {placeholders} in `tmpl`, in order of first appearance, once each. A name is
// made of lower-case letters, digits and underscores; other braces are plain text.
std::vector<std::string> placeholders(const std::string& tmpl);

}  // namespace joignable::rules
