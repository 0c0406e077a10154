#pragma once

#include "models/imports/import_service.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace lagebild::ui {

/// Asked after File → Import…: what the files themselves may not say — the TLP of unmarked
/// objects, the source (partner) name and, for indicator lists, the type of every value.
class ImportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportOptionsDialog(QWidget* parent = nullptr);
    imports::ImportOptions options() const;

private:
    QComboBox* m_tlp;
    QLineEdit* m_source;
    QComboBox* m_type;
};

} // namespace lagebild::ui
