// Joining the form probe's stored records to the audited site: the latest probe of each contact
// form (by page and action), judged at the audit's time (probe/probe_state.h). Contact forms
// never probed are listed as not_probed (or captcha) as soon as the target has any probe; a
// target never probed gets no probes at all, so the probe rules stay not applicable. Pure.
#pragma once

#include <ctime>
#include <vector>

#include "model/site_model.h"
#include "probe/probe_record.h"
#include "target/target.h"

namespace joignable::model {

void add_probes(SiteModel& site, const std::vector<probe::ProbeRecord>& records,
                const target::ProbeOptions& options, std::time_t now);

}  // namespace joignable::model
