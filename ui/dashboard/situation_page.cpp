#include "ui/dashboard/situation_page.h"

#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"
#include "models/store/audit_log.h"
#include "models/store/intel_queries.h"
#include "ui/common/empty_state.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"
#include "ui/dashboard/attack_heatmap.h"
#include "ui/dashboard/ranked_list.h"
#include "ui/dashboard/situation_charts.h"
#include "ui/dashboard/snapshot_dialog.h"
#include "ui/dashboard/threat_level_banner.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QWidget* titled(const QString& title, QWidget* body, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* h = heading(title, box);
    h->setBuddy(body);
    v->addWidget(h);
    v->addWidget(body, 1);
    return box;
}

core::Result<SituationView> computeView(store::Database& db, const QString& key) {
    const std::int64_t now = core::nowMicros();
    auto window = analysis::parseSituationWindow(key, now);
    if (!window)
        return window.error();
    // One read transaction: figures, developments and the snapshot they compare with agree.
    store::TempStoreOnDisk temp(db); // large sorts to a temp file, not the heap
    store::ReadTransaction tx(db);
    SituationView view;
    auto picture = analysis::computeSituation(db, window.value(), now);
    if (!picture)
        return picture.error();
    view.picture = std::move(picture).value();
    auto matrix = analysis::buildAttackMatrix(db, view.picture.window.range);
    if (!matrix)
        return matrix.error();
    view.matrix = std::move(matrix).value();
    auto latest = store::SnapshotRepository(db).latest();
    if (!latest)
        return latest.error();
    if (latest.value()) {
        view.snapshotTime = latest.value()->created;
        auto now = analysis::snapshotFigures(db, view.picture);
        if (!now)
            return now.error();
        view.developments = analysis::keyDevelopments(
            analysis::diffFigures(QJsonDocument::fromJson(latest.value()->figures).object(), now.value()));
    }
    return view;
}

} // namespace

