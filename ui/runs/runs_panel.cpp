#include "runs/runs_panel.h"

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

#include "files/user_files.h"
#include "runs/compare_panel.h"
#include "runs/race_dialog.h"
#include "runs/run_text.h"
#include "text/engine_text.h"
#include "text/numbers.h"

namespace unroll {

namespace {

enum Column { Name, Arch, Date, State, ValidLoss, Accuracy, Duration, Origin, Columns };

QString localDate(const std::string& utc) {
    const QDateTime t = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString::fromStdString(utc);
}

}  // namespace

RunsPanel::RunsPanel(const QString& runs_folder, RaceRunner& race, QWidget* parent)
    : QWidget(parent), store_(runs_folder.toStdString()), race_(&race) {
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Refresh"), this);
    rename_ = new QPushButton(tr("Rename…"), this);
    delete_ = new QPushButton(tr("Delete…"), this);
    // What one run offers beyond rename and delete sits in a menu (and the table's context
    // menu), so the row of buttons fits a narrow window in every language.
    open_folder_ = new QAction(tr("Open its folder"), this);
    open_folder_->setObjectName(QStringLiteral("openRunFolder"));
    open_checkpoint_ = new QAction(tr("Open its checkpoint"), this);
    open_checkpoint_->setToolTip(
        tr("Load the run's last checkpoint into the window, to resume, "
           "inspect or generate from it"));
    open_checkpoint_->setObjectName(QStringLiteral("openRunCheckpoint"));
    use_settings_ = new QAction(tr("Use its settings"), this);
    use_settings_->setObjectName(QStringLiteral("useRunSettings"));
    use_settings_->setToolTip(tr("Put the run's configuration in the form"));
    auto* more = new QPushButton(tr("Run"), this);
    auto* more_menu = new QMenu(more);
    more_menu->addActions({open_checkpoint_, use_settings_, open_folder_});
    more_menu->setToolTipsVisible(true);
    more->setMenu(more_menu);
    auto* follow = new QPushButton(tr("Follow a run log…"), this);
    follow->setToolTip(tr("Plot a run log that unroll-cli train --log is still writing, live"));
    race_button_ = new QPushButton(tr("Race…"), this);
    race_button_->setObjectName(QStringLiteral("race"));
    race_button_->setToolTip(tr("Train several presets on the same data and batch order"));
    stop_race_ = new QPushButton(tr("Stop the race"), this);
    stop_race_->setEnabled(false);
    for (QPushButton* b : {refresh, rename_, delete_, more, follow, race_button_, stop_race_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("runsMessage"));
    message_->setWordWrap(true);
    message_->hide();
    layout->addWidget(message_);

    auto* split = new QSplitter(Qt::Vertical, this);
    table_ = new QTableWidget(0, Columns, split);
    table_->setObjectName(QStringLiteral("runsTable"));
    table_->setHorizontalHeaderLabels({tr("name"), tr("architecture"), tr("date"), tr("state"),
                                       tr("valid loss"), tr("accuracy"), tr("training time"),
                                       tr("from")});
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    table_->addActions({open_checkpoint_, use_settings_, open_folder_});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    compare_ = new ComparePanel(split);
    split->addWidget(table_);
    split->addWidget(compare_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(race_, &RaceRunner::started, this, [this](const QStringList& ids) {
        refreshList();
        select(ids);
    });
    connect(race_, &RaceRunner::finished, this, [this](bool) {
        updateButtons();
        refreshList();
    });
    connect(race_, &RaceRunner::failed, this, [this](const QString& message) {
        showError(tr("The race stopped: %1").arg(message));
        updateButtons();
        refreshList();
    });

    connect(refresh, &QPushButton::clicked, this, &RunsPanel::refreshList);
    connect(rename_, &QPushButton::clicked, this, &RunsPanel::renameSelected);
    connect(delete_, &QPushButton::clicked, this, &RunsPanel::deleteSelected);
    connect(open_folder_, &QAction::triggered, this, &RunsPanel::openFolder);
    connect(open_checkpoint_, &QAction::triggered, this, [this] {
        if (const RunSummary* r = selectedRun())
            Q_EMIT openCheckpointRequested(QString::fromStdString(r->checkpoint));
    });
    connect(use_settings_, &QAction::triggered, this, [this] {
        const RunSummary* r = selectedRun();
        if (!r)
            return;
        const QString file = QString::fromStdString(r->folder) + QStringLiteral("/config.json");
        try {
            QString error;
            const std::optional<QByteArray> text =
                loadBytes(file, Message(UNROLL_TEXT("run settings")), kMaxConfigFileBytes, &error);
            if (!text)
                throw std::runtime_error(error.toStdString());
            Q_EMIT useSettingsRequested(Config::fromJson(text->toStdString(), file.toStdString()));
        } catch (const std::exception& e) {
            showError(tr("The run's settings cannot be read: %1").arg(engineText(e)));
        }
    });
    connect(follow, &QPushButton::clicked, this, &RunsPanel::chooseLogToFollow);
    connect(race_button_, &QPushButton::clicked, this, &RunsPanel::chooseRace);
    connect(stop_race_, &QPushButton::clicked, race_, &RaceRunner::stop);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        if (filling_)
            return;
        updateButtons();
        updateCompared();
    });
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == Name)
            renameSelected();
    });

    // New and removed run folders refresh the list (a CLI run started elsewhere appears).
    QDir().mkpath(folder());
    watcher_.addPath(folder());
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, [this] {
        QTimer::singleShot(200, this, &RunsPanel::refreshList);  // let run.json be written
    });
    refreshList();
}

