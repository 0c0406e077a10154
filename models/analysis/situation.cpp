#include "models/analysis/situation.h"

#include "models/core/timestamp.h"
#include "models/store/warning_repository.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <set>

namespace lagebild::analysis {

namespace {

constexpr std::int64_t kHour = store::SituationQueries::kHour;
constexpr std::int64_t kDay = 24 * kHour;

QString rfc3339(std::int64_t micros) { return QString::fromStdString(core::formatStixTimestamp(micros)); }

/// A bound of FROM..TO: an RFC 3339 time, or a date (UTC midnight; as TO, the end of that day).
std::optional<std::int64_t> parseBound(const QString& text, bool upper) {
    const QString t = text.trimmed();
    if (const auto d = QDate::fromString(t, Qt::ISODate); d.isValid() && t.size() == 10) {
        const QDate day = upper ? d.addDays(1) : d;
        return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    }
    return core::parseRfc3339(t.toStdString());
}

QJsonObject toJson(const std::map<QString, std::int64_t>& map) {
    QJsonObject o;
    for (const auto& [k, v] : map)
        o.insert(k, static_cast<qint64>(v));
    return o;
}

QJsonArray ranked(const std::vector<store::RankedItem>& items, const char* valueKey, const char* countKey) {
    QJsonArray a;
    for (const auto& i : items)
        a.append(QJsonObject{{QStringLiteral("id"), i.id},
                             {QString::fromLatin1(valueKey), i.name},
                             {QString::fromLatin1(countKey), static_cast<qint64>(i.count)}});
    return a;
}

std::map<QString, std::int64_t> countsOf(const QJsonObject& o) {
    std::map<QString, std::int64_t> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out[it.key()] = it.value().toInteger();
    return out;
}

std::map<QString, CountChange> changes(const QJsonObject& before, const QJsonObject& after) {
    std::map<QString, CountChange> out;
    for (const auto& [k, v] : countsOf(before))
        out[k].before = v;
    for (const auto& [k, v] : countsOf(after))
        out[k].after = v;
    return out;
}

QString typeOf(const std::string& id) {
    const auto dash = id.find("--");
    return QString::fromStdString(dash == std::string::npos ? id : id.substr(0, dash));
}

} // namespace

core::Result<SituationWindow> parseSituationWindow(const QString& text, std::int64_t now) {
    const QString t = text.trimmed().toLower();
    SituationWindow w;
    w.key = t;
    if (t == QLatin1String("24h"))
        w.range = {now - kDay, now, false};
    else if (t == QLatin1String("7d"))
        w.range = {now - 7 * kDay, now, false};
    else if (t == QLatin1String("30d"))
        w.range = {now - 30 * kDay, now, false};
    else if (t == QLatin1String("all"))
        w.range = {0, now, true};
    else if (const auto parts = text.split(QStringLiteral("..")); parts.size() == 2) {
        const auto from = parseBound(parts[0], false), to = parseBound(parts[1], true);
        if (!from || !to || *to <= *from)
            return core::Error::make(
                core::ErrorCode::Usage,
                core::Message("Situation", QT_TRANSLATE_NOOP("Situation", "The window '%1' is not FROM..TO with FROM "
                                                                          "before TO (RFC 3339 times or dates YYYY-MM-DD)."))
                    .arg(text));
        w.key = text.trimmed();
        w.range = {*from, *to, false};
    } else
        return core::Error::make(core::ErrorCode::Usage,
                                 core::Message("Situation", QT_TRANSLATE_NOOP("Situation", "The window '%1' is not one of "
                                                                                           "24h, 7d, 30d, all or FROM..TO."))
                                     .arg(text));
    return w;
}

std::int64_t bucketFor(std::int64_t span) {
    for (const std::int64_t hours : {1, 3, 6, 12, 24, 168})
        if (span <= 60 * hours * kHour)
            return hours * kHour;
    const std::int64_t weeks = span / (60 * 168 * kHour) + 1;
    return weeks * 168 * kHour;
}

core::Result<SituationPicture> computeSituation(store::Database& db, const SituationWindow& window, std::int64_t now) {
    // The top lists group up to millions of rows: their sorters go to a temp file (the OS page
    // cache), not the heap (10M alerts: 1 GB of heap otherwise). Callers inside a transaction
    // create their own guard before it.
    store::TempStoreOnDisk temp(db);
    store::SituationQueries q(db);
    SituationPicture p;
    p.window = window;
    p.computedAt = now;
    if (window.range.all) {
        auto span = q.alertTimeSpan();
        if (!span)
            return span.error();
        const auto [first, last] = span.value();
        p.window.range.from = first == 0 && last == 0 ? now - 30 * kDay : first;
        p.window.range.to = std::max(now, last + 1);
    }
    auto alerts = q.alertCounts(window.range);
    if (!alerts)
        return alerts.error();
    p.alerts = alerts.value();
    if (!window.range.all) {
        const std::int64_t len = window.range.to - window.range.from;
        auto previous = q.alertCounts({window.range.from - len, window.range.from, false});
        if (!previous)
            return previous.error();
        p.matchedPrevious = previous.value().matched;
    }
    p.bucket = bucketFor(p.window.range.to - p.window.range.from);
    // Each part lands in its member or the first error ends the computation.
    std::optional<core::Error> failed;
    auto take = [&failed](auto result, auto& into) {
        if (failed)
            return;
        if (!result)
            failed = result.error();
        else
            into = std::move(result).value();
    };
    take(q.alertSeries({p.window.range.from, p.window.range.to, false}, p.bucket), p.series);
    take(q.topIndicators(window.range, 10), p.topIndicators);
    take(q.topTechniques(window.range, 10), p.topTechniques);
    take(q.activeThreats(window.range, 10), p.threats);
    if (failed)
        return *failed;

    auto incidents = q.openIncidentsBySeverity();
    if (!incidents)
        return incidents.error();
    for (auto n : incidents.value())
        p.incidentsOpen += n;
    auto ids = db.prepare("SELECT id FROM incident WHERE status <> 'closed' ORDER BY id");
    if (!ids)
        return ids.error();
    if (auto s = ids.value().forEachRow([&](const store::Statement& r) { p.openIncidentIds.push_back(r.columnQString(0)); }); !s)
        return s.error();
    auto warnings = store::WarningRepository(db, QString()).list();
    if (!warnings)
        return warnings.error();
    for (const auto& w : warnings.value())
        if (w.state == store::WarningState::New || w.state == store::WarningState::Applies)
            p.openWarnings.push_back({w.id, w.title.isEmpty() ? w.id : w.title});
    auto partner = q.partnerHighLevelReports(window.range);
    if (!partner)
        return partner.error();
    auto override = store::ThreatOverrides(db).active(now);
    if (!override)
        return override.error();

    ThreatInputs in;
    in.openIncidents = incidents.value();
    in.matched = p.alerts.matched;
    in.matchedPrevious = p.matchedPrevious;
    in.openMatchedSeverity1 = p.alerts.openMatchedSeverity1;
    in.warningsOpen = p.warningsOpen();
    in.partnerHighReports = partner.value();
    p.threat = assessThreat(in, override.value());
    return p;
}

QJsonObject situationJson(const SituationPicture& p) {
    QJsonArray reasons;
    for (const auto& r : p.threat.reasons)
        reasons.append(QJsonObject{{QStringLiteral("rule"), r.key},
                                   {QStringLiteral("level"), static_cast<int>(r.level)},
                                   {QStringLiteral("text"), r.text.text()}});
    QJsonValue override;
    if (p.threat.override)
        override = QJsonObject{{QStringLiteral("level"), p.threat.override->level},
                               {QStringLiteral("reason"), p.threat.override->reason},
                               {QStringLiteral("by"), p.threat.override->setBy},
                               {QStringLiteral("set"), rfc3339(p.threat.override->setAt)},
                               {QStringLiteral("expires"), rfc3339(p.threat.override->expires)}};
    const QJsonObject threat{{QStringLiteral("level"), static_cast<int>(p.threat.level)},
                             {QStringLiteral("name"), threatLevelName(p.threat.level)},
                             {QStringLiteral("color"), threatLevelKey(p.threat.level)},
                             {QStringLiteral("rule"), p.threat.rule.key},
                             {QStringLiteral("rule_text"), p.threat.rule.text.text()},
                             {QStringLiteral("computed_level"), static_cast<int>(p.threat.computed)},
                             {QStringLiteral("reasons"), reasons},
                             {QStringLiteral("override"), override}};
    QJsonObject alerts{{QStringLiteral("total"), static_cast<qint64>(p.alerts.total)},
                       {QStringLiteral("matched"), static_cast<qint64>(p.alerts.matched)},
                       {QStringLiteral("by_severity"), toJson(p.alerts.bySeverity)},
                       {QStringLiteral("by_status"), toJson(p.alerts.byStatus)},
                       {QStringLiteral("closed_by_resolution"), toJson(p.alerts.closedByResolution)},
                       {QStringLiteral("by_sensor"), toJson(p.alerts.bySensor)}};
    if (p.matchedPrevious)
        alerts.insert(QStringLiteral("matched_previous"), static_cast<qint64>(*p.matchedPrevious));
    QJsonArray series;
    for (const auto& b : p.series)
        series.append(QJsonObject{{QStringLiteral("from"), rfc3339(b.start)},
                                  {QStringLiteral("to"), rfc3339(b.end)},
                                  {QStringLiteral("by_severity"),
                                   QJsonArray{static_cast<qint64>(b.bySeverity[0]), static_cast<qint64>(b.bySeverity[1]),
                                              static_cast<qint64>(b.bySeverity[2]), static_cast<qint64>(b.bySeverity[3])}},
                                  {QStringLiteral("matched"), static_cast<qint64>(b.matched)}});
    QJsonArray threats, campaigns, incidents;
    for (const auto& t : p.threats) {
        threats.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("type"), t.type},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("alerts"), static_cast<qint64>(t.count)}});
        if (t.type == QLatin1String("campaign"))
            campaigns.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}});
    }
    for (const auto& id : p.openIncidentIds)
        incidents.append(id);
    return QJsonObject{
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("key"), p.window.key},
                                               {QStringLiteral("from"), rfc3339(p.window.range.from)},
                                               {QStringLiteral("to"), rfc3339(p.window.range.to)}}},
        {QStringLiteral("computed"), rfc3339(p.computedAt)},
        {QStringLiteral("threat_level"), threat},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("series"), series},
        {QStringLiteral("top_techniques"), ranked(p.topTechniques, "name", "count")},
        {QStringLiteral("top_indicators"), ranked(p.topIndicators, "value", "matches")},
        {QStringLiteral("campaigns"), campaigns},
        {QStringLiteral("threats"), threats},
        {QStringLiteral("warnings_open"), static_cast<qint64>(p.warningsOpen())},
        {QStringLiteral("incidents_open"), static_cast<qint64>(p.incidentsOpen)},
        {QStringLiteral("incidents_open_ids"), incidents},
    };
}

