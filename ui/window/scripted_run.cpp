#include "window/scripted_run.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include "controller/race_runner.h"
#include "diagram/diagram_panel.h"
#include "files/user_files.h"
#include "panels/config_panel.h"
#include "panels/generate_panel.h"
#include "panels/progress_panel.h"
#include "runs/compare_panel.h"
#include "runs/log_follower.h"
#include "runs/runs_panel.h"
#include "text/engine_text.h"
#include "window/main_window.h"

namespace unroll {

namespace {

constexpr int kLagPeriodMs = 10;

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

// The process's resident memory (VmRSS), in KiB.
qint64 residentKb() {
    const std::optional<QByteArray> status = loadBytes(
        QStringLiteral("/proc/self/status"), Message(UNROLL_TEXT("status")), 1 << 20, nullptr);
    if (!status)
        return 0;
    for (const QByteArray& line : status->split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return 0;
}

int fail(const QString& message) {
    std::fprintf(stderr, "unroll: %s\n", qPrintable(message));
    QApplication::exit(2);
    return 2;
}

}  // namespace

ScriptedRun::ScriptedRun(MainWindow* window, Options options)
    : QObject(window), window_(window), options_(std::move(options)) {
    // Event-loop lag: how late a 10 ms timer fires while training runs on the worker.
    lag_timer_.setTimerType(Qt::PreciseTimer);
    connect(&lag_timer_, &QTimer::timeout, this, &ScriptedRun::measureLag);
}

void ScriptedRun::begin() {
    QTimer::singleShot(0, this, [this] {
        try {
            if (!options_.preset.isEmpty())
                window_->configPanel()->loadPreset(options_.preset.toStdString());
        } catch (const std::exception& e) {
            fail(engineText(e));
            return;
        }
        for (const QString& s : options_.settings) {
            const int eq = s.indexOf('=');
            if (eq <= 0 ||
                !window_->configPanel()->setValueText(s.left(eq).toStdString(), s.mid(eq + 1))) {
                fail(tr("cannot apply setting '%1'").arg(s));
                return;
            }
        }
        window_->tabs()->setCurrentIndex(options_.tab);
        window_->diagram()->setCellOpen(options_.open_cell);
        window_->diagram()->setUnrolled(!options_.rolled, false);
        if (!options_.follow.isEmpty()) {
            RunsPanel* runs = window_->runsPanel();
            window_->tabs()->setCurrentWidget(runs);
            runs->followLog(options_.follow);
            if (!quit_when_done_)
                return;
            const QString key = QFileInfo(options_.follow).absoluteFilePath();
            connect(runs->compare(), &ComparePanel::updated, this, [this, runs, key] {
                const LogFollower* f = runs->compare()->follower(key);
                if (f && f->ended())
                    QTimer::singleShot(200, this, [this] { finish(); });  // after the redraw
            });
            return;
        }
        if (!quit_when_done_)
            return;
        if (!options_.race.isEmpty()) {
            RunsPanel* runs = window_->runsPanel();
            connect(runs->race(), &RaceRunner::finished, this, [this] { finish(); });
            connect(runs->race(), &RaceRunner::failed, this,
                    [](const QString& message) { fail(message); });
            const Config base = window_->configPanel()->config();
            runs->startRace(options_.race, RaceRunner::Order::Interleaved, base,
                            static_cast<int>(base.get(settings::epochs)));
            return;
        }
        if (options_.train_steps == 0) {
            finish();
            return;
        }
        if (!window_->configPanel()->valid()) {
            fail(engineText(window_->configPanel()->problems().front().message));
            return;
        }
        TrainingController* c = window_->controller();
        connect(c, &TrainingController::snapshots, this,
                [this](const SnapshotBuffer::Drained& batch) {
                    for (const StepMetrics& s : batch.steps) {
                        train_seconds_ += s.seconds;
                        train_tokens_ += s.applied ? s.tokens : 0;
                    }
                    check();
                });
        connect(c, &TrainingController::stateChanged, this, [this](RunState s) {
            // The memory benchmark: the same run again until there have been `runs`.
            if (s == RunState::Finished && ++runs_done_ < options_.runs) {
                rss_kb_.push_back(residentKb());
                QTimer::singleShot(0, window_, [this] { window_->startRun(); });
                return;
            }
            if (s == RunState::Finished || s == RunState::Stopped ||
                (s == RunState::Paused && finishing_))
                finish();
            else if (s == RunState::Idle || s == RunState::FailedToStart)
                // Once the window has shown why (the error beside the form comes after the state),
                // as the person sees it.
                QTimer::singleShot(0, this, [this] {
                    if (!options_.screenshot.isEmpty()) {
                        window_->refreshAll();
                        (void)saveImage(window_->grab().toImage(), options_.screenshot);
                    }
                    fail(window_->lastError());
                });
        });
        connect(c, &TrainingController::diverged, this, [this] { finish(); });
        run_clock_.start();
        clock_.start();
        expected_ms_ = kLagPeriodMs;
        lag_timer_.start(kLagPeriodMs);
        window_->startRun();
    });
}

void ScriptedRun::measureLag() {
    const qint64 now = clock_.elapsed();
    lateness_ms_.push_back(static_cast<double>(std::max<qint64>(0, now - expected_ms_)));
    expected_ms_ = now + kLagPeriodMs;
}

void ScriptedRun::check() {
    if (finishing_ || options_.train_steps < 0)
        return;
    if (window_->progress()->step() >= options_.train_steps) {
        finishing_ = true;
        window_->controller()->pause();
    }
}

void ScriptedRun::finish() {
    if (done_)
        return;
    if (!options_.prompt.isEmpty() && !generated_) {
        // Generate first, then come back here once the text is complete.
        generated_ = true;
        TrainingController* c = window_->controller();
        connect(c, &TrainingController::generationFinished, this, [this] { finish(); });
        connect(c, &TrainingController::generationFailed, this, [this] { finish(); });
        window_->generatePanel()->setPrompt(options_.prompt);
        window_->generatePanel()->generate();
        return;
    }
    done_ = true;
    lag_timer_.stop();
    const double wall = run_clock_.isValid() ? run_clock_.elapsed() / 1000.0 : 0.0;
    window_->refreshAll();
    if (!options_.screenshot.isEmpty()) {
        QApplication::processEvents();
        window_->refreshAll();
        const QString error = saveImage(window_->grab().toImage(), options_.screenshot);
        if (!error.isEmpty()) {
            fail(tr("cannot write screenshot: %1").arg(error));
            return;
        }
    }
    if (!options_.report.isEmpty()) {
        QJsonObject r;
        r["steps"] = static_cast<qint64>(window_->progress()->step());
        r["train_tokens"] = train_tokens_;
        r["train_seconds"] = train_seconds_;
        r["tokens_per_second"] = train_seconds_ > 0 ? train_tokens_ / train_seconds_ : 0.0;
        r["wall_seconds"] = wall;
        r["lag_samples"] = static_cast<qint64>(lateness_ms_.size());
        r["lag_p50_ms"] = percentile(lateness_ms_, 0.50);
        r["lag_p99_ms"] = percentile(lateness_ms_, 0.99);
        r["lag_max_ms"] = percentile(lateness_ms_, 1.0);
        rss_kb_.push_back(residentKb());
        QJsonArray rss;
        for (const qint64 kb : rss_kb_)
            rss.append(kb);
        r["runs"] = static_cast<qint64>(rss_kb_.size());
        r["rss_kb"] = rss;
        const QString error =
            saveBytes(options_.report, QJsonDocument(r).toJson(QJsonDocument::Compact) + "\n");
        if (!error.isEmpty()) {
            fail(tr("cannot write report: %1").arg(error));
            return;
        }
    }
    QApplication::exit(0);
}

}  // namespace unroll
