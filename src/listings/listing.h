// Listing: what one directory listing of the company (Google, OpenStreetMap, a directory page, a
// consultant's notes) says about how to reach it, normalised into the same values as the site's
// contact points so the rules can hold one against the other. The listings stage makes it (its
// readers fill it), the model carries it (SiteModel::listings), the rules and the reports read
// it. A plain value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/contact_points.h"
#include "extract/opening_hours.h"

namespace joignable::listings {

struct ListingPhone {
  std::string e164;     // "+33142685300"; "" when the listing's text is not a valid number
  std::string display;  // as the listing writes it; untrusted
  extract::PhoneType type = extract::PhoneType::unknown;
};

// Why a listing could not be read: a kind joignable does not know, a file or URL that gave
// nothing, or an answer it could not understand. listing.unreachable says it in words.
enum class ListingProblem { none, unknown_kind, unreadable, not_understood };

struct Listing {
  std::string name;    // the target's [[listings]] name: "google"
  std::string kind;    // google-places | google-business-profile | osm | schema-org-page | manual
  std::string source;  // the file or URL it was read from; "" for a manual listing

  // Whether it could be fetched and parsed. When not, `error` says why (listing.unreachable)
  // and nothing below is meaningful.
  bool read = false;
  std::string error;
  ListingProblem problem = ListingProblem::none;

  std::string title;                 // the business's name on the listing; untrusted
  std::vector<ListingPhone> phones;  // primary first
  std::optional<extract::PostalAddress> address;
  std::string address_text;          // as the listing writes it, "" when none; untrusted
  extract::OpeningHours hours;       // weekly table; special days go to hours.exceptions
  std::string hours_text;            // as given, when it could not be read into `hours`
  // The listing's own word on whether the business is open: "" when it says nothing, else as
  // given ("OPERATIONAL", "CLOSED_TEMPORARILY", "CLOSED_PERMANENTLY").
  std::string business_status;
  std::string website;  // the URL the listing links to, "" when none
};

}  // namespace joignable::listings
