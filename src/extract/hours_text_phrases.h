// The phrases of hours prose, read from the tokens of one line (hours_text_lexer.h): a set of
// days ("du lundi au vendredi", "Mon, Wed & Fri", "7j/7") and a list of time spans ("de 9h à 12h
// et de 14h à 18h", "9am-5:30pm", "entre 9h et 18h", "24h/24"). Internal to hours_text.cpp,
// which decides what the phrases mean together. Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "extract/hours_text_lexer.h"
#include "extract/opening_hours.h"

namespace joignable::extract {

using HoursTokens = std::vector<HoursToken>;
using DayMask = std::array<bool, kDaysPerWeek>;

bool is_time_like(const HoursToken& token);  // a time, or a bare number that may be an hour
bool is_day_like(const HoursToken& token);   // a day or a set of days

// The days named from tokens[i] on (a day, a range, a list, a set); i ends past them.
DayMask read_days(const HoursTokens& tokens, std::size_t& i);

struct SpanList {
  DayIntervals spans;        // in the order written; 18h-2h is {1080, 1560}
  bool all_day_only = true;  // only "24h/24"-like spans (which alone mean every day)
};

// The time spans written from tokens[i] on; i ends past them, or past a lone time ("à 20h").
// Two bare numbers ("9-5") are read as hours only when the line names days; "9-5" is
// 09:00-17:00, "9-5pm" too, "1-5pm" 13:00-17:00.
SpanList read_spans(const HoursTokens& tokens, std::size_t& i);

// Whether the line names a date ("samedi 12 mars", "le 25 décembre"): an event or a one-off.
bool names_a_date(const HoursTokens& tokens);

}  // namespace joignable::extract
