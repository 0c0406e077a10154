#include "models/analysis/attack_matrix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>
#include <set>

namespace lagebild::analysis {

namespace {

QString domainOfKillChain(const QString& killChain) {
    if (killChain == QLatin1String("mitre-ics-attack"))
        return QStringLiteral("ics-attack");
    if (killChain == QLatin1String("mitre-mobile-attack"))
        return QStringLiteral("mobile-attack");
    return QStringLiteral("enterprise-attack");
}

} // namespace

core::Result<std::vector<Technique>> loadTechniques(store::Database& db) {
    auto st = db.prepare("SELECT json FROM stix_object WHERE type = 'attack-pattern' AND revoked = 0");
    if (!st)
        return st.error();
    std::vector<Technique> out;
    auto s = st.value().forEachRow([&](const store::Statement& r) {
        const auto text = r.columnText(0);
        const QJsonObject o = QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size()))).object();
        if (o.value(QStringLiteral("x_mitre_deprecated")).toBool() || o.value(QStringLiteral("revoked")).toBool())
            return;
        Technique t;
        for (const auto& ref : o.value(QStringLiteral("external_references")).toArray()) {
            const QJsonObject e = ref.toObject();
            if (e.value(QStringLiteral("source_name")).toString().startsWith(QLatin1String("mitre-")) &&
                e.value(QStringLiteral("external_id")).toString().startsWith(QLatin1Char('T'))) {
                t.id = e.value(QStringLiteral("external_id")).toString();
                break;
            }
        }
        if (t.id.isEmpty())
            return;
        t.name = o.value(QStringLiteral("name")).toString();
        for (const auto& p : o.value(QStringLiteral("kill_chain_phases")).toArray()) {
            const QJsonObject phase = p.toObject();
            const QString chain = phase.value(QStringLiteral("kill_chain_name")).toString();
            if (!chain.startsWith(QLatin1String("mitre-")))
                continue;
            t.tactics << phase.value(QStringLiteral("phase_name")).toString();
            if (t.domain.isEmpty())
                t.domain = domainOfKillChain(chain);
        }
        const QJsonArray domains = o.value(QStringLiteral("x_mitre_domains")).toArray();
        if (!domains.isEmpty())
            t.domain = domains.first().toString();
        if (t.domain.isEmpty())
            t.domain = QStringLiteral("enterprise-attack");
        out.push_back(std::move(t));
    });
    if (!s)
        return s.error();
    std::sort(out.begin(), out.end(), [](const Technique& a, const Technique& b) { return a.id < b.id; });
    return out;
}

core::Result<std::map<QString, TechniqueScore>> techniqueScores(store::Database& db, const store::TimeWindow& window) {
    std::map<QString, TechniqueScore> out;
    const std::int64_t from = window.all ? std::numeric_limits<std::int64_t>::min() : window.from;
    const std::int64_t to = window.all ? std::numeric_limits<std::int64_t>::max() : window.to;
    auto counts = store::SituationQueries(db).techniqueCounts(window);
    if (!counts)
        return counts.error();
    for (const auto& [key, n] : counts.value())
        if (!key.startsWith(QLatin1Char('*')))
            out[key].alerts = n;
    auto incidents = db.prepare("SELECT t.technique, count(DISTINCT a.incident_rid) FROM alert a JOIN alert_technique t "
                                "ON t.alert_rid = a.rid WHERE a.incident_rid IS NOT NULL AND +a.time >= ?1 AND +a.time < ?2 "
                                "GROUP BY t.technique");
    if (!incidents)
        return incidents.error();
    incidents.value().bind(1, from).bind(2, to);
    if (auto s = incidents.value().forEachRow(
            [&](const store::Statement& r) { out[r.columnQString(0)].incidents = r.columnInt64(1); });
        !s)
        return s.error();
    // Intel that uses a technique: relationships "uses" to an attack-pattern from a live object.
    auto intel = db.prepare(
        "SELECT ap.json, count(DISTINCT e.source_ref) FROM stix_edge e JOIN stix_object ap ON ap.id = e.target_ref "
        "JOIN stix_object src ON src.id = e.source_ref WHERE e.kind = 'uses' AND ap.type = 'attack-pattern' "
        "AND ap.revoked = 0 AND src.revoked = 0 AND src.type IN ('campaign', 'intrusion-set', 'threat-actor', 'malware', "
        "'tool') GROUP BY ap.rid");
    if (!intel)
        return intel.error();
    if (auto s = intel.value().forEachRow([&](const store::Statement& r) {
            const auto text = r.columnText(0);
            const QJsonObject o = QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size()))).object();
            for (const auto& ref : o.value(QStringLiteral("external_references")).toArray()) {
                const QJsonObject e = ref.toObject();
                if (e.value(QStringLiteral("source_name")).toString().startsWith(QLatin1String("mitre-"))) {
                    out[e.value(QStringLiteral("external_id")).toString()].intel += r.columnInt64(1);
                    break;
                }
            }
        });
        !s)
        return s.error();
    return out;
}

