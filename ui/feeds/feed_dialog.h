#pragma once

#include "models/core/feed_config.h"

#include <QDialog>
#include <QHash>

#include <string>

class QLineEdit;
class QPushButton;
class QComboBox;
class QSpinBox;
class QCheckBox;
class QLabel;
class QDialogButtonBox;

namespace lagebild::ui {

/// Whether the OS keychain answers here (FeedsPage probes it in a job before opening the dialog).
struct KeychainStatus {
    bool available = false;
    QString problem; // why not, when not available
};

/// Adds or edits one feed: every setting of `feeds add`, checked by sync::validateFeedConfig
/// before OK is accepted (the problem is shown in the dialog). The secret is typed into a
/// password field and kept in the OS keychain when one is available; the alternative is the
/// name of an environment variable that holds it. The dialog says which one the feed uses. It
/// never touches the keychain itself: the page stores `secret()` in a job.
class FeedDialog : public QDialog {
    Q_OBJECT
public:
    explicit FeedDialog(const core::FeedConfig& initial, const KeychainStatus& keychain = {}, QWidget* parent = nullptr);
    core::FeedConfig config() const;
    /// The secret typed for the keychain; empty = keep the stored one (or none needed).
    std::string secret() const;

    void accept() override;

private:
    void updateEnabledFields();
    /// `field` with a Browse… button for a PEM file beside it.
    QWidget* withBrowse(QLineEdit* field, const QString& title);

    core::FeedConfig m_initial;
    KeychainStatus m_keychain;
    QHash<QLineEdit*, QPushButton*> m_browse;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_collection;
    QComboBox* m_auth;
    QLineEdit* m_user;
    QComboBox* m_secretSource;
    QLineEdit* m_secret;
    QLabel* m_secretNote;
    QLineEdit* m_secretEnv;
    QLineEdit* m_clientCert;
    QLineEdit* m_clientKey;
    QLineEdit* m_ca;
    QLineEdit* m_pin;
    QLineEdit* m_proxy;
    QComboBox* m_tlp;
    QSpinBox* m_confidence;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_schedule;
    QCheckBox* m_enabled;
    QLabel* m_problem;
};

} // namespace lagebild::ui
