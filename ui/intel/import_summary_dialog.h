#pragma once

#include "models/imports/import_service.h"

#include <QDialog>

#include <vector>

namespace lagebild::ui {

/// The account of an import: one row per file (added, updated, unchanged, older, rejected),
/// its issues below it with position and object. All text plain (file content is untrusted).
class ImportSummaryDialog : public QDialog {
    Q_OBJECT
public:
    ImportSummaryDialog(const std::vector<imports::FileReport>& reports, const QString& failure, bool cancelled,
                        QWidget* parent = nullptr);
};

} // namespace lagebild::ui
