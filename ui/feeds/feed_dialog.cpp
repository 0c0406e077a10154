#include "ui/feeds/feed_dialog.h"

#include "models/sync/feed_sync_service.h"
#include "models/sync/secret_store.h"
#include "ui/common/command_palette.h"
#include "ui/common/error_presenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

QLineEdit* line(const QString& text, const QString& placeholder, QWidget* parent) {
    auto* e = new QLineEdit(text, parent);
    // Wide enough for its placeholder, which says what goes in.
    e->setMinimumWidth(e->fontMetrics().horizontalAdvance(placeholder) + 24);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

FeedDialog::FeedDialog(const core::FeedConfig& initial, const KeychainStatus& keychain, QWidget* parent)
    : QDialog(parent), m_initial(initial), m_keychain(keychain) {
    makeDialogWindow(this);
    setWindowTitle(initial.rid ? tr("Edit feed") : tr("Add feed"));
    auto* form = new QFormLayout;
    m_name = line(initial.name, tr("e.g. cert-eu"), this);
    m_kind = new QComboBox(this);
    for (const auto& kind : sync::feedKinds())
        m_kind->addItem(QCoreApplication::translate("FeedKind", kind.title), QString::fromLatin1(kind.name));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(initial.kind)));
    m_url = line(initial.url, tr("https://… (TAXII: discovery or API root)"), this);
    m_collection = line(initial.collection, tr("collection id or title"), this);
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("None"), static_cast<int>(core::FeedAuth::None));
    m_auth->addItem(tr("User and password"), static_cast<int>(core::FeedAuth::Basic));
    m_auth->addItem(tr("Bearer token"), static_cast<int>(core::FeedAuth::Bearer));
    m_auth->addItem(tr("API key (MISP)"), static_cast<int>(core::FeedAuth::ApiKey));
    m_auth->addItem(tr("Client certificate"), static_cast<int>(core::FeedAuth::ClientCert));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(static_cast<int>(initial.auth))));
    m_user = line(initial.user, {}, this);
    m_secretSource = new QComboBox(this);
    m_secretSource->addItem(tr("OS keychain"), static_cast<int>(core::SecretSource::Keychain));
    m_secretSource->addItem(tr("Environment variable"), static_cast<int>(core::SecretSource::Environment));
    if (!keychain.available) // offered only where a keychain answers (a stored keychain feed keeps its choice)
        if (auto* items = qobject_cast<QStandardItemModel*>(m_secretSource->model()))
            items->item(0)->setEnabled(false);
    const bool keychainFirst =
        initial.secretInKeychain() || (keychain.available && initial.rid == 0 && initial.secretEnv.isEmpty());
    m_secretSource->setCurrentIndex(keychainFirst ? 0 : 1);
    m_secret = line({}, initial.secretInKeychain() ? tr("stored in the keychain; leave empty to keep it") : QString(), this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretNote = new QLabel(this);
    m_secretNote->setTextFormat(Qt::PlainText); // the keychain's answer and the feed name are not ours
    m_secretNote->setWordWrap(true);
    m_secretEnv = line(initial.secretEnv, tr("name of the environment variable holding the secret"), this);
    m_clientCert = line(initial.clientCert, tr("PEM file"), this);
    m_clientKey = line(initial.clientKey, tr("PEM file"), this);
    m_ca = line(initial.caFile, tr("PEM file with the CA certificates for this feed (optional)"), this);
    m_pin = line(initial.pin, tr("sha256/BASE64 of the server key (optional)"), this);
    m_proxy = line(initial.proxy, tr("host:port (optional)"), this);
    m_tlp = new QComboBox(this);
    m_tlp->addItem(tr("(keep unmarked)"), QString());
    for (const char* t : {"clear", "green", "amber", "amber+strict", "red"})
        m_tlp->addItem(QStringLiteral("TLP:%1").arg(QString::fromLatin1(t).toUpper()), QString::fromLatin1(t));
    m_tlp->setCurrentIndex(std::max(0, m_tlp->findData(initial.tlp)));
    m_confidence = new QSpinBox(this);
    m_confidence->setRange(-1, 100);
    m_confidence->setSpecialValueText(tr("(none)"));
    m_confidence->setValue(initial.confidence);
    m_schedule = new QSpinBox(this);
    m_schedule->setRange(0, 7 * 24 * 60);
    m_schedule->setSpecialValueText(tr("manual only"));
    m_schedule->setSuffix(tr(" min"));
    m_schedule->setValue(initial.scheduleMinutes);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, core::kMaxFeedTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(initial.effectiveTimeoutSeconds());
    m_timeout->setToolTip(tr("How long one request may take, from sending it to the last byte of the answer. Some "
                             "servers think for half a minute or more before they answer a large query."));
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setChecked(initial.enabled);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Collection:"), m_collection);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("Secret &kept in:"), m_secretSource);
    form->addRow(tr("Pass&word or token:"), m_secret);
    form->addRow(tr("Secret &variable:"), m_secretEnv);
    form->addRow(tr("Client certificate:"), withBrowse(m_clientCert, tr("Client certificate")));
    form->addRow(tr("Client key:"), withBrowse(m_clientKey, tr("Key of the client certificate")));
    form->addRow(tr("C&A file:"), withBrowse(m_ca, tr("CA certificates")));
    form->addRow(tr("&Pin:"), m_pin);
    form->addRow(tr("Pro&xy:"), m_proxy);
    form->addRow(tr("&TLP of unmarked data:"), m_tlp);
    form->addRow(tr("C&onfidence of unmarked indicators:"), m_confidence);
    form->addRow(tr("Sync &every:"), m_schedule);
    form->addRow(tr("Time li&mit per request:"), m_timeout);
    form->addRow(QString(), m_enabled);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Secrets are never stored in the database: Lagebild keeps them in the OS keychain, or "
                               "reads them at sync time from an environment variable you name."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_secretNote); // below the form: QFormLayout clips a wrapped label in a row
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FeedDialog::updateEnabledFields);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &FeedDialog::updateEnabledFields);
    connect(m_secretSource, &QComboBox::currentIndexChanged, this, &FeedDialog::updateEnabledFields);
    connect(m_name, &QLineEdit::textChanged, this, &FeedDialog::updateEnabledFields);
    updateEnabledFields();
}

