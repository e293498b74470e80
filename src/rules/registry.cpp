#include "rules/registry.h"

#include <algorithm>
#include <iterator>

#include "rules/checks/checks.h"

namespace joignable::rules {
namespace {

// Sorted by id (checked at compile time); one line per rule declared in rules/*.toml.
constexpr RegisteredRule kRules[] = {
    {"contact.deep", checks::check_contact_deep},
    {"contact.help_inconsistent", checks::check_contact_help_inconsistent},
    {"contact.page_missing", checks::check_contact_page_missing},
    {"form.action_broken", checks::check_form_action_broken},
    {"form.insecure", checks::check_form_insecure},
    {"form.missing", checks::check_form_missing},
    {"form.no_free_text", checks::check_form_no_free_text},
    {"form.slow_reply", checks::check_form_slow_reply},
    {"form.unanswered", checks::check_form_unanswered},
    {"form.unlabelled_field", checks::check_form_unlabelled_field},
    {"hours.inconsistent", checks::check_hours_inconsistent},
    {"hours.missing", checks::check_hours_missing},
    {"hours.no_structured_data", checks::check_hours_no_structured_data},
    {"hours.not_honoured", checks::check_hours_not_honoured},
    {"link.blocked", checks::check_link_blocked},
    {"link.broken_external", checks::check_link_broken_external},
    {"link.broken_internal", checks::check_link_broken_internal},
    {"link.refused_private", checks::check_link_refused_private},
    {"listing.address_mismatch", checks::check_listing_address_mismatch},
    {"listing.address_missing", checks::check_listing_address_missing},
    {"listing.closed", checks::check_listing_closed},
    {"listing.hours_mismatch", checks::check_listing_hours_mismatch},
    {"listing.hours_missing", checks::check_listing_hours_missing},
    {"listing.phone_mismatch", checks::check_listing_phone_mismatch},
    {"listing.phone_missing", checks::check_listing_phone_missing},
    {"listing.premium_rate", checks::check_listing_premium_rate},
    {"listing.unreachable", checks::check_listing_unreachable},
    {"phone.call_unpublished", checks::check_phone_call_unpublished},
    {"phone.callback_missed", checks::check_phone_callback_missed},
    {"phone.invalid", checks::check_phone_invalid},
    {"phone.long_wait", checks::check_phone_long_wait},
    {"phone.missing", checks::check_phone_missing},
    {"phone.no_tel_link", checks::check_phone_no_tel_link},
    {"phone.not_on_home", checks::check_phone_not_on_home},
    {"phone.premium_rate", checks::check_phone_premium_rate},
    {"phone.unanswered", checks::check_phone_unanswered},
    {"site.404_unhelpful", checks::check_site_404_unhelpful},
    {"site.soft_404", checks::check_site_soft_404},
    {"site.unreachable", checks::check_site_unreachable},
};

constexpr bool by_id(const RegisteredRule& a, const RegisteredRule& b) { return a.id < b.id; }

static_assert(std::is_sorted(std::begin(kRules), std::end(kRules), by_id),
              "kRules must stay sorted by id");
static_assert(std::adjacent_find(std::begin(kRules), std::end(kRules),
                                 [](const RegisteredRule& a, const RegisteredRule& b) {
                                   return a.id == b.id;
                                 }) == std::end(kRules),
              "kRules must not list an id twice");

}  // namespace

std::span<const RegisteredRule> registered_rules() { return kRules; }

RuleFunction find_rule_function(std::string_view id) {
  const auto* it = std::lower_bound(
      std::begin(kRules), std::end(kRules), id,
      [](const RegisteredRule& rule, std::string_view key) { return rule.id < key; });
  return it != std::end(kRules) && it->id == id ? it->function : nullptr;
}

}  // namespace joignable::rules