core::Result<QJsonObject> snapshotFigures(store::Database& db, const SituationPicture& picture,
                                          std::optional<std::int64_t> asOf) {
    QJsonObject figures = situationJson(picture);
    auto totals = store::SituationQueries(db).alertCounts(
        asOf ? store::TimeWindow{std::numeric_limits<std::int64_t>::min() / 2, *asOf, false} : store::TimeWindow{0, 0, true});
    if (!totals)
        return totals.error();
    figures.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("total"), static_cast<qint64>(totals.value().total)},
                                                         {QStringLiteral("matched"), static_cast<qint64>(totals.value().matched)},
                                                         {QStringLiteral("by_status"), toJson(totals.value().byStatus)},
                                                         {QStringLiteral("by_severity"), toJson(totals.value().bySeverity)}});
    QJsonObject named;
    auto st = db.prepare("SELECT type, id, coalesce(name, id) FROM stix_object WHERE type IN ('campaign', "
                         "'intrusion-set', 'threat-actor') AND revoked = 0");
    if (!st)
        return st.error();
    std::map<QString, QJsonObject> byType;
    if (auto s = st.value().forEachRow(
            [&](const store::Statement& r) { byType[r.columnQString(0)].insert(r.columnQString(1), r.columnQString(2)); });
        !s)
        return s.error();
    for (const auto& w : picture.openWarnings) // read once, by computeSituation
        byType[QStringLiteral("warning")].insert(w.id, w.name);
    for (const auto& [type, ids] : byType)
        named.insert(type, ids);
    figures.insert(QStringLiteral("named"), named);
    return figures;
}