void RunsPanel::refreshList() {
    const QStringList selected = selectedIds();
    runs_ = store_.list();
    filling_ = true;
    table_->setRowCount(static_cast<int>(runs_.size()));
    for (int row = 0; row < static_cast<int>(runs_.size()); ++row) {
        const RunSummary& r = runs_[static_cast<size_t>(row)];
        const QString state = r.status == "running"
                                  ? tr("running (epoch %1 of %2)").arg(r.epochs_done).arg(r.epochs)
                                  : QStringLiteral("%1, %2/%3")
                                        .arg(runStatusText(r.status))
                                        .arg(r.epochs_done)
                                        .arg(r.epochs);
        const QStringList cells = {
            QString::fromStdString(r.name),
            QString::fromStdString(r.arch),
            localDate(r.created),
            state,
            r.valid_loss ? fixedNumber(*r.valid_loss, 4) : QStringLiteral("–"),
            r.accuracy ? fixedNumber(*r.accuracy, 4) : QStringLiteral("–"),
            trainingTimeText(r.duration_s),
            QString::fromStdString(r.origin)};
        for (int c = 0; c < Columns; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, QString::fromStdString(r.id));
            if (!r.problem.empty())
                item->setToolTip(engineText(r.problem));
            table_->setItem(row, c, item);
        }
    }
    filling_ = false;
    select(selected);
    updateButtons();
}

QStringList RunsPanel::selectedIds() const {
    QStringList ids;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toString();
    return ids;
}

