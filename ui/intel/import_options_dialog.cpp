#include "ui/intel/import_options_dialog.h"

#include "models/core/tlp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace lagebild::ui {

ImportOptionsDialog::ImportOptionsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import options"));
    auto* form = new QFormLayout(this);
    m_tlp = new QComboBox(this);
    m_tlp->addItem(tr("As marked in the files"), QString());
    for (const auto level : {core::Tlp::Clear, core::Tlp::Green, core::Tlp::Amber, core::Tlp::AmberStrict, core::Tlp::Red})
        m_tlp->addItem(core::tlpLabel(level), core::tlpName(level));
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("File name"));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Recognise each value"), QString());
    for (const char* t :
         {"ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", "file:md5", "file:sha1", "file:sha256", "file:sha512"})
        m_type->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    form->addRow(tr("TLP of unmarked objects:"), m_tlp);
    form->addRow(tr("Source (partner):"), m_source);
    form->addRow(tr("Indicator lists, type of every value:"), m_type);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

imports::ImportOptions ImportOptionsDialog::options() const {
    imports::ImportOptions o;
    if (const QString tlp = m_tlp->currentData().toString(); !tlp.isEmpty())
        o.defaultTlp = core::tlpFromName(tlp);
    o.sourceName = m_source->text().trimmed();
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        o.listType = core::observableTypeFromName(type.toStdString());
    return o;
}

} // namespace lagebild::ui