SnapshotDiff diffSnapshots(const std::vector<store::ObjectVersion>& before, const QJsonObject& figuresBefore,
                           const std::vector<store::ObjectVersion>& after, const QJsonObject& figuresAfter) {
    SnapshotDiff d = diffFigures(figuresBefore, figuresAfter);
    std::size_t i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
        if (j >= after.size() || (i < before.size() && before[i].id < after[j].id)) {
            ++d.objects[typeOf(before[i].id)].removed;
            ++i;
        } else if (i >= before.size() || after[j].id < before[i].id) {
            ++d.objects[typeOf(after[j].id)].added;
            ++j;
        } else {
            if (before[i].modified != after[j].modified)
                ++d.objects[typeOf(after[j].id)].changed;
            ++i;
            ++j;
        }
    }
    return d;
}

SnapshotDiff diffFigures(const QJsonObject& figuresBefore, const QJsonObject& figuresAfter) {
    SnapshotDiff d;
    const auto totalsBefore = figuresBefore.value(QStringLiteral("totals")).toObject();
    const auto totalsAfter = figuresAfter.value(QStringLiteral("totals")).toObject();
    d.alertsByStatus = changes(totalsBefore.value(QStringLiteral("by_status")).toObject(),
                               totalsAfter.value(QStringLiteral("by_status")).toObject());
    d.alertsBySeverity = changes(totalsBefore.value(QStringLiteral("by_severity")).toObject(),
                                 totalsAfter.value(QStringLiteral("by_severity")).toObject());
    d.alertsTotal = {totalsBefore.value(QStringLiteral("total")).toInteger(),
                     totalsAfter.value(QStringLiteral("total")).toInteger()};
    d.alertsMatched = {totalsBefore.value(QStringLiteral("matched")).toInteger(),
                       totalsAfter.value(QStringLiteral("matched")).toInteger()};
    d.levelBefore = figuresBefore.value(QStringLiteral("threat_level")).toObject().value(QStringLiteral("level")).toInt(1);
    d.levelAfter = figuresAfter.value(QStringLiteral("threat_level")).toObject().value(QStringLiteral("level")).toInt(1);
    std::set<QString> openBefore, openAfter;
    for (const auto& v : figuresBefore.value(QStringLiteral("incidents_open_ids")).toArray())
        openBefore.insert(v.toString());
    for (const auto& v : figuresAfter.value(QStringLiteral("incidents_open_ids")).toArray())
        openAfter.insert(v.toString());
    std::set_difference(openAfter.begin(), openAfter.end(), openBefore.begin(), openBefore.end(),
                        std::back_inserter(d.incidentsOpened));
    std::set_difference(openBefore.begin(), openBefore.end(), openAfter.begin(), openAfter.end(),
                        std::back_inserter(d.incidentsClosed));
    const QJsonObject namedBefore = figuresBefore.value(QStringLiteral("named")).toObject();
    const QJsonObject namedAfter = figuresAfter.value(QStringLiteral("named")).toObject();
    for (auto type = namedAfter.begin(); type != namedAfter.end(); ++type) {
        const QJsonObject was = namedBefore.value(type.key()).toObject();
        const QJsonObject now = type.value().toObject();
        for (auto it = now.begin(); it != now.end(); ++it)
            if (!was.contains(it.key()))
                d.newNamed[type.key()].push_back({it.key(), it.value().toString()});
    }
    return d;
}

