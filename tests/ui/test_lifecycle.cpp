// The run life-cycle, tested against its table (controller/run_lifecycle.h): thousands of random
// user actions on a real window training tiny models, each followed by the invariants —
//  - every action is enabled exactly where the table says (narrowed only by its own conditions);
//  - the state reached is one the table lets the action reach, by moves the table lists;
//  - the model shown is the controller's, and there is one whenever the state says so;
//  - Generate works whenever a model exists, and is refused when none does;
//  - no file is written except in the current run's folder or a path the person chose for it.
// One ctest entry per seed (test_lifecycle_seed1..3), so the seeds run side by side.
#include <QtTest>

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "panels/config_panel.h"
#include "panels/generate_panel.h"
#include "unroll/run_store.h"
#include "window/divergence_banner.h"
#include "window/lr_finder_dialog.h"
#include "window_test_support.h"

using namespace unroll;
using unroll::test::answerQuestions;
using unroll::test::ScriptedQuestions;
namespace fs = std::filesystem;

namespace {

// Every user action the test takes, beyond those of the table (the banner's Stop is Stop).
enum class Act {
    Start,
    PauseOrResume,
    Stop,
    Reset,
    Continue,
    OpenSaved,
    OpenBroken,
    Save,
    SaveAs,
    ToggleAutosave,
    EditLearningRate,
    EditCorpus,
    EditLiveLossLimit,
    Generate,
    Inspect,
    FindLearningRate,
    BannerRewindLower,
    BannerRewindClip,
    BannerSkip,
    BannerRaiseLimit,
    BannerStop,
    QuitCancelled,
};
constexpr int kActs = 22;

RunAction tableAction(Act a) {
    switch (a) {
        case Act::Start:
            return RunAction::Start;
        case Act::PauseOrResume:
            return RunAction::Pause;  // or Resume: checked apart
        case Act::Stop:
        case Act::BannerStop:
            return RunAction::Stop;
        case Act::Reset:
            return RunAction::Reset;
        case Act::Continue:
            return RunAction::Continue;
        case Act::OpenSaved:
        case Act::OpenBroken:
            return RunAction::Open;
        case Act::Save:
        case Act::SaveAs:
            return RunAction::Save;
        case Act::ToggleAutosave:
            return RunAction::Autosave;
        case Act::EditLearningRate:
        case Act::EditCorpus:
            return RunAction::EditSettings;
        case Act::EditLiveLossLimit:
            return RunAction::EditLive;
        case Act::Generate:
            return RunAction::Generate;
        case Act::Inspect:
            return RunAction::Inspect;
        case Act::FindLearningRate:
            return RunAction::FindLearningRate;
        case Act::BannerRewindLower:
        case Act::BannerRewindClip:
            return RunAction::Rewind;
        case Act::BannerSkip:
            return RunAction::SkipBatch;
        case Act::BannerRaiseLimit:
            return RunAction::RaiseLossLimit;
        case Act::QuitCancelled:
            return RunAction::Autosave;  // always possible; the window must stay as it was
    }
    return RunAction::Autosave;
}

struct FileStamp {
    std::uintmax_t size = 0;
    fs::file_time_type written;
    bool operator!=(const FileStamp& o) const { return size != o.size || written != o.written; }
};

// The worker writes while the tree is walked: a save's temporary file can vanish between being
// listed and being looked at (CI saw fs::relative fail on ".run.json.unroll-tmp-N").
// Such files are skipped: they are the writer's, renamed into place a moment later.
std::map<std::string, FileStamp> stampTree(const fs::path& root) {
    std::map<std::string, FileStamp> out;
    std::error_code error;
    for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().filename().string().find(".unroll-tmp-") != std::string::npos)
            continue;
        std::error_code gone;
        if (!it->is_regular_file(gone))
            continue;
        const std::uintmax_t size = it->file_size(gone);
        const fs::file_time_type written = it->last_write_time(gone);
        if (!gone)
            out[it->path().string()] = {size, written};
    }
    return out;
}

}  // namespace

class TestLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The table itself: whatever an action may lead to is reached by moves the controller may
    // make, and every state can be left (no state the buttons cannot get out of).
    void theTableIsConsistent() {
        for (RunState s : lifecycle::allStates()) {
            std::set<RunState> moves = {s};  // everything reachable by the table's moves
            for (bool grew = true; grew;) {
                grew = false;
                for (RunState from : std::set<RunState>(moves))
                    for (RunState to : lifecycle::allStates())
                        if (lifecycle::canMove(from, to) && moves.insert(to).second)
                            grew = true;
            }
            for (RunAction a : lifecycle::allActions()) {
                if (!lifecycle::enabled(s, a))
                    continue;
                for (RunState t : lifecycle::reachable(s, a))
                    QVERIFY2(moves.count(t),
                             qPrintable(QStringLiteral("%1 --%2--> %3")
                                            .arg(lifecycle::nameOf(s), lifecycle::nameOf(a),
                                                 lifecycle::nameOf(t))));
            }
        }
        for (RunState s : lifecycle::allStates()) {
            bool leaves = false;
            for (RunState t : lifecycle::allStates())
                leaves = leaves || (t != s && lifecycle::canMove(s, t));
            QVERIFY2(leaves, lifecycle::nameOf(s));
        }
        QVERIFY(lifecycle::hasModel(RunState::Diverged));
        QVERIFY(!lifecycle::hasModel(RunState::FailedToStart));
        QCOMPARE(lifecycle::recordStatus(RunState::Diverged), std::string("diverged"));
    }

    void randomActions_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("actions");
        const int actions = qEnvironmentVariableIntValue("UNROLL_LIFECYCLE_ACTIONS");
        for (int seed : {1, 2, 3})
            QTest::newRow(qPrintable(QStringLiteral("seed%1").arg(seed)))
                << seed << (actions > 0 ? actions : 2000);
    }

    void randomActions() {
        QFETCH(int, seed);
        QFETCH(int, actions);
        QTemporaryDir sandbox;
        const fs::path root = sandbox.path().toStdString();
        fs::create_directories(root / "runs");
        fs::create_directories(root / "chosen");
        fs::create_directories(root / "fixtures");
        qputenv("UNROLL_RUNS", (root / "runs").string().c_str());
        QTemporaryDir settings;  // the window's preferences, away from the person's
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings().clear();
        const QString broken =
            QString::fromStdString((root / "fixtures/broken.safetensors").string());
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\x10\x00\x00\x00\x00\x00\x00\x00{not json at all");
        }

        std::mt19937 rng(static_cast<unsigned>(seed));
        auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
        MainWindow w;
        ScriptedQuestions* questions = answerQuestions(w);
        w.configPanel()->loadPreset("lm1");
        for (const auto& [key, value] : {std::pair{"hidden", "16"},
                                         {"batch_size", "256"},
                                         {"epochs", "1"},
                                         {"snapshot_every", "5"},
                                         {"loss_limit", "2"},
                                         {"probe_every", "0"}})
            QVERIFY2(w.configPanel()->setValueText(key, value), key);
        TrainingController& c = *w.controller();

        // Every move the controller makes, checked against the table as it happens.
        RunState last = c.state();
        QStringList bad_moves;
        connect(&c, &TrainingController::stateChanged, &w, [&](RunState s) {
            if (!lifecycle::canMove(last, s))
                bad_moves << QStringLiteral("%1 -> %2")
                                 .arg(lifecycle::nameOf(last), lifecycle::nameOf(s));
            last = s;
        });

        // Files: who may write where. A chosen path belongs to the run shown when it was chosen.
        std::map<std::string, std::string> owner;  // chosen path -> run id
        std::vector<QString> saved_paths;
        auto stamps = stampTree(root);
        int chosen = 0;
        auto newPath = [&] {
            return QString::fromStdString(
                (root / "chosen" / ("c" + std::to_string(++chosen) + ".safetensors")).string());
        };
        auto answerUnsaved = [&] {
            const int r = pick(6);
            questions->unsaved = r < 3   ? WindowQuestions::Unsaved::Discard
                                 : r < 5 ? WindowQuestions::Unsaved::Save
                                         : WindowQuestions::Unsaved::Cancel;
            questions->save_path = pick(8) == 0 ? QString() : newPath();
        };

        QMap<QString, int> done;
        QMap<RunState, int> visited;
        for (int i = 0; i < actions; ++i) {
            const Act act = static_cast<Act>(pick(kActs));
            const RunState before = c.state();
            const std::string run_before = w.shownRunId();
            const RunAction table = tableAction(act);
            bool possible = lifecycle::enabled(before, table);
            if (act == Act::PauseOrResume)
                possible = lifecycle::enabled(before, RunAction::Pause) ||
                           lifecycle::enabled(before, RunAction::Resume);
            if (act >= Act::BannerRewindLower && act <= Act::BannerStop)
                possible = possible && before == RunState::Diverged;  // the banner's buttons
            const QString where = QStringLiteral("seed %1, action %2 (%3) in %4")
                                      .arg(seed)
                                      .arg(i)
                                      .arg(int(act))
                                      .arg(lifecycle::nameOf(before));
            if (qEnvironmentVariableIsSet("UNROLL_LIFECYCLE_TRACE"))
                qInfo("%s", qPrintable(where));
            answerUnsaved();
            const int asked = questions->asked_unsaved;
            const bool had_file = !w.checkpointPath().isEmpty();  // Save asks for none then
            switch (act) {
                case Act::Start:
                    w.action("start")->trigger();
                    break;
                case Act::PauseOrResume:
                    w.action("pause")->trigger();
                    break;
                case Act::Stop:
                    w.action("stop")->trigger();
                    break;
                case Act::Reset:
                    w.action("reset")->trigger();
                    break;
                case Act::Continue:
                    if (c.hasSession())
                        w.configPanel()->setValueText(
                            "epochs", QString::number(c.session().config.getInt("epochs") + 1));
                    w.action("continue")->trigger();
                    break;
                case Act::OpenSaved:
                    if (saved_paths.empty())
                        continue;
                    questions->open_path = saved_paths[static_cast<size_t>(
                        pick(static_cast<int>(saved_paths.size())))];
                    w.action("openCheckpoint")->trigger();
                    break;
                case Act::OpenBroken:
                    questions->open_path = broken;
                    w.action("openCheckpoint")->trigger();
                    break;
                case Act::Save:
                case Act::SaveAs:
                    w.action(act == Act::Save ? "saveCheckpoint" : "saveCheckpointAs")->trigger();
                    break;
                case Act::ToggleAutosave:
                    w.action("autosave")->toggle();
                    break;
                case Act::EditLearningRate:  // live: changes the run too
                    w.configPanel()->setValueText("lr", pick(3) == 0 ? "3" : "0.01");
                    break;
                case Act::EditCorpus:
                    if (!possible)  // the editor is disabled: a person cannot
                        continue;
                    w.configPanel()->setValueText(
                        "corpus", pick(4) == 0 ? QString::fromStdString(
                                                     (root / "fixtures/missing.txt").string())
                                               : QStringLiteral("builtin:human-numbers"));
                    break;
                case Act::EditLiveLossLimit:
                    w.configPanel()->setValueText("loss_limit", pick(2) ? "2" : "50");
                    break;
                case Act::Generate: {
                    QSignalSpy ok(&c, &TrainingController::generationFinished);
                    QSignalSpy refused(&c, &TrainingController::generationFailed);
                    c.generate(QStringLiteral("one . two"), SamplingOptions{});
                    QVERIFY2(
                        QTest::qWaitFor([&] { return ok.count() + refused.count() > 0; }, 20000),
                        qPrintable(where));
                    // The model may go between the request and the worker (a reset queued
                    // first): judge by the state the request met.
                    if (lifecycle::hasModel(before))
                        QVERIFY2(ok.count() == 1,
                                 qPrintable(where + ": " + refused.value(0).value(0).toString()));
                    break;
                }
                case Act::Inspect: {
                    QSignalSpy seen(&c, &TrainingController::batchInspected);
                    QSignalSpy failed(&c, &TrainingController::failed);
                    c.inspectBatch(0, BatchViewOptions{});
                    QVERIFY(c.flush());
                    if (lifecycle::hasModel(before))
                        QVERIFY2(seen.count() >= 1,  // the Data tab may have asked too
                                 qPrintable(where + ": " + failed.value(0).value(1).toString()));
                    break;
                }
                case Act::FindLearningRate: {
                    QSignalSpy found(&c, &TrainingController::learningRateFound);
                    QSignalSpy failed(&c, &TrainingController::failed);
                    const bool enabled = w.action("findLearningRate")->isEnabled();
                    w.action("findLearningRate")->trigger();
                    QVERIFY(c.flush());
                    // A curve, or a reported failure (the form's corpus may be missing).
                    if (enabled)
                        QVERIFY2(found.count() + failed.count() >= 1, qPrintable(where));
                    else
                        QVERIFY2(found.isEmpty(), qPrintable(where));
                    for (LrFinderDialog* d : w.findChildren<LrFinderDialog*>())
                        d->close();
                    break;
                }
                case Act::BannerRewindLower:
                case Act::BannerRewindClip:
                case Act::BannerSkip:
                case Act::BannerRaiseLimit:
                case Act::BannerStop: {
                    static const char* names[] = {"rewindLowerRate", "rewindClip", "skipBatch",
                                                  "raiseLossLimit", "stopRun"};
                    auto* b = w.banner()->findChild<QPushButton*>(
                        names[int(act) - int(Act::BannerRewindLower)]);
                    QVERIFY(b);
                    // The banner is there exactly while the run is diverged.
                    QCOMPARE(!w.banner()->isHidden(), before == RunState::Diverged);
                    if (!w.banner()->isHidden() && b->isEnabled() && !b->isHidden())
                        b->click();
                    break;
                }
                case Act::QuitCancelled:
                    // Quitting over unsaved training asks; Cancel keeps everything.
                    if (!c.hasSession() || !c.hasUnsavedTraining())
                        continue;
                    questions->unsaved = WindowQuestions::Unsaved::Cancel;
                    QVERIFY2(!w.close(), qPrintable(where));
                    break;
            }
            ++done[QString::number(int(act))];
            QVERIFY2(c.flush(), qPrintable(where + ": the worker did not answer"));
            for (QMessageBox* box : w.findChildren<QMessageBox*>())
                box->close();  // failures are reported in boxes that do not block
            const RunState after = c.state();
            ++visited[after];
            // A file opened is the opened run's from now on (Save and Autosave write there).
            if (act == Act::OpenSaved && w.checkpointPath() == questions->open_path)
                owner[questions->open_path.toStdString()] = w.shownRunId();

            // The state reached is one the action (and what follows by itself) may reach.
            std::vector<RunState> may = lifecycle::reachable(before, table);
            // The person declined to drop the model (Cancel, or no file for Save): the action
            // did not happen, and only what happens by itself may have.
            const bool declined = questions->asked_unsaved > asked &&
                                  (questions->unsaved == WindowQuestions::Unsaved::Cancel ||
                                   (questions->unsaved == WindowQuestions::Unsaved::Save &&
                                    !had_file && questions->save_path.isEmpty()));
            if (declined)
                may = lifecycle::reachable(before, RunAction::Autosave);
            const bool unchanged_ok = after == before;
            const bool reached_ok =
                std::find(may.begin(), may.end(), after) != may.end() || unchanged_ok;
            if (act == Act::PauseOrResume) {
                const auto by_pause = lifecycle::reachable(before, RunAction::Pause);
                const auto by_resume = lifecycle::reachable(before, RunAction::Resume);
                QVERIFY2(
                    unchanged_ok ||
                        std::find(by_pause.begin(), by_pause.end(), after) != by_pause.end() ||
                        std::find(by_resume.begin(), by_resume.end(), after) != by_resume.end(),
                    qPrintable(where + " -> " + lifecycle::nameOf(after)));
            } else if (!possible) {
                // A disabled action does nothing: only what happens by itself may happen.
                const auto itself = lifecycle::reachable(before, RunAction::Autosave);
                QVERIFY2(std::find(itself.begin(), itself.end(), after) != itself.end(),
                         qPrintable(where + " (disabled) -> " + lifecycle::nameOf(after)));
            } else {
                QVERIFY2(reached_ok, qPrintable(where + " -> " + lifecycle::nameOf(after)));
            }
            QVERIFY2(bad_moves.isEmpty(), qPrintable(where + ": " + bad_moves.join(", ")));

            // Enabled exactly where the table says.
            const RunState s = after;
            QCOMPARE(w.action("start")->isEnabled(),
                     lifecycle::enabled(s, RunAction::Start) && w.configPanel()->valid());
            QCOMPARE(w.action("pause")->isEnabled(), lifecycle::enabled(s, RunAction::Pause) ||
                                                         lifecycle::enabled(s, RunAction::Resume));
            QCOMPARE(w.action("stop")->isEnabled(), lifecycle::enabled(s, RunAction::Stop));
            QCOMPARE(w.action("reset")->isEnabled(), lifecycle::enabled(s, RunAction::Reset));
            QCOMPARE(w.action("saveCheckpoint")->isEnabled(),
                     lifecycle::enabled(s, RunAction::Save));
            QCOMPARE(w.action("openCheckpoint")->isEnabled(),
                     lifecycle::enabled(s, RunAction::Open));
            QVERIFY(!w.action("continue")->isEnabled() ||
                    lifecycle::enabled(s, RunAction::Continue));
            QCOMPARE(w.configPanel()->editor("hidden")->isEnabled(),
                     lifecycle::enabled(s, RunAction::EditSettings));
            QVERIFY(w.configPanel()->editor("lr")->isEnabled());
            QCOMPARE(!w.banner()->isHidden(), s == RunState::Diverged);
            QCOMPARE(w.generatePanel()->findChild<QPushButton*>("generate")->isEnabled(),
                     lifecycle::hasModel(s));

            // The model shown is the controller's; there is one when the state says so.
            if (lifecycle::hasModel(s))
                QVERIFY2(c.hasSession(), qPrintable(where));
            if (s == RunState::Idle || s == RunState::FailedToStart)
                QVERIFY2(!c.hasSession(), qPrintable(where));
            if (s != RunState::Preparing)
                QVERIFY2(w.shownRunId() == c.session().run_id,
                         qPrintable(where + ": shows " + QString::fromStdString(w.shownRunId()) +
                                    ", has " + QString::fromStdString(c.session().run_id)));

            // Files: only the current run's folder (before or after the action) and the paths
            // chosen for it changed.
            if (!w.checkpointPath().isEmpty() && QFile::exists(w.checkpointPath()))
                saved_paths.push_back(w.checkpointPath());
            const auto now = stampTree(root);
            const std::set<std::string> runs = {run_before, w.shownRunId(), c.session().run_id};
            for (const auto& [path, stamp] : now) {
                const auto was = stamps.find(path);
                if (was != stamps.end() && !(was->second != stamp))
                    continue;
                const fs::path p(path);
                const std::string rel =
                    p.lexically_relative(root).string();  // no disk access: p may be gone
                if (rel.rfind("runs/", 0) == 0) {
                    const std::string id = p.lexically_relative(root / "runs").begin()->string();
                    QVERIFY2(runs.count(id),
                             qPrintable(where + ": wrote into another run's folder: " +
                                        QString::fromStdString(rel)));
                } else if (rel.rfind("chosen/", 0) == 0 || path == broken.toStdString()) {
                    // A new file belongs to the run it was saved for: the one shown before the
                    // action (a Save, or the save asked for before a Start or Open).
                    const auto o = owner.emplace(path, run_before).first;
                    const bool mine = runs.count(o->second) > 0;
                    QVERIFY2(mine && path != broken.toStdString(),
                             qPrintable(where + ": wrote over another run's file: " +
                                        QString::fromStdString(rel)));
                } else {
                    QFAIL(qPrintable(
                        where + ": wrote a file nobody asked for: " + QString::fromStdString(rel)));
                }
            }
            stamps = now;
        }
        // Each kind of action was taken, and the runs went through every state that matters.
        QVERIFY2(done.size() >= kActs - 1, qPrintable(QString::number(done.size())));
        QStringList seen;
        for (auto it = visited.begin(); it != visited.end(); ++it)
            seen << QStringLiteral("%1 %2").arg(lifecycle::nameOf(it.key())).arg(it.value());
        qInfo("seed %d: %d actions; states after them: %s", seed, actions,
              qPrintable(seen.join(", ")));
        for (RunState s :
             {RunState::Running, RunState::Paused, RunState::Diverged, RunState::Stopped,
              RunState::Finished, RunState::FailedToStart, RunState::Idle})
            QVERIFY2(visited.value(s) > 0, lifecycle::nameOf(s));
    }
};

QTEST_MAIN(TestLifecycle)
#include "test_lifecycle.moc"