SituationPage::SituationPage(JobRunner& jobs, QAction* importAction, QWidget* parent) : QWidget(parent), m_jobs(jobs) {
    m_stack = new QStackedLayout(this);
    m_empty = new EmptyState(tr("No situation picture yet"),
                             tr("The situation picture brings partner intelligence and your own sensors' alerts "
                                "together: threat level, matched alerts, the most active threats.\n\nThe database is "
                                "empty. Load the demo situation to explore Lagebild with made-up partner "
                                "intelligence, alerts and incidents, or import your own data (STIX 2.1, MISP, "
                                "indicator lists, Suricata, Zeek, Sigma)."),
                             this);
    m_empty->addAction(importAction);
    m_empty->setObjectName(QStringLiteral("firstStart"));

    m_freeze = new QAction(tr("&Freeze situation picture"), this);
    m_freeze->setObjectName(QStringLiteral("freezeSituation"));
    m_freeze->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_freeze->setStatusTip(tr("Store a snapshot of the figures and of the versions of every object behind them"));
    connect(m_freeze, &QAction::triggered, this, &SituationPage::freeze);
    m_snapshots = new QAction(tr("S&napshots…"), this);
    m_snapshots->setStatusTip(tr("List snapshots and compare one with now or two with each other"));
    connect(m_snapshots, &QAction::triggered, this, [this] {
        SnapshotDialog dialog(m_jobs, this);
        dialog.exec();
    });
    addAction(m_freeze);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    auto* page = new QVBoxLayout(m_content);

    // Top: threat level | window and snapshot controls.
    m_banner = new ThreatLevelBanner(m_content);
    connect(m_banner, &ThreatLevelBanner::overrideRequested, this, &SituationPage::setOverride);
    connect(m_banner, &ThreatLevelBanner::clearOverrideRequested, this, &SituationPage::clearOverride);
    m_window = new QComboBox(m_content);
    m_window->setObjectName(QStringLiteral("situationWindow"));
    m_window->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_window->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_window->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_window->addItem(tr("Everything"), QStringLiteral("all"));
    m_window->addItem(tr("Custom…"), QString());
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::activated, this, &SituationPage::chooseWindow);
    m_windowText = new QLabel(m_content);
    m_windowText->setTextFormat(Qt::PlainText);
    m_windowText->setWordWrap(true);
    auto* freeze = new QToolButton(m_content);
    freeze->setDefaultAction(m_freeze);
    freeze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* snapshots = new QToolButton(m_content);
    snapshots->setDefaultAction(m_snapshots);
    snapshots->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* controls = new QGridLayout;
    auto* windowLabel = new QLabel(tr("&Window:"), m_content);
    windowLabel->setBuddy(m_window);
    controls->addWidget(windowLabel, 0, 0);
    controls->addWidget(m_window, 0, 1);
    controls->addWidget(m_windowText, 1, 0, 1, 2);
    controls->addWidget(freeze, 2, 0, 1, 2);
    controls->addWidget(snapshots, 3, 0, 1, 2);
    controls->setRowStretch(4, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addLayout(controls);
    page->addLayout(top);

    // Figure cards, each a button to what it counts.
    auto* cards = new QGridLayout;
    const QStringList titles = {tr("Intel objects"),  tr("Indicators"),           tr("Observables"),
                                tr("Feeds"),          tr("Alerts in the window"), tr("Matching intelligence"),
                                tr("Open incidents"), tr("Open partner warnings")};
    const Card targets[] = {Card::Intel,  Card::Intel,   Card::Intel,     Card::Feeds,
                            Card::Alerts, Card::Matched, Card::Incidents, Card::Warnings};
    const QStringList tips = {tr("Open the Intel page"),
                              tr("Open the Intel page"),
                              tr("Open the Intel page"),
                              tr("Open the Feeds page"),
                              tr("Open the alerts of the window in Triage"),
                              tr("Open the alerts of the window that match intelligence in Triage"),
                              tr("Open the Incidents page"),
                              tr("Open the Warnings page")};
    for (int i = 0; i < titles.size(); ++i) {
        auto* card = new QPushButton(m_content);
        card->setObjectName(QStringLiteral("situationCard%1").arg(i));
        card->setToolTip(tips.at(i));
        card->setCursor(Qt::PointingHandCursor);
        card->setMinimumHeight(fontMetrics().height() * 4);
        card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        connect(card, &QPushButton::clicked, this, [this, target = targets[i]] { emit cardActivated(target, windowFilter()); });
        auto* v = new QVBoxLayout(card);
        auto* t = new QLabel(titles.at(i), card);
        t->setTextFormat(Qt::PlainText);
        t->setWordWrap(true);
        t->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto* value = new QLabel(QStringLiteral("–"), card);
        value->setTextFormat(Qt::PlainText);
        value->setAttribute(Qt::WA_TransparentForMouseEvents);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        value->setFont(f);
        v->addWidget(t);
        v->addWidget(value);
        card->setAccessibleName(titles.at(i));
        cards->addWidget(card, i / 4, i % 4);
        m_values << value;
    }
    page->addLayout(cards);

    m_developments = new QLabel(m_content);
    m_developments->setObjectName(QStringLiteral("keyDevelopments"));
    m_developments->setTextFormat(Qt::PlainText);
    m_developments->setWordWrap(true);
    m_developments->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    page->addWidget(titled(tr("Key developments since the last snapshot"), m_developments, m_content));

    m_charts = new SituationCharts(m_content);
    connect(m_charts, &SituationCharts::drillDown, this, &SituationPage::drillDown);
    page->addWidget(m_charts);

    m_techniques = new RankedList(tr("Alerts"), m_content);
    m_techniques->setObjectName(QStringLiteral("topTechniques"));
    m_indicators = new RankedList(tr("Alerts"), m_content);
    m_indicators->setObjectName(QStringLiteral("topIndicators"));
    m_threats = new RankedList(tr("Alerts"), m_content);
    m_threats->setObjectName(QStringLiteral("activeThreats"));
    auto* lists = new QGridLayout;
    lists->addWidget(titled(tr("Top ATT&&CK techniques"), m_techniques, m_content), 0, 0);
    lists->addWidget(titled(tr("Top matched indicators"), m_indicators, m_content), 0, 1);
    lists->addWidget(titled(tr("Active campaigns and threat actors"), m_threats, m_content), 0, 2);
    page->addLayout(lists);
    for (auto* l : {m_techniques, m_indicators, m_threats})
        connect(l, &RankedList::drillDown, this, &SituationPage::drillDown);

    m_heatmap = new AttackHeatmap(m_content);
    connect(m_heatmap, &AttackHeatmap::drillDown, this, &SituationPage::drillDown);
    m_heatmapNote = new QLabel(m_content);
    m_heatmapNote->setTextFormat(Qt::PlainText);
    m_heatmapNote->setWordWrap(true);
    auto* layerButton = new QPushButton(tr("Lay a Navigator layer over it…"), m_content);
    connect(layerButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("ATT&CK Navigator layer"), QString(),
                                                          tr("Navigator layers (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadLayer(path);
    });
    auto* clearLayer = new QPushButton(tr("Remove the layer"), m_content);
    connect(clearLayer, &QPushButton::clicked, this, [this] {
        m_heatmap->setOverlay({}, QString());
        emit statusMessage(tr("The Navigator layer is no longer shown."));
    });
    auto* heatmapBar = new QHBoxLayout;
    heatmapBar->addWidget(m_heatmapNote, 1);
    heatmapBar->addWidget(layerButton);
    heatmapBar->addWidget(clearLayer);
    auto* heatmapBox = new QWidget(m_content);
    auto* heatmapLayout = new QVBoxLayout(heatmapBox);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    heatmapLayout->addLayout(heatmapBar);
    heatmapLayout->addWidget(m_heatmap);
    page->addWidget(titled(tr("ATT&&CK heatmap (score = alerts + intel + incidents)"), heatmapBox, m_content));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
}