core::Result<SnapshotDiff> diffWithSnapshot(store::Database& db, std::int64_t a, std::optional<std::int64_t> b,
                                            std::int64_t now) {
    store::SnapshotRepository repo(db);
    auto snapA = repo.get(a);
    if (!snapA)
        return snapA.error();
    auto objectsA = repo.objects(a);
    if (!objectsA)
        return objectsA.error();
    const QJsonObject figuresA = QJsonDocument::fromJson(snapA.value().figures).object();
    if (b) {
        auto snapB = repo.get(*b);
        if (!snapB)
            return snapB.error();
        auto objectsB = repo.objects(*b);
        if (!objectsB)
            return objectsB.error();
        return diffSnapshots(objectsA.value(), figuresA, objectsB.value(),
                             QJsonDocument::fromJson(snapB.value().figures).object());
    }
    const QString key = figuresA.value(QStringLiteral("window")).toObject().value(QStringLiteral("key")).toString();
    auto window = parseSituationWindow(key.isEmpty() ? QStringLiteral("7d") : key, now);
    if (!window)
        return window.error();
    auto picture = computeSituation(db, window.value(), now);
    if (!picture)
        return picture.error();
    auto figuresB = snapshotFigures(db, picture.value());
    if (!figuresB)
        return figuresB.error();
    auto objectsB = repo.currentObjects();
    if (!objectsB)
        return objectsB.error();
    return diffSnapshots(objectsA.value(), figuresA, objectsB.value(), figuresB.value());
}

