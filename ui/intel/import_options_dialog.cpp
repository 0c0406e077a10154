#include "ui/intel/import_options_dialog.h"

#include "models/core/tlp.h"
#include "models/imports/format_registry.h"
#include "ui/common/command_palette.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lagebild::ui {

ImportKinds ImportKinds::of(const QStringList& paths) {
    ImportKinds k;
    const auto targets = imports::ImportService::expandPaths(paths);
    k.files = static_cast<int>(targets.size());
    if (k.files > kSniffLimit)
        return {true, true, true, k.files};
    for (const auto& t : targets) {
        const imports::ImportFormat f =
            t.format != imports::ImportFormat::Auto ? t.format : imports::FormatRegistry::detect(t.path);
        if (f == imports::ImportFormat::Auto)
            continue; // not recognised: skipped or rejected, no question helps
        k.intel = k.intel || imports::FormatRegistry::producesIntel(f);
        k.lists = k.lists || f == imports::ImportFormat::Csv;
        k.alerts = k.alerts || imports::FormatRegistry::producesAlerts(f);
    }
    return k;
}

ImportOptionsDialog::ImportOptionsDialog(QWidget* parent) : ImportOptionsDialog(ImportKinds{true, true, true, 0}, parent) {}

ImportOptionsDialog::ImportOptionsDialog(const ImportKinds& kinds, QWidget* parent) : QDialog(parent) {
    makeDialogWindow(this);
    setWindowTitle(tr("Import options"));
    auto* form = new QFormLayout(this);
    if (kinds.files > 0) {
        QStringList what;
        if (kinds.intel)
            what << tr("intelligence");
        if (kinds.alerts)
            what << tr("sensor alerts");
        auto* about =
            new QLabel(tr("%n file(s)", nullptr, kinds.files) + (what.isEmpty() ? tr(" in no format Lagebild recognises.")
                                                                                : tr(" with %1.").arg(what.join(tr(" and ")))),
                       this);
        about->setObjectName(QStringLiteral("importKinds"));
        about->setTextFormat(Qt::PlainText);
        form->addRow(about);
    }
    if (kinds.intel) {
        m_tlp = new QComboBox(this);
        m_tlp->setObjectName(QStringLiteral("defaultTlp"));
        m_tlp->addItem(tr("As marked in the files"), QString());
        for (const auto level : {core::Tlp::Clear, core::Tlp::Green, core::Tlp::Amber, core::Tlp::AmberStrict, core::Tlp::Red})
            m_tlp->addItem(core::tlpLabel(level), core::tlpName(level));
        m_source = new QLineEdit(this);
        m_source->setObjectName(QStringLiteral("sourceName"));
        m_source->setPlaceholderText(tr("File name"));
        form->addRow(tr("TLP of unmarked objects:"), m_tlp);
        form->addRow(tr("Source (partner):"), m_source);
    }
    if (kinds.lists) {
        m_type = new QComboBox(this);
        m_type->setObjectName(QStringLiteral("listType"));
        m_type->addItem(tr("Recognise each value"), QString());
        for (const char* t : {"ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", "file:md5", "file:sha1",
                              "file:sha256", "file:sha512"})
            m_type->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
        form->addRow(tr("Indicator lists, type of every value:"), m_type);
    }
    if (kinds.alerts) {
        m_zone = new QComboBox(this);
        m_zone->setObjectName(QStringLiteral("assumedZone"));
        const auto offsetText = [](int minutes) {
            return QStringLiteral("UTC%1%2:%3")
                .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
        };
        m_zone->addItem(tr("UTC"), 0);
        const int local = QDateTime::currentDateTime().offsetFromUtc() / 60;
        if (local != 0)
            m_zone->addItem(tr("This computer's zone (%1)").arg(offsetText(local)), local);
        for (int h = -12; h <= 14; ++h)
            if (h != 0 && h * 60 != local)
                m_zone->addItem(offsetText(h * 60), h * 60);
        form->addRow(tr("Sensor timestamps without a zone are in:"), m_zone);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

imports::ImportOptions ImportOptionsDialog::options() const {
    imports::ImportOptions o;
    if (m_tlp)
        if (const QString tlp = m_tlp->currentData().toString(); !tlp.isEmpty())
            o.defaultTlp = core::tlpFromName(tlp);
    if (m_source)
        o.sourceName = m_source->text().trimmed();
    if (m_type)
        if (const QString type = m_type->currentData().toString(); !type.isEmpty())
            o.listType = core::observableTypeFromName(type.toStdString());
    if (m_zone)
        o.assumedOffsetMinutes = m_zone->currentData().toInt();
    return o;
}

} // namespace lagebild::ui