void SituationPage::addStartAction(QAction* action) { m_empty->addAction(action, 0); }

void SituationPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // A theme change: the charts take their colours from the palette, draw them again.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_view)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_view)
                    show(*m_view);
            },
            Qt::QueuedConnection);
}

void SituationPage::setStats(const store::CacheStats& s) {
    std::int64_t objects = 0;
    for (const auto& [type, n] : s.objectsByType)
        objects += n;
    const auto indicators =
        s.objectsByType.count(QStringLiteral("indicator")) ? s.objectsByType.at(QStringLiteral("indicator")) : 0;
    const QLocale l;
    m_values[0]->setText(l.toString(static_cast<qlonglong>(objects)));
    m_values[1]->setText(l.toString(static_cast<qlonglong>(indicators)));
    m_values[2]->setText(l.toString(static_cast<qlonglong>(s.observables)));
    m_values[3]->setText(l.toString(static_cast<qlonglong>(s.feeds)));
    const bool empty = objects + s.alertsTotal + s.incidents == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

void SituationPage::setWindowKey(const QString& key) {
    m_windowKey = key;
    const int index = m_window->findData(key);
    m_window->setCurrentIndex(index >= 0 ? index : m_window->count() - 1);
    refresh();
}

void SituationPage::chooseWindow(int index) {
    const QString key = m_window->itemData(index).toString();
    if (!key.isEmpty()) {
        setWindowKey(key);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom window"));
    auto* from = new QDateEdit(QDate::currentDate().addDays(-14), &dialog);
    auto* to = new QDateEdit(QDate::currentDate(), &dialog);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&From (first day):"), from);
    form->addRow(tr("&To (last day):"), to);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted || to->date() < from->date()) {
        const int previous = m_window->findData(m_windowKey);
        m_window->setCurrentIndex(previous >= 0 ? previous : m_window->count() - 1);
        return;
    }
    setWindowKey(from->date().toString(Qt::ISODate) + QStringLiteral("..") + to->date().toString(Qt::ISODate));
}

store::AlertTableFilter SituationPage::windowFilter() const {
    store::AlertTableFilter f;
    if (m_view && !m_view->picture.window.range.all) {
        f.from = m_view->picture.window.range.from;
        f.to = m_view->picture.window.range.to;
    }
    return f;
}

void SituationPage::refresh() {
    const quint64 generation = ++m_generation;
    const QString key = m_windowKey;
    m_jobs.run<SituationView>(
        this, [key](store::Database& db) { return computeView(db, key); },
        [this, generation](const core::Result<SituationView>& view) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            if (!view) {
                emit statusMessage(errorText(view.error()));
                return;
            }
            show(view.value());
        });
}

