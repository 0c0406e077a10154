#include "ui/common/command_palette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

QString plainText(const QAction* a) { return a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")); }

QString shortcutText(const QAction* a) {
    QStringList keys;
    for (const QKeySequence& k : a->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

void makeDialogWindow(QWidget* dialog) {
    dialog->setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint | Qt::WindowCloseButtonHint);
}

namespace {

QList<CommandPalette::Entry> ungrouped(const QList<QAction*>& actions) {
    QList<CommandPalette::Entry> out;
    for (QAction* a : actions)
        out.push_back({a, QString()});
    return out;
}

} // namespace

CommandPalette::CommandPalette(const QList<QAction*>& actions, QWidget* parent)
    : CommandPalette(ungrouped(actions), {}, parent) {}

CommandPalette::CommandPalette(const QList<Entry>& entries, std::function<void(QAction*)> run, QWidget* parent)
    : QDialog(parent), m_entries(entries), m_run(std::move(run)) {
    makeDialogWindow(this);
    setWindowTitle(tr("Command palette"));
    auto* layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Type to find an action"));
    m_list = new QListWidget(this);
    layout->addWidget(m_query);
    layout->addWidget(m_list);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    filter(QString());
    resize(480, 360);
}

void CommandPalette::filter(const QString& text) {
    m_list->clear();
    const QString query = text.trimmed();
    for (const Entry& e : m_entries) {
        QAction* a = e.action;
        const QString name = e.group.isEmpty() ? plainText(a) : tr("%1 › %2").arg(e.group, plainText(a));
        if (!a->isEnabled() || !name.contains(query, Qt::CaseInsensitive))
            continue;
        const QString keys = shortcutText(a);
        auto* item = new QListWidgetItem(keys.isEmpty() ? name : tr("%1    %2").arg(name, keys), m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject*>(a)));
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No action matches “%1”.").arg(query), m_list);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    m_list->setCurrentRow(0);
}

QStringList CommandPalette::shownTexts() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QAction* CommandPalette::currentAction() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? qobject_cast<QAction*>(item->data(Qt::UserRole).value<QObject*>()) : nullptr;
}

void CommandPalette::runCurrent() {
    QPointer<QAction> action = currentAction();
    if (!action)
        return; // nothing matches: the palette stays for another try
    accept();
    QTimer::singleShot(0, action, [action, run = m_run] {
        if (!action)
            return;
        if (run)
            run(action);
        else
            action->trigger();
    });
}

// Up and Down move in the list while the query keeps the focus.
bool CommandPalette::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

ShortcutHelpDialog::ShortcutHelpDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent) {
    makeDialogWindow(this);
    setWindowTitle(tr("Triage keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* table = new QTableWidget(0, 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The keys column fits its longest entry ("Strg+Umschalt+N" in German was cut).
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QAction* a : actions) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(plainText(a)));
        table->setItem(row, 1, new QTableWidgetItem(shortcutText(a)));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(table);
    layout->addWidget(buttons);
    int actionWidth = 0;
    for (const QAction* a : actions)
        actionWidth = std::max(actionWidth, fontMetrics().horizontalAdvance(plainText(a)));
    table->resizeColumnToContents(1);
    resize(std::max(520, actionWidth + table->columnWidth(1) + 80), 560);
}

} // namespace lagebild::ui
