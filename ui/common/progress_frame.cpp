#include "ui/common/progress_frame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace lagebild::ui {

ProgressFrame::ProgressFrame(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(220);
    m_bar->setRange(0, 1000);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    hide();
    m_showTimer = new QTimer(this);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(500);
    connect(m_showTimer, &QTimer::timeout, this, &QWidget::show);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancel.cancel();
        m_label->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    });
}

void ProgressFrame::start(const QString& text, const core::CancelToken& cancel) {
    m_active = true;
    m_cancel = cancel;
    m_text = text;
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_showTimer->start();
}

void ProgressFrame::update(const core::ProgressUpdate& progress) {
    if (!m_active || m_cancel.isCancelled())
        return;
    m_label->setText(progress.phase.isEmpty() ? m_text : progress.phase);
    if (progress.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(std::min<std::int64_t>(1000, progress.done * 1000 / progress.total)));
    } else {
        m_bar->setRange(0, 0);
    }
}

void ProgressFrame::finish() {
    m_active = false;
    m_showTimer->stop();
    hide();
}

} // namespace lagebild::ui