void RunsPanel::select(const QStringList& ids) {
    filling_ = true;
    table_->clearSelection();
    for (int row = 0; row < table_->rowCount(); ++row)
        if (ids.contains(table_->item(row, Name)->data(Qt::UserRole).toString()))
            table_->selectionModel()->select(
                table_->model()->index(row, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    filling_ = false;
    updateButtons();
    updateCompared();
}

void RunsPanel::updateCompared() {
    std::vector<ComparePanel::Source> sources;
    const QStringList ids = selectedIds();
    for (const RunSummary& r : runs_)
        if (ids.contains(QString::fromStdString(r.id)))
            sources.push_back({QString::fromStdString(r.id), QString::fromStdString(r.name),
                               QString::fromStdString(r.logPath())});
    compare_->setSources(sources);
}

void RunsPanel::updateButtons() {
    const int n = static_cast<int>(selectedIds().size());
    rename_->setEnabled(n == 1);
    delete_->setEnabled(n >= 1);
    open_folder_->setEnabled(n == 1);
    const RunSummary* one = selectedRun();
    open_checkpoint_->setEnabled(one && !one->checkpoint.empty() &&
                                 QFile::exists(QString::fromStdString(one->checkpoint)));
    use_settings_->setEnabled(one != nullptr);
    race_button_->setEnabled(!race_->running());
    stop_race_->setEnabled(race_->running());
}

const RunSummary* RunsPanel::selectedRun() const {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return nullptr;
    for (const RunSummary& r : runs_)
        if (QString::fromStdString(r.id) == ids[0])
            return &r;
    return nullptr;
}

void RunsPanel::showError(const QString& message) {
    last_error_ = message;
    message_->setText(
        QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    message_->setVisible(!message.isEmpty());
}

bool RunsPanel::renameRun(const QString& id, const QString& name) {
    try {
        store_.rename(id.toStdString(), name.trimmed().toStdString());
    } catch (const RunStoreError& e) {
        showError(engineText(e));
        return false;
    }
    showError(QString());
    refreshList();
    return true;
}

bool RunsPanel::deleteRuns(const QStringList& ids, bool ask) {
    if (ids.isEmpty())
        return false;
    // "running" is a run whose process is alive (a dead one reads "interrupted").
    for (const RunSummary& r : runs_)
        if (ids.contains(QString::fromStdString(r.id)) && r.status == "running") {
            showError(tr("'%1' is still training: stop it before deleting it.")
                          .arg(QString::fromStdString(r.name)));
            return false;
        }
    if (ask) {
        QStringList names;
        for (const RunSummary& r : runs_)
            if (ids.contains(QString::fromStdString(r.id)))
                names << QString::fromStdString(r.name);
        const auto answer = QMessageBox::question(
            this, tr("Delete runs"),
            tr("Delete %1 run(s) and everything in their folders (%2)? This cannot be undone.")
                .arg(ids.size())
                .arg(names.join(QStringLiteral(", "))));
        if (answer != QMessageBox::Yes)
            return false;
    }
    for (const QString& id : ids) {
        try {
            store_.remove(id.toStdString());
        } catch (const RunStoreError& e) {
            showError(engineText(e));
            refreshList();
            return false;
        }
    }
    showError(QString());
    refreshList();
    return true;
}

void RunsPanel::followLog(const QString& path) {
    compare_->follow(path);
    Q_EMIT logFollowed(path);
}

void RunsPanel::startRace(const QStringList& presets, RaceRunner::Order order, const Config& base,
                          int epochs) {
    Config with_epochs = base;
    with_epochs.set(settings::epochs.name, std::int64_t(epochs));
    race_->start(RaceRunner::racersFor(presets, with_epochs), order, folder());
    updateButtons();
}

void RunsPanel::renameSelected() {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    QString current;
    for (const RunSummary& r : runs_)
        if (QString::fromStdString(r.id) == ids[0])
            current = QString::fromStdString(r.name);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename run"), tr("Name"), QLineEdit::Normal, current, &ok);
    if (ok)
        renameRun(ids[0], name);
}

void RunsPanel::deleteSelected() {
    deleteRuns(selectedIds(), true);
}

void RunsPanel::openFolder() {
    const QStringList ids = selectedIds();
    if (ids.size() == 1)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder() + QLatin1Char('/') + ids[0]));
}

void RunsPanel::chooseLogToFollow() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Follow a run log"), QString(),
                                                      tr("Run logs (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        followLog(path);
}

void RunsPanel::chooseRace() {
    const Config base = base_config_ ? base_config_() : findPreset("lm5").config();
    RaceDialog dialog(static_cast<int>(base.get(settings::epochs)), this);
    if (dialog.exec() == QDialog::Accepted && dialog.presets().size() >= 2)
        startRace(dialog.presets(), dialog.order(), base, dialog.epochs());
}

}  // namespace unroll
