#include "ui/about/about_dialog.h"

#include "models/core/version.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

QString resourceText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Lagebild"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Lagebild %1").arg(QString::fromLatin1(core::kVersion)), this);
    title->setTextFormat(Qt::PlainText);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* blurb = new QLabel(tr("The situation picture for security operations centres: partner threat intelligence and "
                                "sensor alerts in one local cache. No network access is needed at run time and no "
                                "telemetry is sent.\n\nLicensed under the European Union Public Licence v. 1.2 (EUPL-1.2)."),
                             this);
    blurb->setTextFormat(Qt::PlainText);
    blurb->setWordWrap(true);
    auto* tabs = new QTabWidget(this);
    auto* licence = new QTextBrowser(tabs);
    licence->setPlainText(resourceText(QStringLiteral(":/licenses/LICENSE")));
    auto* third = new QTextBrowser(tabs);
    third->setOpenLinks(false);
    // Our own static HTML from resources, not data: no remote or local resource loading happens
    // because QTextBrowser here has no search paths and links are not followed.
    third->setHtml(resourceText(QStringLiteral(":/licenses/third_party.html")));
    tabs->addTab(third, tr("Third-party licences"));
    tabs->addTab(licence, tr("Licence (EUPL-1.2)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace lagebild::ui
