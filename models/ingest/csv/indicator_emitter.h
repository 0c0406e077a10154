#pragma once

#include "models/core/result.h"
#include "models/core/stix_record.h"
#include "models/ingest/csv/indicator_stix_builder.h"
#include "models/ingest/stix/stix_object_parser.h"
#include "models/ingest/stix/stix_reader.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace lagebild::ingest::csv {

/// What both indicator-list readers (CSV/TSV/lines and JSON lists) do with a value they accepted:
/// build its STIX indicator (and, before the first one, the list source's identity), check it with
/// the STIX parser like any imported object, and hand it to the visitor. A generated object the
/// parser refuses is an internal error, counted in `generatorRejections`. Not thread-safe.
class IndicatorEmitter {
public:
    IndicatorEmitter(const QString& source, std::optional<core::Tlp> tlp, stix::StixVisitor& visitor)
        : m_builder(source, tlp), m_visitor(visitor) {}

    QUuid uuidFor(const IndicatorValue& value) const { return m_builder.indicatorUuid(value); }

    /// Emits the indicator for `value`. `position` places the parser's notes; `refuse` is called
    /// (and nothing emitted) when the generated indicator is refused. Returns the visitor's status.
    core::Status send(const IndicatorValue& value, const QUuid& uuid, const IndicatorStixBuilder::Details& details,
                      const QString& shownName, const QString& position, std::int64_t& generatorRejections,
                      const std::function<void(const QString&)>& refuse);

private:
    IndicatorStixBuilder m_builder;
    stix::StixVisitor& m_visitor;
    stix::StixObjectParser m_parser;
    core::StixRecord m_rec;
    bool m_identitySent = false;
};

} // namespace lagebild::ingest::csv
