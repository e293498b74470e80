#include "listings/business_item.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <vector>

namespace joignable::listings {
namespace {

// LocalBusiness subtypes that no suffix below recognises.
const std::set<std::string_view> kLocalBusinessTypes = {
    "LocalBusiness", "Bakery", "BarOrPub", "Brewery", "CafeOrCoffeeShop", "Distillery",
    "Winery", "Hotel", "Motel", "Hostel", "BedAndBreakfast", "Campground", "Resort",
    "Dentist", "Physician", "Pharmacy", "Optician", "MedicalClinic", "Hospital",
    "VeterinaryCare", "Attorney", "Notary", "AutoRepair", "AutoDealer", "AutoWash",
    "GasStation", "BeautySalon", "HairSalon", "NailSalon", "DaySpa", "TattooParlor",
    "Electrician", "Plumber", "Locksmith", "HousePainter", "MovingCompany", "RoofingContractor",
    "GeneralContractor", "HVACBusiness", "BankOrCreditUnion", "InsuranceAgency",
    "RealEstateAgent", "TravelAgency", "EmploymentAgency", "ExerciseGym", "HealthClub",
    "ChildCare", "DryCleaningOrLaundry", "GovernmentOffice", "PostOffice", "Library",
    "RecyclingCenter", "SelfStorage", "ShoppingCenter", "TouristInformationCenter",
    "AnimalShelter", "InternetCafe", "RadioStation", "TelevisionStation", "FoodEstablishment",
    "IceCreamShop", "Florist", "Casino", "NightClub", "BowlingAlley", "GolfCourse",
    "SkiResort", "SportsClub", "StadiumOrArena", "PublicSwimmingPool", "FireStation",
    "PoliceStation", "EmergencyService", "Store"};

constexpr std::string_view kLocalBusinessSuffixes[] = {
    "Store", "Restaurant", "Business", "Service", "Shop", "Agency", "Salon", "Contractor",
    "Establishment", "Clinic", "Center", "Centre", "Office"};

const std::set<std::string_view> kOrganizationTypes = {
    "Organization", "Corporation", "NGO", "Airline", "Consortium", "OnlineBusiness",
    "OnlineStore", "Project", "ResearchProject", "FundingScheme"};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_local_business(std::string_view type) {
  if (kLocalBusinessTypes.count(type) != 0) return true;
  if (kOrganizationTypes.count(type) != 0) return false;
  return std::any_of(std::begin(kLocalBusinessSuffixes), std::end(kLocalBusinessSuffixes),
                     [&](std::string_view suffix) { return ends_with(type, suffix); });
}

bool is_organization(std::string_view type) {
  return kOrganizationTypes.count(type) != 0 || ends_with(type, "Organization");
}

bool any_type(const extract::StructuredItem& item, bool (*test)(std::string_view)) {
  return std::any_of(item.types.begin(), item.types.end(),
                     [&](const std::string& type) { return test(type); });
}

bool gives_contact(const extract::StructuredItem& item) {
  for (std::string_view property : {"telephone", "address", "openingHours",
                                    "openingHoursSpecification"}) {
    if (!item.values(property).empty()) return true;
  }
  return false;
}

}  // namespace

std::optional<std::size_t> business_item(const extract::StructuredData& data) {
  std::optional<std::size_t> organization, organization_with_contact;
  for (std::size_t i = 0; i < data.items.size(); ++i) {
    const extract::StructuredItem& item = data.items[i];
    if (any_type(item, &is_local_business)) return i;
    if (!any_type(item, &is_organization)) continue;
    if (!organization) organization = i;
    if (!organization_with_contact && gives_contact(item)) organization_with_contact = i;
  }
  return organization_with_contact ? organization_with_contact : organization;
}

extract::StructuredData item_subtree(const extract::StructuredData& data, std::size_t index) {
  // Every item reachable from `index` through property values, each once (a hostile page may
  // make them refer to each other), in list order.
  std::set<std::size_t> reached = {index};
  std::vector<std::size_t> pending = {index};
  while (!pending.empty()) {
    const std::size_t current = pending.back();
    pending.pop_back();
    for (const auto& [name, values] : data.items[current].properties) {
      for (const extract::StructuredValue& value : values) {
        if (value.item && *value.item < data.items.size() && reached.insert(*value.item).second) {
          pending.push_back(*value.item);
        }
      }
    }
  }
  std::vector<std::size_t> order = {index};
  for (std::size_t i : reached) {
    if (i != index) order.push_back(i);
  }
  std::map<std::size_t, std::size_t> new_index;
  for (std::size_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;
  extract::StructuredData subtree;
  for (std::size_t old : order) {
    extract::StructuredItem item = data.items[old];
    const auto parent = item.parent ? new_index.find(*item.parent) : new_index.end();
    item.parent = old == index || parent == new_index.end()
                      ? std::nullopt
                      : std::optional<std::size_t>(parent->second);
    for (auto& [name, values] : item.properties) {
      for (extract::StructuredValue& value : values) {
        if (!value.item) continue;
        const auto found = new_index.find(*value.item);
        value.item = found == new_index.end() ? std::nullopt
                                              : std::optional<std::size_t>(found->second);
      }
    }
    subtree.items.push_back(std::move(item));
  }
  return subtree;
}

}  // namespace joignable::listings