QString defaultDomain(const std::vector<Technique>& techniques) {
    std::map<QString, int> count;
    for (const auto& t : techniques)
        ++count[t.domain];
    if (count.empty() || count.count(QStringLiteral("enterprise-attack")))
        return QStringLiteral("enterprise-attack");
    return std::max_element(count.begin(), count.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;
}

QJsonObject navigatorLayer(const std::vector<Technique>& techniques, const std::map<QString, TechniqueScore>& scores,
                           const QString& domain, const QString& name, const QString& description) {
    QJsonArray entries;
    std::int64_t maximum = 0;
    std::map<QString, const Technique*> known;
    for (const auto& t : techniques)
        known[t.id] = &t;
    for (const auto& [id, score] : scores) {
        if (score.score() <= 0)
            continue;
        const auto it = known.find(id);
        if (it != known.end() && it->second->domain != domain)
            continue;
        maximum = std::max(maximum, score.score());
        const QString comment =
            QStringLiteral("alerts: %1; intel: %2; incidents: %3").arg(score.alerts).arg(score.intel).arg(score.incidents);
        auto entry = [&](const QString& tactic) {
            QJsonObject e{{QStringLiteral("techniqueID"), id},
                          {QStringLiteral("score"), static_cast<qint64>(score.score())},
                          {QStringLiteral("comment"), comment},
                          {QStringLiteral("enabled"), true}};
            if (!tactic.isEmpty())
                e.insert(QStringLiteral("tactic"), tactic);
            entries.append(e);
        };
        if (it == known.end() || it->second->tactics.isEmpty())
            entry(QString());
        else
            for (const auto& tactic : it->second->tactics)
                entry(tactic);
    }
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("attack"), QStringLiteral("18")},
                                                 {QStringLiteral("navigator"), QStringLiteral("5.1.0")},
                                                 {QStringLiteral("layer"), QStringLiteral("4.5")}}},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("description"), description},
        {QStringLiteral("sorting"), 3},
        {QStringLiteral("hideDisabled"), false},
        {QStringLiteral("techniques"), entries},
        {QStringLiteral("gradient"),
         QJsonObject{{QStringLiteral("colors"),
                      QJsonArray{QStringLiteral("#ffffffff"), QStringLiteral("#ffb000ff"), QStringLiteral("#d55e00ff")}},
                     {QStringLiteral("minValue"), 0},
                     {QStringLiteral("maxValue"), static_cast<qint64>(std::max<std::int64_t>(maximum, 1))}}},
        {QStringLiteral("legendItems"),
         QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("score = alerts + intel + incidents")},
                                {QStringLiteral("color"), QStringLiteral("#d55e00")}}}},
        {QStringLiteral("showTacticRowBackground"), false},
        {QStringLiteral("selectSubtechniquesWithParent"), false},
    };
}

