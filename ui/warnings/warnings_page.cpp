#include "ui/warnings/warnings_page.h"

#include "ui/common/adaptive_splitter.h"
#include "ui/common/chip_delegate.h"
#include "ui/common/column_fitter.h"

#include "models/items/chip.h"
#include "models/items/warning_model.h"
#include "models/store/audit_log.h"
#include "models/store/case_actions.h"
#include "ui/common/chip_delegate.h"
#include "ui/common/empty_state.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

// Unread (new) warnings in bold, like unread mail; the model only says which rows are unread.
class UnreadDelegate : public ChipDelegate {
public:
    using ChipDelegate::ChipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        ChipDelegate::initStyleOption(option, index);
        if (index.data(items::WarningModel::UnreadRole).toBool())
            option->font.setBold(true);
    }
};

std::int64_t nowMicros() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

QLabel* plainLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WarningsPage::WarningsPage(JobRunner& jobs, QAction* importAction, QWidget* parent) : QWidget(parent), m_jobs(jobs) {
    m_model = new items::WarningModel(this);
    m_stack = new QStackedLayout(this);
    m_empty = new EmptyState(tr("No partner warnings"),
                             tr("Early warnings of your partners are listed here to decide whether they apply to you: "
                                "STIX threat reports, notes and MISP events tagged as warnings, and everything from a "
                                "feed marked as a warning source. Their recommendations become a checklist.\n\n"
                                "Import your partners' warnings with File → Import files… or Import folder…"),
                             this);
    if (importAction)
        m_empty->addAction(importAction);

    m_content = new QWidget(this);
    // Beside the list from 1000 pixels on, under it in a narrower page (1024×700: the titles).
    auto* splitter = new AdaptiveSplitter(1000, {60, 40}, {45, 55}, m_content);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(splitter);

    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("warningList"));
    setFocusProxy(m_table); // focus given to the page goes to the list
    m_table->setModel(m_model);
    m_table->setItemDelegate(new UnreadDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Partner names can be long; the title gets the room, the source a fixed share (widened by hand).
    m_table->horizontalHeader()->setSectionResizeMode(items::WarningModel::SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(items::WarningModel::SourceColumn, 160);
    // A narrow list hides published, owner, source and due (in that order) before it cuts titles.
    new ColumnFitter(m_table, items::WarningModel::TitleColumn,
                     {items::WarningModel::PublishedColumn, items::WarningModel::OwnerColumn, items::WarningModel::SourceColumn,
                      items::WarningModel::DueColumn},
                     m_table->fontMetrics().horizontalAdvance(QString(28, QLatin1Char('m'))));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            showDetail(current.data(items::WarningModel::IdRole).toString());
    });

    m_detail = new QWidget(splitter);
    auto* detail = new QVBoxLayout(m_detail);
    m_title = plainLabel(QString(), m_detail);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = plainLabel(QString(), m_detail);
    m_tlpChip = new QLabel(m_detail);
    m_tlpChip->setObjectName(QStringLiteral("warningTlp"));
    m_tlpChip->hide();
    m_description = new QPlainTextEdit(m_detail);
    m_description->setReadOnly(true);
    m_description->setObjectName(QStringLiteral("warningDescription"));
    m_checklist = new QListWidget(m_detail);
    m_checklist->setObjectName(QStringLiteral("recommendations"));
    m_checklist->setWordWrap(true);
    // Space between the items and alternating rows: a recommendation's title must not look
    // attached to the item before it.
    m_checklist->setSpacing(3);
    m_checklist->setAlternatingRowColors(true);
    connect(m_checklist, &QListWidget::itemChanged, this, &WarningsPage::checklistChanged);
    m_owner = new QLineEdit(m_detail);
    m_owner->setPlaceholderText(tr("Who handles it"));
    connect(m_owner, &QLineEdit::editingFinished, this, &WarningsPage::ownerEdited);
    m_due = new QDateEdit(m_detail);
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate(2000, 1, 1));
    m_due->setSpecialValueText(tr("No due date"));
    // "No due date" is the minimum date; the calendar must not open in January 2000 for it.
    m_due->calendarWidget()->installEventFilter(this);
    connect(m_due, &QDateEdit::dateChanged, this, &WarningsPage::dueEdited);
    auto* form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue:"), m_due);

    struct StateButton {
        store::WarningState state;
        QString text;
        Qt::Key key;
    };
    const StateButton buttons[] = {
        {store::WarningState::Applies, tr("Applies to us (A)"), Qt::Key_A},
        {store::WarningState::NotApplicable, tr("Not applicable (N)"), Qt::Key_N},
        {store::WarningState::Mitigated, tr("Mitigated (M)"), Qt::Key_M},
        {store::WarningState::New, tr("Mark as new (U)"), Qt::Key_U},
    };
    auto* row = new QHBoxLayout;
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, m_detail);
        button->setCheckable(true);
        button->setProperty("warningState", store::warningStateName(b.state));
        connect(button, &QPushButton::clicked, this, [this, state = b.state] { setState(state); });
        // Single keys act while the inbox has focus; text fields keep their letters.
        auto* shortcut = new QShortcut(QKeySequence(b.key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, state = b.state] { setState(state); });
        row->addWidget(button);
        m_stateButtons << button;
    }
    row->addStretch(1);

    detail->addWidget(m_title);
    auto* metaRow = new QHBoxLayout;
    metaRow->addWidget(m_tlpChip, 0, Qt::AlignTop);
    metaRow->addWidget(m_meta, 1);
    detail->addLayout(metaRow);
    detail->addLayout(row);
    detail->addWidget(m_description, 2);
    m_checklistLabel = plainLabel(QString(), m_detail);
    m_checklistLabel->setObjectName(QStringLiteral("recommendationsDone"));
    detail->addWidget(m_checklistLabel);
    detail->addWidget(m_checklist, 1);
    detail->addLayout(form);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_detail->setEnabled(false);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
}

