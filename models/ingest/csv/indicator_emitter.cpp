#include "models/ingest/csv/indicator_emitter.h"

#include "models/core/issue.h"

#include <QCoreApplication>

namespace lagebild::ingest::csv {

core::Status IndicatorEmitter::send(const IndicatorValue& value, const QUuid& uuid, const IndicatorStixBuilder::Details& details,
                                    const QString& shownName, const QString& position, std::int64_t& generatorRejections,
                                    const std::function<void(const QString&)>& refuse) {
    using core::Issue;
    using core::IssueSeverity;
    if (!m_identitySent && !m_builder.identityJson().empty()) {
        m_identitySent = true;
        const auto parsed = m_parser.parseCopy(m_builder.identityJson(), m_rec);
        if (parsed.kind != stix::StixParseResult::Kind::Accepted) {
            ++generatorRejections;
            m_visitor.rejected(Issue{IssueSeverity::Error,
                                     QCoreApplication::translate("IndicatorListReader",
                                                                 "Internal error: the generated source identity was refused: %1")
                                         .arg(parsed.message),
                                     {},
                                     QString::fromStdString(m_builder.identityId())});
        } else if (auto s = m_visitor.object(m_rec); !s) {
            return s;
        }
    }

    const std::string& json = m_builder.indicatorJson(value, uuid, details);
    const auto parsed = m_parser.parseCopy(json, m_rec);
    if (parsed.kind != stix::StixParseResult::Kind::Accepted) {
        ++generatorRejections;
        refuse(QCoreApplication::translate("IndicatorListReader",
                                           "Internal error: the indicator generated for \"%1\" was refused: %2")
                   .arg(shownName, parsed.message));
        return {};
    }
    for (const QString& note : parsed.notes)
        m_visitor.note(Issue{IssueSeverity::Warning, note, position, QString::fromStdString(m_rec.id)});
    return m_visitor.object(m_rec);
}

} // namespace lagebild::ingest::csv