void SituationPage::show(const SituationView& view) {
    m_view = view;
    const auto& p = view.picture;
    const QLocale l;
    m_banner->setAssessment(p.threat);
    const auto local = [&](std::int64_t micros) {
        return l.toString(QDateTime::fromMSecsSinceEpoch(micros / 1000), QLocale::ShortFormat);
    };
    m_windowText->setText(tr("%1 – %2").arg(local(p.window.range.from), local(p.window.range.to)));
    m_values[4]->setText(l.toString(static_cast<qlonglong>(p.alerts.total)));
    m_values[5]->setText(l.toString(static_cast<qlonglong>(p.alerts.matched)));
    m_values[6]->setText(l.toString(static_cast<qlonglong>(p.incidentsOpen)));
    m_values[7]->setText(l.toString(static_cast<qlonglong>(p.warningsOpen())));
    if (!view.snapshotTime)
        m_developments->setText(tr("No snapshot yet. \"Freeze situation picture\" (Ctrl+Shift+F) stores one; from then "
                                   "on this box says what changed since."));
    else {
        QStringList lines{tr("Since %1:").arg(local(*view.snapshotTime))};
        for (const auto& m : view.developments)
            lines << QStringLiteral("• ") + m.text();
        if (view.developments.empty())
            lines << tr("Nothing of note changed.");
        m_developments->setText(lines.join(QLatin1Char('\n')));
    }
    m_charts->setPicture(p);

    auto windowed = [&](store::AlertTableFilter f) {
        if (!p.window.range.all) {
            f.from = p.window.range.from;
            f.to = p.window.range.to;
        }
        return f;
    };
    std::vector<RankedList::Entry> techniques, indicators, threats;
    for (const auto& t : p.topTechniques) {
        store::AlertTableFilter f;
        f.technique = t.id;
        techniques.push_back(
            {t.name.isEmpty() ? t.id : QStringLiteral("%1 %2").arg(t.id, t.name), QString(), t.count, windowed(f)});
    }
    for (const auto& i : p.topIndicators) {
        store::AlertTableFilter f;
        f.intel = i.id;
        indicators.push_back({i.name, i.id, i.count, windowed(f)});
    }
    for (const auto& t : p.threats) {
        store::AlertTableFilter f;
        f.intel = t.id;
        threats.push_back(
            {QStringLiteral("%1 (%2)").arg(t.name, items::AlertTableModel::objectTypeText(t.type)), t.id, t.count, windowed(f)});
    }
    m_techniques->setEntries(techniques, tr("No alert in the window carries an ATT&CK technique."));
    m_indicators->setEntries(indicators, tr("No alert in the window matches an indicator."));
    m_threats->setEntries(threats, tr("No campaign or threat actor is linked to this window's alerts or new in it."));
    m_heatmap->setMatrix(view.matrix, windowed({}));
    m_heatmap->setVisible(!view.matrix.empty());
    m_heatmapNote->setText(view.matrix.empty()
                               ? tr("No ATT&CK data in the cache: import an ATT&CK bundle (Enterprise, ICS or Mobile) "
                                    "to see the heatmap.")
                               : tr("Domain %1: tactics as columns, techniques with their sub-techniques folded in, the "
                                    "most active on top. Enter or a click opens the alerts.")
                                     .arg(view.matrix.domain));
    emit viewShown();
}

