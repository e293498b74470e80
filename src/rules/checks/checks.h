// The rule functions, one per declared id, grouped by the category file that implements them
// (checks/<category>_checks.cpp). Each reads only the SiteModel and its resolved options, never
// does I/O and never formats user text: findings carry raw fields for the message templates.
// Unless stated, a rule is not applicable when the home page could not be fetched. Pure
// functions; thread-safe.
#pragma once

#include "rules/outcome.h"

namespace joignable::rules::checks {

// links: the home page answers, and links lead somewhere.
Outcome check_site_unreachable(const RuleInput& in);  // applies even when the home page failed
Outcome check_link_broken_internal(const RuleInput& in);
Outcome check_link_broken_external(const RuleInput& in);
Outcome check_link_blocked(const RuleInput& in);
Outcome check_link_refused_private(const RuleInput& in);
// Not applicable when no probe of a URL that cannot exist got an HTTP answer.
Outcome check_site_soft_404(const RuleInput& in);
// Not applicable without a real 404 page: no probe answered 404 or 410 (soft 404s, errors).
Outcome check_site_404_unhelpful(const RuleInput& in);

// phone: a number can be found, is valid, clickable and not surcharged.
Outcome check_phone_missing(const RuleInput& in);
Outcome check_phone_not_on_home(const RuleInput& in);  // not applicable without any phone
Outcome check_phone_premium_rate(const RuleInput& in);
Outcome check_phone_invalid(const RuleInput& in);
Outcome check_phone_no_tel_link(const RuleInput& in);  // not applicable without any phone

// hours: the site states its hours, marks them up, and gives the same week everywhere.
Outcome check_hours_missing(const RuleInput& in);
Outcome check_hours_no_structured_data(const RuleInput& in);  // needs hours shown as text
Outcome check_hours_inconsistent(const RuleInput& in);        // needs two sources of hours

// navigation: the contact page exists and is close to the home page; help is consistent.
// Not applicable with fewer than two analysed pages or no mechanism on half of them.
Outcome check_contact_help_inconsistent(const RuleInput& in);
Outcome check_contact_page_missing(const RuleInput& in);
// Option max_depth (integer). Not applicable with neither a contact page nor a phone.
Outcome check_contact_deep(const RuleInput& in);

// forms: the customer can write, in their own words, safely.
Outcome check_form_missing(const RuleInput& in);
Outcome check_form_action_broken(
    const RuleInput& in);                              // needs a contact form with a checked action
Outcome check_form_no_free_text(const RuleInput& in);  // needs a contact form
Outcome check_form_unlabelled_field(const RuleInput& in);  // needs a form of any kind
Outcome check_form_insecure(const RuleInput& in);          // needs a form of any kind
// The form probe's verdicts (probe_checks.cpp): not applicable until a probe has one (a person
// answered, or the deadline passed); a probe still waiting fires neither.
Outcome check_form_unanswered(const RuleInput& in);
Outcome check_form_slow_reply(const RuleInput& in);  // needs a human answer

// listings: each listing of the target can be read, says the business is open, is complete and
// agrees with the site. Not applicable without any listing; all but listing.unreachable look
// only at the listings that were read, and are not applicable when none was.
Outcome check_listing_unreachable(const RuleInput& in);
Outcome check_listing_closed(const RuleInput& in);
Outcome check_listing_phone_missing(const RuleInput& in);
Outcome check_listing_premium_rate(const RuleInput& in);     // needs a listing phone
Outcome check_listing_phone_mismatch(const RuleInput& in);   // needs phones on both sides
Outcome check_listing_hours_missing(const RuleInput& in);
Outcome check_listing_hours_mismatch(const RuleInput& in);   // needs hours on both sides
Outcome check_listing_address_missing(const RuleInput& in);
Outcome check_listing_address_mismatch(const RuleInput& in);  // needs addresses on both sides

// The call log (call_checks.cpp): each call of a published number held against the published
// hours. Not applicable without a call log, and each when no call gives it anything to judge.
Outcome check_phone_unanswered(const RuleInput& in);      // option min_answer_rate (0 to 1)
Outcome check_hours_not_honoured(const RuleInput& in);    // category hours
Outcome check_phone_long_wait(const RuleInput& in);       // option max_seconds
Outcome check_phone_callback_missed(const RuleInput& in);  // option max_hours (fractions allowed)
Outcome check_phone_call_unpublished(const RuleInput& in);  // info: a number never published

}  // namespace joignable::rules::checks
