// One company of a comparison, read from its stored run: the scores, the "who has what" matrix and
// the costliest findings. The matrix reads the same facts the rules judged (contact points and
// findings), so a comparison never disagrees with the company's own report. Pure; thread-safe.
#pragma once

#include <string>

#include "report/comparison.h"
#include "rules/catalogue.h"
#include "store/stored_run.h"

namespace joignable::cli {

// Rule titles and category order come from `catalogue`, in `lang`.
report::ComparedCompany compared_company(const store::StoredRun& run,
                                         const rules::Catalogue& catalogue,
                                         const std::string& lang);

// The catalogue's categories, in display order, titled in `lang`.
std::vector<report::CategoryHeading> category_headings(const rules::Catalogue& catalogue,
                                                       const std::string& lang);

}  // namespace joignable::cli