QWidget* FeedDialog::withBrowse(QLineEdit* field, const QString& title) {
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(field->objectName() + QStringLiteral("Browse"));
    h->addWidget(field, 1);
    h->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, field, title] {
        const QString file =
            QFileDialog::getOpenFileName(this, title, field->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!file.isEmpty())
            field->setText(file);
    });
    m_browse.insert(field, browse); // enabled with its field (updateEnabledFields)
    return row;
}

void FeedDialog::updateEnabledFields() {
    const auto auth = static_cast<core::FeedAuth>(m_auth->currentData().toInt());
    const sync::FeedKind* kind = sync::findFeedKind(m_kind->currentData().toString());
    m_collection->setEnabled(kind && kind->needsCollection);
    m_user->setEnabled(auth == core::FeedAuth::Basic);
    const bool secret = core::authNeedsSecret(auth);
    const bool keychain = static_cast<core::SecretSource>(m_secretSource->currentData().toInt()) == core::SecretSource::Keychain;
    m_secretSource->setEnabled(secret);
    m_secret->setEnabled(secret && keychain);
    m_secretEnv->setEnabled(secret && !keychain);
    if (!secret)
        m_secretNote->setText(tr("This authentication uses no secret."));
    else if (keychain && (m_keychain.available || m_initial.secretInKeychain()))
        m_secretNote->setText(tr("The secret is kept in the OS keychain (entry \"%1\" of Lagebild), never in the database.")
                                  .arg(sync::keychainKey(m_name->text().trimmed())));
    else if (m_keychain.available)
        m_secretNote->setText(tr("The secret is read at sync time from the environment variable named above."));
    else
        m_secretNote->setText(tr("No OS keychain is available here (%1). The secret is read at sync time from the "
                                 "environment variable named above.")
                                  .arg(m_keychain.problem));
    m_clientCert->setEnabled(auth == core::FeedAuth::ClientCert);
    m_clientKey->setEnabled(auth == core::FeedAuth::ClientCert);
    for (auto it = m_browse.cbegin(); it != m_browse.cend(); ++it)
        it.value()->setEnabled(it.key()->isEnabled());
}

core::FeedConfig FeedDialog::config() const {
    core::FeedConfig c = m_initial;
    c.name = m_name->text().trimmed();
    c.kind = m_kind->currentData().toString();
    c.url = m_url->text().trimmed();
    c.collection = m_collection->isEnabled() ? m_collection->text().trimmed() : QString();
    c.auth = static_cast<core::FeedAuth>(m_auth->currentData().toInt());
    c.user = m_user->isEnabled() ? m_user->text().trimmed() : QString();
    c.secretEnv = m_secretEnv->isEnabled() ? m_secretEnv->text().trimmed() : QString();
    c.secretSource = m_secret->isEnabled() ? core::SecretSource::Keychain : core::SecretSource::Environment;
    c.clientCert = m_clientCert->isEnabled() ? m_clientCert->text().trimmed() : QString();
    c.clientKey = m_clientKey->isEnabled() ? m_clientKey->text().trimmed() : QString();
    c.caFile = m_ca->text().trimmed();
    c.pin = m_pin->text().trimmed();
    c.proxy = m_proxy->text().trimmed();
    c.tlp = m_tlp->currentData().toString();
    c.confidence = m_confidence->value();
    c.scheduleMinutes = m_schedule->value();
    c.timeoutSeconds =
        m_timeout->value() == core::kDefaultFeedTimeoutSeconds && m_initial.timeoutSeconds == 0 ? 0 : m_timeout->value();
    c.enabled = m_enabled->isChecked();
    return c;
}

std::string FeedDialog::secret() const { return m_secret->isEnabled() ? m_secret->text().toStdString() : std::string(); }

void FeedDialog::accept() {
    const core::FeedConfig c = config();
    QString problem;
    if (auto s = sync::validateFeedConfig(c); !s)
        problem = errorText(s.error());
    else if (c.secretInKeychain() && secret().empty() && !m_initial.secretInKeychain())
        problem = tr("Enter the password or token to keep in the OS keychain.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace lagebild::ui