void WarningsPage::reload() {
    const quint64 generation = ++m_listGeneration;
    m_jobs.run<std::vector<store::WarningSummary>>(
        this, [](store::Database& db) { return store::WarningRepository(db, store::currentActor()).list(); },
        [this, generation](const core::Result<std::vector<store::WarningSummary>>& list) {
            if (generation != m_listGeneration)
                return; // a newer reload is on its way
            if (!list) {
                showError(m_meta, list.error());
                emit updated();
                return;
            }
            const QString keep = m_currentId;
            m_model->setWarnings(list.value());
            m_stack->setCurrentWidget(m_model->rowCount() > 0 ? m_content : static_cast<QWidget*>(m_empty));
            emit unreadCountChanged(m_model->unreadCount());
            if (m_model->rowCount() == 0) {
                m_currentId.clear();
                m_detail->setEnabled(false);
                emit updated();
                return;
            }
            const int row = m_model->rowOf(keep);
            m_table->setCurrentIndex(m_model->index(row >= 0 ? row : 0, items::WarningModel::TitleColumn));
            emit updated();
        });
}

void WarningsPage::select(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, items::WarningModel::TitleColumn));
}

void WarningsPage::showDetail(const QString& id) {
    m_currentId = id;
    const quint64 generation = ++m_detailGeneration;
    m_jobs.run<store::WarningDetail>(
        this, [id](store::Database& db) { return store::WarningRepository(db, store::currentActor()).get(id); },
        [this, generation](const core::Result<store::WarningDetail>& detail) {
            if (generation != m_detailGeneration)
                return;
            if (detail)
                fillDetail(detail.value());
            else
                showError(m_meta, detail.error());
            emit updated();
        });
}

