#include "ui/common/error_presenter.h"

#include <QLabel>

namespace lagebild::ui {

QString errorText(const core::Error& error) {
    if (error.detail.isEmpty() || error.message.contains(error.detail))
        return error.message;
    return error.message + QLatin1Char('\n') + error.detail;
}

void showError(QLabel* label, const core::Error& error) {
    label->setTextFormat(Qt::PlainText);
    label->setText(errorText(error));
    label->setToolTip(error.detail);
}

} // namespace lagebild::ui
