#include "runs/compare_panel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "plots/compare_plot.h"
#include "runs/log_follower.h"
#include "runs/run_text.h"
#include "text/numbers.h"

namespace unroll {

namespace {

// Changes arrive as the followers read; redrawing once per burst keeps the window responsive
// and still shows an epoch well within a second of its line being written.
constexpr int kRedrawDelayMs = 50;

QString formatValue(double v, int digits = 4) {
    return fixedNumber(v, digits);
}

}  // namespace

ComparePanel::ComparePanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Compare"), this));
    metric_ = new QComboBox(this);
    metric_->setObjectName(QStringLiteral("compareMetric"));
    metric_->addItem(tr("Valid loss"), int(CompareMetric::ValidLoss));
    metric_->addItem(tr("Train loss (smoothed)"), int(CompareMetric::TrainLoss));
    metric_->addItem(tr("Accuracy"), int(CompareMetric::Accuracy));
    metric_->addItem(tr("Gradient norm"), int(CompareMetric::GradNorm));
    metric_->addItem(tr("Gradient flow through time"), int(CompareMetric::GradFlow));
    controls->addWidget(metric_);
    controls->addWidget(new QLabel(tr("against"), this));
    axis_ = new QComboBox(this);
    axis_->setObjectName(QStringLiteral("compareAxis"));
    axis_->addItem(tr("step"), int(CompareAxis::Step));
    axis_->addItem(tr("epoch"), int(CompareAxis::Epoch));
    axis_->addItem(tr("training time"), int(CompareAxis::Time));
    axis_->setCurrentIndex(1);  // epochs line up runs whose batches differ in size
    controls->addWidget(axis_);
    controls->addStretch(1);
    stop_following_ = new QPushButton(tr("Stop following"), this);
    stop_following_->setObjectName(QStringLiteral("stopFollowing"));
    stop_following_->setToolTip(tr("Drop the run logs followed by hand from the comparison"));
    stop_following_->hide();
    connect(stop_following_, &QPushButton::clicked, this, &ComparePanel::stopFollowingFiles);
    controls->addWidget(stop_following_);
    layout->addLayout(controls);
    connect(metric_, &QComboBox::currentIndexChanged, this, [this] { rebuildNow(); });
    connect(axis_, &QComboBox::currentIndexChanged, this, [this] { rebuildNow(); });