void SituationPage::loadLayer(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto layer = analysis::readNavigatorLayer(file.read(64 * 1024 * 1024), QFileInfo(path).fileName());
    if (!layer) {
        emit statusMessage(errorText(layer.error()));
        return;
    }
    const auto techniques = layer.value().size();
    m_heatmap->setOverlay(std::move(layer).value(), QFileInfo(path).fileName());
    emit statusMessage(
        tr("Navigator layer %1 laid over the heatmap: %Ln technique(s) with a score.", nullptr, static_cast<int>(techniques))
            .arg(QFileInfo(path).fileName()));
}

void SituationPage::freeze() {
    const QString key = m_windowKey;
    m_freeze->setEnabled(false);
    m_jobs.run<store::Snapshot>(
        this,
        [key](store::Database& db) -> core::Result<store::Snapshot> {
            const std::int64_t now = core::nowMicros();
            auto window = analysis::parseSituationWindow(key, now);
            if (!window)
                return window.error();
            store::TempStoreOnDisk temp(db);
            store::Transaction tx(db);
            if (!tx.beginStatus())
                return tx.beginStatus().error();
            auto picture = analysis::computeSituation(db, window.value(), now);
            if (!picture)
                return picture.error();
            auto figures = analysis::snapshotFigures(db, picture.value());
            if (!figures)
                return figures.error();
            auto snap = store::SnapshotRepository(db).create(QJsonDocument(figures.value()).toJson(QJsonDocument::Compact),
                                                             static_cast<int>(picture.value().threat.level), QString(),
                                                             store::currentActor(), now);
            if (!snap)
                return snap.error();
            if (auto c = tx.commit(); !c)
                return c.error();
            return snap;
        },
        [this](const core::Result<store::Snapshot>& snap) {
            m_freeze->setEnabled(true);
            if (!snap) {
                emit statusMessage(errorText(snap.error()));
                return;
            }
            emit statusMessage(tr("Situation picture frozen as snapshot %1 (%Ln object(s)).", nullptr,
                                  static_cast<int>(snap.value().objectCount))
                                   .arg(snap.value().rid));
            refresh();
        });
}

void SituationPage::setOverride() {
    OverrideDialog dialog(m_view ? m_view->picture.threat.level : analysis::ThreatLevel::Grey, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int level = dialog.level();
    const QString reason = dialog.reason();
    const std::int64_t until = dialog.until().toMSecsSinceEpoch() * 1000;
    m_jobs.run<store::LevelOverride>(
        this,
        [level, reason, until](store::Database& db) -> core::Result<store::LevelOverride> {
            store::Transaction tx(db);
            if (!tx.beginStatus())
                return tx.beginStatus().error();
            auto set = store::ThreatOverrides(db).set(level, reason, until, store::currentActor(), core::nowMicros());
            if (!set)
                return set.error();
            if (auto c = tx.commit(); !c)
                return c.error();
            return set;
        },
        [this](const core::Result<store::LevelOverride>& set) {
            if (!set) {
                emit statusMessage(errorText(set.error()));
                return;
            }
            refresh();
        });
}

void SituationPage::clearOverride() {
    m_jobs.run<bool>(
        this,
        [](store::Database& db) -> core::Result<bool> {
            store::Transaction tx(db);
            if (!tx.beginStatus())
                return tx.beginStatus().error();
            auto cleared = store::ThreatOverrides(db).clear(store::currentActor(), core::nowMicros());
            if (!cleared)
                return cleared.error();
            if (auto c = tx.commit(); !c)
                return c.error();
            return cleared;
        },
        [this](const core::Result<bool>& cleared) {
            if (!cleared)
                emit statusMessage(errorText(cleared.error()));
            refresh();
        });
}

} // namespace lagebild::ui
