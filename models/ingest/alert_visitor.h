#pragma once

#include "models/core/alert_record.h"
#include "models/core/issue.h"
#include "models/core/result.h"

namespace lagebild::ingest {

/// Receives what an alert reader (EVE, Zeek, Sigma) finds, record by record, in file order.
/// The orchestration layer implements it to store alerts; readers never touch the store.
class AlertVisitor {
public:
    virtual ~AlertVisitor() = default;
    /// One alert. Return an Error to abort the whole file (e.g. a storage failure).
    virtual core::Status alert(const core::AlertRecord& record) = 0;
    /// A record that is not an alert (other EVE event types, ...): counted, not stored.
    virtual void skipped(const core::Issue& why) = 0;
    /// A malformed record, left out with the reason and its position.
    virtual void rejected(const core::Issue& issue) = 0;
    /// Anything else worth telling the user (assumed time zone, ...).
    virtual void note(const core::Issue& issue) = 0;
};

} // namespace lagebild::ingest
