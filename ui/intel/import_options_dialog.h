#pragma once

#include "models/imports/import_service.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lagebild::ui {

/// What kinds of data a set of paths holds, by the format each file is recognised as (files in
/// folders too, up to kSniffLimit files; beyond that every kind is assumed).
struct ImportKinds {
    bool intel = false;  // STIX, MISP, galaxies, taxonomies, indicator lists
    bool lists = false;  // indicator lists (CSV)
    bool alerts = false; // Suricata EVE, Zeek, Sigma
    int files = 0;
    static constexpr int kSniffLimit = 300;
    static ImportKinds of(const QStringList& paths);
};

/// Asked after File → Import files…/Import folder…: what the files themselves may not say, and
/// only what applies to them: for intelligence the TLP of unmarked objects and the source
/// (partner) name, for indicator lists the type of every value, for sensor alerts the time zone
/// of timestamps written without one. Without paths every question is asked.
class ImportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportOptionsDialog(QWidget* parent = nullptr);
    ImportOptionsDialog(const ImportKinds& kinds, QWidget* parent = nullptr);
    imports::ImportOptions options() const;

private:
    QComboBox* m_tlp = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_zone = nullptr;
};

} // namespace lagebild::ui
