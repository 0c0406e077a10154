#pragma once

#include "models/core/feed_config.h"

#include <QDialog>

class QLineEdit;
class QComboBox;
class QSpinBox;
class QCheckBox;
class QLabel;
class QDialogButtonBox;

namespace lagebild::ui {

/// Adds or edits one feed: every setting of `feeds add`, checked by sync::validateFeedConfig
/// before OK is accepted (the problem is shown in the dialog). Secrets are never typed here:
/// the dialog asks for the name of the environment variable that holds one.
class FeedDialog : public QDialog {
    Q_OBJECT
public:
    explicit FeedDialog(const core::FeedConfig& initial, QWidget* parent = nullptr);
    core::FeedConfig config() const;

    void accept() override;

private:
    void updateEnabledFields();

    core::FeedConfig m_initial;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_collection;
    QComboBox* m_auth;
    QLineEdit* m_user;
    QLineEdit* m_secretEnv;
    QLineEdit* m_clientCert;
    QLineEdit* m_clientKey;
    QLineEdit* m_ca;
    QLineEdit* m_pin;
    QLineEdit* m_proxy;
    QComboBox* m_tlp;
    QSpinBox* m_confidence;
    QSpinBox* m_schedule;
    QCheckBox* m_enabled;
    QLabel* m_problem;
};

} // namespace lagebild::ui
