#pragma once

#include <QDialog>

namespace lagebild::ui {

/// Help → About: version, licence (EUPL-1.2) and the third-party licences shipped in resources.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace lagebild::ui
