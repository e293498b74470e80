// Which schema.org item of a page a schema-org-page listing is about, and that item alone. A
// directory page describes the listed business (a LocalBusiness or one of its many subtypes:
// Bakery, Dentist, Plumber...) and often the directory itself (an Organization), so a
// LocalBusiness wins over an Organization. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <optional>

#include "extract/structured_data.h"

namespace joignable::listings {

// The first LocalBusiness-like item; else the first Organization-like item that gives a
// telephone, an address or opening hours; else the first Organization-like item; nullopt when
// there is none. A type counts as LocalBusiness-like when it is LocalBusiness or a known subtype,
// or its name ends like one (Store, Restaurant, Business, Service, Shop, Agency...); as
// Organization-like when it is Organization, Corporation, NGO or ends in Organization.
std::optional<std::size_t> business_item(const extract::StructuredData& data);

// The item at `index` and the items nested in it (its address, its opening-hours
// specifications), re-indexed as a StructuredData of their own, the item first.
extract::StructuredData item_subtree(const extract::StructuredData& data, std::size_t index);

}  // namespace joignable::listings
