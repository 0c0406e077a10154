#pragma once

#include "models/analysis/threat_level.h"

#include <QDateTime>
#include <QDialog>
#include <QFrame>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lagebild::ui {

/// Colours of the four BSI steps (grey, yellow, orange, red) with a readable text colour.
struct LevelColors {
    QColor background;
    QColor text;
};
LevelColors threatLevelColors(analysis::ThreatLevel level);

/// The threat level at the top of the Situation page: the step in its colour with its number and
/// name (never colour alone), the rule that set it, an override as such (who, why, until when, and
/// what the rules say), every rule that holds on hover; buttons to set and end an override.
class ThreatLevelBanner : public QFrame {
    Q_OBJECT
public:
    explicit ThreatLevelBanner(QWidget* parent = nullptr);
    void setAssessment(const analysis::ThreatAssessment& assessment);
    QString levelText() const;
    QString ruleText() const;

signals:
    void overrideRequested();
    void clearOverrideRequested();

private:
    QLabel* m_level;
    QLabel* m_rule;
    QLabel* m_override;
    QPushButton* m_set;
    QPushButton* m_clear;
};

/// Asks for an override: level, reason (required), until when (in the future).
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    OverrideDialog(analysis::ThreatLevel current, QWidget* parent = nullptr);
    int level() const;
    QString reason() const;
    QDateTime until() const;

private:
    void updateOk();
    QComboBox* m_level;
    QLineEdit* m_reason;
    QDateTimeEdit* m_until;
    QPushButton* m_ok;
};

} // namespace lagebild::ui