core::Result<AttackMatrix> buildAttackMatrix(store::Database& db, const store::TimeWindow& window, QString domain) {
    auto techniques = loadTechniques(db);
    if (!techniques)
        return techniques.error();
    AttackMatrix m;
    if (techniques.value().empty())
        return m;
    m.domain = domain.isEmpty() ? defaultDomain(techniques.value()) : domain;
    auto scores = techniqueScores(db, window);
    if (!scores)
        return scores.error();
    // Alerts of a parent: every alert carrying it or one of its sub-techniques, once (the rollup's
    // family rows); incidents: those with alerts of the family in the window.
    auto families = store::SituationQueries(db).techniqueCounts(window);
    if (!families)
        return families.error();
    std::map<QString, std::pair<std::int64_t, std::int64_t>> parentAlerts;
    for (const auto& [key, n] : families.value())
        if (key.startsWith(QLatin1Char('*')))
            parentAlerts[key.mid(1)].first = n;
    const std::int64_t from = window.all ? std::numeric_limits<std::int64_t>::min() : window.from;
    const std::int64_t to = window.all ? std::numeric_limits<std::int64_t>::max() : window.to;
    auto incidents = db.prepare(
        "SELECT CASE WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE "
        "t.technique END AS parent, count(DISTINCT a.incident_rid) FROM alert a JOIN alert_technique t ON t.alert_rid = "
        "a.rid WHERE a.incident_rid IS NOT NULL AND +a.time >= ?1 AND +a.time < ?2 GROUP BY parent");
    if (!incidents)
        return incidents.error();
    incidents.value().bind(1, from).bind(2, to);
    if (auto s = incidents.value().forEachRow(
            [&](const store::Statement& r) { parentAlerts[r.columnQString(0)].second = r.columnInt64(1); });
        !s)
        return s.error();

    // Tactic order from the domain's matrix object, where the data has one.
    std::map<QString, QString> tacticNames; // shortname -> name
    std::vector<QString> order;
    auto tactics = db.prepare("SELECT json FROM stix_object WHERE type = 'x-mitre-tactic' AND revoked = 0");
    if (!tactics)
        return tactics.error();
    std::map<QString, std::pair<QString, QString>> tacticById; // id -> (shortname, name)
    if (auto s = tactics.value().forEachRow([&](const store::Statement& r) {
            const auto text = r.columnText(0);
            const QJsonObject o = QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size()))).object();
            tacticById[o.value(QStringLiteral("id")).toString()] = {o.value(QStringLiteral("x_mitre_shortname")).toString(),
                                                                    o.value(QStringLiteral("name")).toString()};
            tacticNames[o.value(QStringLiteral("x_mitre_shortname")).toString()] = o.value(QStringLiteral("name")).toString();
        });
        !s)
        return s.error();
    auto matrices = db.prepare("SELECT json FROM stix_object WHERE type = 'x-mitre-matrix' AND revoked = 0");
    if (!matrices)
        return matrices.error();
    if (auto s = matrices.value().forEachRow([&](const store::Statement& r) {
            const auto text = r.columnText(0);
            const QJsonObject o = QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size()))).object();
            const QJsonArray domains = o.value(QStringLiteral("x_mitre_domains")).toArray();
            if (!order.empty() || (!domains.isEmpty() && !domains.contains(m.domain)))
                return;
            for (const auto& ref : o.value(QStringLiteral("tactic_refs")).toArray())
                if (const auto it = tacticById.find(ref.toString()); it != tacticById.end())
                    order.push_back(it->second.first);
        });
        !s)
        return s.error();
    for (const auto& t : techniques.value())
        if (t.domain == m.domain)
            for (const auto& tactic : t.tactics)
                if (std::find(order.begin(), order.end(), tactic) == order.end())
                    order.push_back(tactic);
    std::map<QString, std::size_t> column;
    for (const auto& shortname : order) {
        column[shortname] = m.tactics.size();
        QString name = tacticNames.count(shortname) ? tacticNames.at(shortname) : QString();
        if (name.isEmpty()) // "initial-access" -> "Initial Access"
            for (const auto& word : shortname.split(QLatin1Char('-'))) {
                const bool small = !name.isEmpty() && (word == QLatin1String("and") || word == QLatin1String("of"));
                name +=
                    (name.isEmpty() ? QString() : QStringLiteral(" ")) + (small ? word : word.left(1).toUpper() + word.mid(1));
            }
        m.tactics.push_back({shortname, name});
    }
    m.columns.resize(m.tactics.size());

    // Cells: parents of the domain; sub-techniques fold into them.
    std::map<QString, MatrixCell> cells;
    std::map<QString, QStringList> cellTactics;
    std::set<QString> withParent;
    for (const auto& t : techniques.value()) {
        if (t.domain != m.domain)
            continue;
        auto& cell = cells[t.parent()];
        cell.id = t.parent();
        const auto sc = scores.value().find(t.id);
        if (sc != scores.value().end())
            cell.score.intel += sc->second.intel;
        if (t.isSubtechnique()) {
            ++cell.subtechniques;
            // A parent the data lacks still gets a cell, under its sub-techniques' tactics and
            // named after its first sub-technique.
            if (!withParent.count(cell.id)) {
                for (const auto& tactic : t.tactics)
                    if (!cellTactics[cell.id].contains(tactic))
                        cellTactics[cell.id] << tactic;
                if (cell.name.isEmpty())
                    cell.name = QStringLiteral("› %1 %2").arg(t.id, t.name);
            }
        } else {
            withParent.insert(cell.id);
            cell.name = t.name;
            cellTactics[cell.id] = t.tactics;
        }
    }
    for (auto& [id, cell] : cells) {
        if (const auto it = parentAlerts.find(id); it != parentAlerts.end()) {
            cell.score.alerts = it->second.first;
            cell.score.incidents = it->second.second;
        }
        m.maxScore = std::max(m.maxScore, cell.score.score());
        for (const auto& tactic : cellTactics[id])
            if (const auto c = column.find(tactic); c != column.end())
                m.columns[c->second].push_back(cell);
    }
    for (auto& col : m.columns)
        std::sort(col.begin(), col.end(), [](const MatrixCell& a, const MatrixCell& b) {
            return a.score.score() != b.score.score() ? a.score.score() > b.score.score() : a.id < b.id;
        });
    return m;
}