QJsonObject snapshotDiffJson(const SnapshotDiff& d) {
    QJsonObject objects;
    for (const auto& [type, c] : d.objects)
        objects.insert(type, QJsonObject{{QStringLiteral("added"), static_cast<qint64>(c.added)},
                                         {QStringLiteral("removed"), static_cast<qint64>(c.removed)},
                                         {QStringLiteral("changed"), static_cast<qint64>(c.changed)}});
    auto counts = [](const std::map<QString, CountChange>& m) {
        QJsonObject o;
        for (const auto& [k, c] : m)
            o.insert(k, QJsonObject{{QStringLiteral("before"), static_cast<qint64>(c.before)},
                                    {QStringLiteral("after"), static_cast<qint64>(c.after)},
                                    {QStringLiteral("change"), static_cast<qint64>(c.after - c.before)}});
        return o;
    };
    auto one = [](const CountChange& c) {
        return QJsonObject{{QStringLiteral("before"), static_cast<qint64>(c.before)},
                           {QStringLiteral("after"), static_cast<qint64>(c.after)},
                           {QStringLiteral("change"), static_cast<qint64>(c.after - c.before)}};
    };
    QJsonObject newNamed;
    for (const auto& [type, list] : d.newNamed) {
        QJsonArray a;
        for (const auto& o : list)
            a.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name}});
        newNamed.insert(type, a);
    }
    QJsonArray opened, closed;
    for (const auto& id : d.incidentsOpened)
        opened.append(id);
    for (const auto& id : d.incidentsClosed)
        closed.append(id);
    return QJsonObject{{QStringLiteral("objects"), objects},
                       {QStringLiteral("alerts"), QJsonObject{{QStringLiteral("total"), one(d.alertsTotal)},
                                                              {QStringLiteral("matched"), one(d.alertsMatched)},
                                                              {QStringLiteral("by_status"), counts(d.alertsByStatus)},
                                                              {QStringLiteral("by_severity"), counts(d.alertsBySeverity)}}},
                       {QStringLiteral("threat_level"), QJsonObject{{QStringLiteral("before"), d.levelBefore},
                                                                    {QStringLiteral("after"), d.levelAfter},
                                                                    {QStringLiteral("changed"), d.levelBefore != d.levelAfter}}},
                       {QStringLiteral("new"), newNamed},
                       {QStringLiteral("incidents_opened"), opened},
                       {QStringLiteral("incidents_closed"), closed}};
}

