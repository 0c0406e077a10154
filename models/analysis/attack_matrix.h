#pragma once

#include "models/core/result.h"
#include "models/store/database.h"
#include "models/store/situation_queries.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace lagebild::analysis {

/// An ATT&CK technique from imported ATT&CK data (attack-pattern objects with a mitre external id;
/// revoked and deprecated ones are left out).
struct Technique {
    QString id; // "T1059.001", "T0803"
    QString name;
    QString domain;      // "enterprise-attack", "ics-attack", "mobile-attack"
    QStringList tactics; // kill-chain phase names ("execution", "inhibit-response-function")
    QString parent() const { return id.section(QLatin1Char('.'), 0, 0); }
    bool isSubtechnique() const { return id.contains(QLatin1Char('.')); }
};

/// What a technique scores in a window: alerts that carry it (rule tags), intel objects that use it
/// (relationships "uses" from campaigns, intrusion sets, threat actors, malware, tools), incidents
/// whose alerts carry it. score = alerts + intel + incidents.
struct TechniqueScore {
    std::int64_t alerts = 0;
    std::int64_t intel = 0;
    std::int64_t incidents = 0;
    std::int64_t score() const { return alerts + intel + incidents; }
};

core::Result<std::vector<Technique>> loadTechniques(store::Database& db);
/// Scores by technique id (ids from alert tags count even without ATT&CK data imported).
core::Result<std::map<QString, TechniqueScore>> techniqueScores(store::Database& db, const store::TimeWindow& window);

/// An ATT&CK Navigator layer (layer format 4.5) of the scored techniques of one domain: one entry per
/// technique and tactic with score and a comment naming the parts of the score; a gradient from
/// zero to the highest score; legend items. Techniques scored by alerts that the imported ATT&CK
/// data does not know are written without a tactic (Navigator shows them under every tactic).
QJsonObject navigatorLayer(const std::vector<Technique>& techniques, const std::map<QString, TechniqueScore>& scores,
                           const QString& domain, const QString& name, const QString& description);

/// A tactic (a column of the matrix): its short name as kill-chain phases name it, and its title.
struct Tactic {
    QString shortname; // "initial-access", "inhibit-response-function"
    QString name;      // "Initial Access"
};

/// One cell of the heatmap: a technique with its sub-techniques folded in (their alerts, intel and
/// incidents count for the parent; alerts once per alert).
struct MatrixCell {
    QString id; // parent id, "T1059"
    QString name;
    int subtechniques = 0;
    TechniqueScore score;
};

/// Tactics × techniques of one domain, each column sorted by score (highest first), then id.
struct AttackMatrix {
    QString domain;
    std::vector<Tactic> tactics;
    std::vector<std::vector<MatrixCell>> columns; // one per tactic
    std::int64_t maxScore = 0;
    bool empty() const { return tactics.empty(); }
};

/// The matrix of the imported ATT&CK data for the window. Tactic order: the domain's x-mitre-matrix
/// (tactic_refs), else the order tactics first appear in. Empty without ATT&CK data.
core::Result<AttackMatrix> buildAttackMatrix(store::Database& db, const store::TimeWindow& window, QString domain = {});

/// The domain a layer is made for when none is asked for: enterprise-attack when its data is
/// present or nothing is, else the domain with the most techniques.
QString defaultDomain(const std::vector<Technique>& techniques);

/// A layer made in Navigator, read back as an overlay: technique id → score (techniques listed
/// more than once, once per tactic, keep their highest score). Errors name the file position.
core::Result<std::map<QString, double>> readNavigatorLayer(const QByteArray& json, const QString& fileName);

} // namespace lagebild::analysis