core::Result<std::map<QString, double>> readNavigatorLayer(const QByteArray& json, const QString& fileName) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return core::Error::make(core::ErrorCode::Parse,
                                 core::Message("AttackMatrix", QT_TRANSLATE_NOOP("AttackMatrix", "%1, byte %2: not JSON (%3)."))
                                     .arg(fileName)
                                     .arg(static_cast<qint64>(error.offset))
                                     .arg(error.errorString()));
    const QJsonObject layer = doc.object();
    if (!layer.value(QStringLiteral("techniques")).isArray() || !layer.value(QStringLiteral("domain")).isString())
        return core::Error::make(core::ErrorCode::WrongFormat,
                                 core::Message("AttackMatrix", QT_TRANSLATE_NOOP("AttackMatrix", "%1: not an ATT&CK Navigator "
                                                                                                 "layer (no \"domain\" and "
                                                                                                 "\"techniques\")."))
                                     .arg(fileName));
    std::map<QString, double> out;
    const QJsonArray entries = layer.value(QStringLiteral("techniques")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString id = e.value(QStringLiteral("techniqueID")).toString();
        if (id.isEmpty() || !id.startsWith(QLatin1Char('T')))
            return core::Error::make(core::ErrorCode::Parse,
                                     core::Message("AttackMatrix", QT_TRANSLATE_NOOP("AttackMatrix", "%1, techniques[%2]: no "
                                                                                                     "techniqueID such as "
                                                                                                     "T1059."))
                                         .arg(fileName)
                                         .arg(static_cast<qint64>(i)));
        if (!e.contains(QStringLiteral("score")))
            continue;
        const double score = e.value(QStringLiteral("score")).toDouble();
        auto [it, inserted] = out.emplace(id, score);
        if (!inserted)
            it->second = std::max(it->second, score);
    }
    return out;
}

} // namespace lagebild::analysis