std::vector<core::Message> keyDevelopments(const SnapshotDiff& d) {
    std::vector<core::Message> out;
    auto added = [&](const char* type, const char* text) {
        const auto it = d.newNamed.find(QString::fromLatin1(type));
        if (it == d.newNamed.end() || it->second.empty())
            return;
        QStringList shown;
        for (std::size_t k = 0; k < it->second.size() && k < 3; ++k)
            shown << it->second[k].name;
        const QString names = shown.join(QStringLiteral(", ")) + (it->second.size() > 3 ? QStringLiteral(", …") : QString());
        out.push_back(core::Message("Situation", text, static_cast<int>(it->second.size())).arg(names));
    };
    if (d.levelBefore != d.levelAfter)
        out.push_back(core::Message("Situation", QT_TRANSLATE_NOOP("Situation", "The threat level changed from %1 to %2."))
                          .arg(threatLevelName(threatLevelFromInt(d.levelBefore).value_or(ThreatLevel::Grey)))
                          .arg(threatLevelName(threatLevelFromInt(d.levelAfter).value_or(ThreatLevel::Grey))));
    added("campaign", QT_TRANSLATE_N_NOOP("Situation", "%n new campaign(s): %1"));
    added("intrusion-set", QT_TRANSLATE_N_NOOP("Situation", "%n new intrusion set(s): %1"));
    added("threat-actor", QT_TRANSLATE_N_NOOP("Situation", "%n new threat actor(s): %1"));
    added("warning", QT_TRANSLATE_N_NOOP("Situation", "%n new open partner warning(s): %1"));
    if (!d.incidentsOpened.empty())
        out.push_back(core::Message("Situation", QT_TRANSLATE_N_NOOP("Situation", "%n incident(s) opened: %1"),
                                    static_cast<int>(d.incidentsOpened.size()))
                          .arg(QStringList(d.incidentsOpened.begin(), d.incidentsOpened.end()).join(QStringLiteral(", "))));
    if (!d.incidentsClosed.empty())
        out.push_back(core::Message("Situation", QT_TRANSLATE_N_NOOP("Situation", "%n incident(s) closed: %1"),
                                    static_cast<int>(d.incidentsClosed.size()))
                          .arg(QStringList(d.incidentsClosed.begin(), d.incidentsClosed.end()).join(QStringLiteral(", "))));
    if (d.alertsMatched.after != d.alertsMatched.before)
        out.push_back(core::Message("Situation", QT_TRANSLATE_NOOP("Situation", "Alerts matching intelligence: %L1 (%2)."))
                          .arg(d.alertsMatched.after)
                          .arg((d.alertsMatched.after > d.alertsMatched.before ? QStringLiteral("+") : QString()) +
                               QString::number(d.alertsMatched.after - d.alertsMatched.before)));
    if (d.alertsTotal.after != d.alertsTotal.before)
        out.push_back(core::Message("Situation", QT_TRANSLATE_NOOP("Situation", "Alerts: %L1 (%2)."))
                          .arg(d.alertsTotal.after)
                          .arg((d.alertsTotal.after > d.alertsTotal.before ? QStringLiteral("+") : QString()) +
                               QString::number(d.alertsTotal.after - d.alertsTotal.before)));
    return out;
}

} // namespace lagebild::analysis