    auto* split = new QSplitter(Qt::Vertical, this);
    plot_ = new ComparePlot(split);
    plot_->setObjectName(QStringLiteral("comparePlot"));
    finals_ = new QTableWidget(0, 8, split);
    finals_->setObjectName(QStringLiteral("compareFinals"));
    finals_->setHorizontalHeaderLabels({tr("run"), tr("architecture"), tr("state"), tr("epochs"),
                                        tr("valid loss"), tr("accuracy"), tr("perplexity"),
                                        tr("training time")});
    finals_->verticalHeader()->hide();
    finals_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    finals_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    finals_->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(plot_);
    split->addWidget(finals_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    rebuild_.setSingleShot(true);
    rebuild_.setInterval(kRedrawDelayMs);
    connect(&rebuild_, &QTimer::timeout, this, &ComparePanel::rebuildNow);
}

int ComparePanel::colorOf(const QString& key) {
    const auto it = colors_.find(key);
    if (it != colors_.end())
        return *it;
    const int color = static_cast<int>(colors_.size());
    colors_.insert(key, color);
    return color;
}

void ComparePanel::add(const Source& source, bool by_hand) {
    Followed f;
    f.source = source;
    f.by_hand = by_hand;
    f.follower = new LogFollower(source.log_path, this);
    connect(f.follower, &LogFollower::changed, this, &ComparePanel::scheduleRebuild);
    colorOf(source.key);
    sources_.push_back(f);
}

void ComparePanel::setSources(const std::vector<Source>& sources) {
    // The Runs list refreshes after every epoch of a run; only a changed selection or name
    // redraws here (new records arrive through the followers).
    bool changed = false;
    std::vector<Followed> kept;
    for (Followed& f : sources_) {
        const bool wanted =
            f.by_hand || std::any_of(sources.begin(), sources.end(),
                                     [&](const Source& s) { return s.key == f.source.key; });
        if (wanted) {
            kept.push_back(f);
        } else {
            delete f.follower;
            changed = true;
        }
    }
    sources_ = std::move(kept);
    for (const Source& s : sources) {
        auto it = std::find_if(sources_.begin(), sources_.end(),
                               [&](const Followed& f) { return f.source.key == s.key; });
        if (it == sources_.end()) {
            add(s, false);
            changed = true;
        } else if (it->source.name != s.name) {
            it->source.name = s.name;  // renamed
            changed = true;
        }
    }
    if (changed)
        rebuildNow();
}

void ComparePanel::follow(const QString& log_path) {
    const QString key = QFileInfo(log_path).absoluteFilePath();
    for (const Followed& f : sources_)
        if (f.source.key == key)
            return;
    add({key, tr("following %1").arg(QFileInfo(log_path).fileName()), key}, true);
    rebuildNow();
}

void ComparePanel::stopFollowingFiles() {
    std::vector<Followed> kept;
    for (Followed& f : sources_) {
        if (f.by_hand)
            delete f.follower;
        else
            kept.push_back(f);
    }
    sources_ = std::move(kept);
    rebuildNow();
}

const LogFollower* ComparePanel::follower(const QString& key) const {
    for (const Followed& f : sources_)
        if (f.source.key == key)
            return f.follower;
    return nullptr;
}

void ComparePanel::setMetric(CompareMetric metric) {
    metric_->setCurrentIndex(metric_->findData(int(metric)));
}

void ComparePanel::setAxis(CompareAxis axis) {
    axis_->setCurrentIndex(axis_->findData(int(axis)));
}

void ComparePanel::scheduleRebuild() {
    if (!rebuild_.isActive())
        rebuild_.start();
    Q_EMIT updated();
}

void ComparePanel::rebuildNow() {
    rebuild_.stop();
    const auto metric = static_cast<CompareMetric>(metric_->currentData().toInt());
    const auto axis = static_cast<CompareAxis>(axis_->currentData().toInt());
    axis_->setEnabled(metric != CompareMetric::GradFlow);
    std::vector<ComparePlot::Curve> curves;
    for (const Followed& f : sources_)
        curves.push_back(
            {f.source.name, colorOf(f.source.key), curveOf(f.follower->series(), metric, axis)});
    plot_->setCurves(metric, axis, std::move(curves));
    stop_following_->setVisible(
        std::any_of(sources_.begin(), sources_.end(), [](const Followed& f) { return f.by_hand; }));
    plot_->refresh(true);
    fillFinals();
}

void ComparePanel::fillFinals() {
    finals_->setRowCount(static_cast<int>(sources_.size()));
    for (int row = 0; row < static_cast<int>(sources_.size()); ++row) {
        const Followed& f = sources_[static_cast<size_t>(row)];
        const RunSeries& s = f.follower->series();
        const bool has_epoch = !s.epochs.empty();
        const RunEpochPoint last = has_epoch ? s.epochs.back() : RunEpochPoint{};
        const double nan = std::nan("");
        const double time = !s.steps.empty() ? std::max(s.steps.back().time, last.time) : 0.0;
        const QStringList cells = {
            f.source.name,
            QString::fromStdString(s.arch),
            s.outcome.empty() ? (f.follower->ended() ? QString() : tr("going"))
                              : runStatusText(s.outcome),
            QStringLiteral("%1 / %2").arg(s.epochs.size()).arg(s.epochs_planned),
            formatValue(has_epoch ? last.valid_loss : nan),
            formatValue(has_epoch ? last.accuracy : nan),
            formatValue(has_epoch ? std::exp(last.valid_loss) : nan, 2),
            trainingTimeText(time)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0)  // the run's name in its curve's colour
                item->setForeground(ComparePlot::paletteColorOf(colorOf(f.source.key)));
            finals_->setItem(row, c, item);
        }
    }
}

}  // namespace unroll
