#include "ui/common/progress_frame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace lagebild::ui {

ProgressFrame::ProgressFrame(QStatusBar* statusBar) : QWidget(statusBar) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(220);
    m_bar->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    statusBar->addPermanentWidget(this);
    hide();
    m_showTimer = new QTimer(this);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(500);
    connect(m_showTimer, &QTimer::timeout, this, &QWidget::show);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressFrame::cancelRequested);
}

void ProgressFrame::start(const QString& text) {
    m_label->setText(text);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_showTimer->start();
}

void ProgressFrame::setProgress(qint64 done, qint64 total, const QString& text) {
    if (!m_cancel->isEnabled())
        return; // cancelling: keep saying so
    m_bar->setMaximum(total > 0 ? static_cast<int>(std::min<qint64>(total, 1000)) : 0);
    m_bar->setValue(total > 0 ? static_cast<int>(done * std::min<qint64>(total, 1000) / total) : 0);
    m_label->setText(text);
}

void ProgressFrame::setCancelling(const QString& text) {
    m_label->setText(text);
    m_cancel->setEnabled(false);
}

void ProgressFrame::finish() {
    m_showTimer->stop();
    hide();
}

} // namespace lagebild::ui
