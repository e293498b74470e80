// Values in the reader's language: a finding's raw fields (rules::Finding::fields) and the
// report's own facts (hours, dates, numbers, fetch statuses) shown as words, never as the
// identifiers report.json keeps. A field is shown by its name:
//
//   type                  phone type ("premium_rate" -> "surtaxé" / "premium rate")
//   status                fetch status ("HTTP 404", "timeout", "missing_anchor"...)
//   business_status       a listing's ("CLOSED_TEMPORARILY" -> "fermé temporairement")
//   spec, *_spec          weekly hours, OSM style ("Mo-Fr 08:00-12:00" -> "lun.–ven. 8 h–12 h")
//   source_a, source_b, *_source   a source of hours ("listing:NAME", "text:URL", "structured_data:URL")
//   *_order               help mechanisms, " > " between them ("phone > email"), "" for none
//   days                  contract day names joined by "," ("Sa,Su" -> "samedi, dimanche")
//   parts                 address parts joined by "," ("postal_code,street")
//   shown_as              "tel" (a tel: link) or "text"
//   kind                  a listing kind ("google-places" -> "fiche Google (Places)")
//   form_kind             a form kind ("contact", "search"...)
//   problem               why a listing was not read (listings::ListingProblem's spelling)
//   number                a phone number as displayed: its spaces become no-break spaces
//   count, *_count, depth, max_depth, fields   whole numbers
//   pages, *_pages, *_numbers   a list, one item a line; a last line "+N" counts the rest
//                         (rules::list_field writes it)
//   missing_help          what an error page lacks, joined by "," ("home,phone,email...")
//   *_at                  an ISO-8601 UTC time
//   day                   one contract day name ("Tu" -> "mardi")
//   date, time            a local date ("2026-11-03") and clock time ("15:30") of the call log
//   day_hours             one day's intervals as format_day writes them ("09:00-12:00,14:00-18:00")
//   outcome               a call's outcome ("closed_message" -> "répondeur « fermé »")
//   source                a source of hours as the call log's rules name it ("site",
//                         "structured_data", "listing:NAME")
//   callback              a promised callback: "never", or "late" with {after_hours}
//   address_kind          why an address was refused ("link-local", "private"...)
//   anything else         text, as given (URLs, numbers as displayed, crawled text)
//
// Pure functions; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/fetch_status.h"
#include "extract/opening_hours.h"

namespace joignable::report {

// `raw` as a reader of `lang` ("en", else French) should see the field `name`.
std::string display_value(std::string_view name, const std::string& raw, std::string_view lang);

// Every field of a finding through display_value.
std::map<std::string, std::string> display_values(const std::map<std::string, std::string>& fields,
                                                  std::string_view lang);

// A week in words: "lun.–ven. 8 h–12 h, 14 h–18 h ; sam. 9 h–12 h" / "Mon–Fri 8:00 am–12:00 pm,
// 2:00 pm–6:00 pm; Sat 9:00 am–12:00 pm"; "fermé" / "closed" when no day has hours.
std::string display_week(const extract::OpeningHours& hours, std::string_view lang);

// One day's intervals: "8 h–12 h, 14 h–18 h" / "8:00 am–12:00 pm, 2:00 pm–6:00 pm"; "fermé".
std::string display_day(const extract::DayIntervals& intervals, std::string_view lang);

// "9 h", "12 h 30" / "9:00 am", "12:30 pm"; past midnight (26:00) as the next day's time.
std::string display_time_of_day(int minutes, std::string_view lang);

// "1 234" (narrow no-break space) / "1,234".
std::string display_number(long long value, std::string_view lang);

// "7 décembre 2026 à 14 h 27 UTC" / "7 December 2026, 2:27 pm UTC" from YYYY-MM-DDTHH:MM:SSZ;
// any other text unchanged. display_date gives the date alone.
std::string display_date_time(const std::string& iso8601, std::string_view lang);
std::string display_date(const std::string& iso8601, std::string_view lang);

// A listing's special day in words: "PH" as "Jours fériés" / "Public holidays", "SH" as school
// holidays, dates and "A..B" ranges of dates in words; anything else as given.
std::string display_special_day(const std::string& when, std::string_view lang);

// "HTTP 404", or the network error in words ("connexion refusée" / "connection refused").
std::string display_status(const crawl::FetchStatus& status, std::string_view lang);

// "+4,2 points" / "+4.2 points": what fixing a finding gives back to the overall score.
std::string display_points(double points, std::string_view lang);

// A listing's kind as a reader names it: "fiche Google (Places)" / "Google listing (Places)".
std::string display_listing_kind(std::string_view kind, std::string_view lang);

// A listing's business status in words ("ouvert", "fermé temporairement"...).
std::string display_business_status(std::string_view status, std::string_view lang);

}  // namespace joignable::report