void WarningsPage::fillDetail(const store::WarningDetail& d) {
    m_filling = true;
    const auto& s = d.summary;
    m_title->setText(s.title.isEmpty() ? s.id : s.title);
    const QString published =
        s.published > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.published / 1000).date(), QLocale::ShortFormat)
                        : QString();
    const QModelIndex tlpCell = m_model->index(std::max(0, m_model->rowOf(s.id)), items::WarningModel::TlpColumn);
    const QString tlp = m_model->data(tlpCell).toString();
    showChip(m_tlpChip, m_model->data(tlpCell, items::kChipRole).toString(), tlp);
    // The TLP is the chip beside this line; the text names it only when there is none.
    m_meta->setText(tlp.isEmpty() ? tr("%1 · %2 · published %3 · state: %4")
                                        .arg(s.source.isEmpty() ? tr("unknown source") : s.source, tr("no TLP"), published,
                                             items::WarningModel::stateText(s.state))
                                  : tr("%1 · published %2 · state: %3")
                                        .arg(s.source.isEmpty() ? tr("unknown source") : s.source, published,
                                             items::WarningModel::stateText(s.state)));
    m_description->setPlainText(d.description.isEmpty() ? tr("(The warning has no description.)") : d.description);
    m_checklist->clear();
    for (const auto& r : d.recommendations) {
        auto* item = new QListWidgetItem(r.text.isEmpty() ? r.name : r.name + QStringLiteral(" — ") + r.text, m_checklist);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(r.done ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, r.id);
        if (r.done)
            item->setToolTip(tr("Done by %1").arg(r.doneBy));
    }
    if (d.recommendations.empty())
        new QListWidgetItem(tr("The warning names no course of action."), m_checklist);
    updateChecklistLabel();
    m_owner->setText(s.owner);
    m_due->setDate(s.due ? QDateTime::fromMSecsSinceEpoch(*s.due / 1000).date() : m_due->minimumDate());
    for (QPushButton* b : m_stateButtons)
        b->setChecked(b->property("warningState").toString() == store::warningStateName(s.state));
    m_detail->setEnabled(true);
    m_filling = false;
}

void WarningsPage::write(std::function<core::Status(store::WarningRepository&, const QString&)> change) {
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    ++m_detailGeneration; // this write's answer supersedes a detail read still on its way
    m_jobs.run<store::WarningDetail>(
        this,
        [id, change = std::move(change)](store::Database& db) {
            return store::changeWarning(db, store::currentActor(), id,
                                        [&](store::WarningRepository& repo) { return change(repo, id); });
        },
        [this, id](const core::Result<store::WarningDetail>& detail) {
            if (!detail) {
                showError(m_meta, detail.error());
                emit updated();
                return;
            }
            m_model->updateWarning(detail.value().summary);
            if (id == m_currentId)
                fillDetail(detail.value());
            emit unreadCountChanged(m_model->unreadCount());
            emit updated();
        });
}

void WarningsPage::setState(store::WarningState state) {
    write([state](store::WarningRepository& repo, const QString& id) { return repo.setState(id, state, nowMicros()); });
}

void WarningsPage::updateChecklistLabel() {
    int total = 0, done = 0;
    for (int i = 0; i < m_checklist->count(); ++i) {
        if (m_checklist->item(i)->data(Qt::UserRole).toString().isEmpty())
            continue;
        ++total;
        done += m_checklist->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_checklistLabel->setText(
        total == 0 ? tr("Recommendations")
                   : tr("Recommendations: %1 of %n done (Space ticks the highlighted one)", nullptr, total).arg(done));
}

void WarningsPage::checklistChanged(QListWidgetItem* item) {
    const QString itemId = item->data(Qt::UserRole).toString();
    if (m_filling || itemId.isEmpty())
        return;
    const bool done = item->checkState() == Qt::Checked;
    updateChecklistLabel();
    write([itemId, done](store::WarningRepository& repo, const QString& id) {
        return repo.setChecked(id, itemId, done, nowMicros());
    });
}

void WarningsPage::ownerEdited() {
    if (m_filling)
        return;
    const QString owner = m_owner->text();
    const auto* current = m_model->warningAt(m_model->rowOf(m_currentId));
    if (current && current->owner == owner.trimmed())
        return;
    write([owner](store::WarningRepository& repo, const QString& id) { return repo.setOwner(id, owner, nowMicros()); });
}

bool WarningsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_due->calendarWidget() && event->type() == QEvent::Show && m_due->date() == m_due->minimumDate()) {
        const QDate today = QDate::currentDate();
        m_due->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

void WarningsPage::dueEdited() {
    if (m_filling)
        return;
    std::optional<std::int64_t> due;
    if (m_due->date() != m_due->minimumDate())
        due = QDateTime(m_due->date(), QTime(0, 0)).toMSecsSinceEpoch() * 1000;
    write([due](store::WarningRepository& repo, const QString& id) { return repo.setDue(id, due, nowMicros()); });
}

} // namespace lagebild::ui
