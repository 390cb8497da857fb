// The training thread seen from the GUI thread: commands, acknowledgements, stopping within one
// batch, bounded snapshots under a flood, and the real trainer behind it.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include "controller/training_controller.h"
#include "stub_session.h"
#include "unroll/checkpoint.h"
#include "window_test_support.h"

using namespace unroll;
using unroll::test::waitForState;
using namespace std::chrono_literals;

namespace {

TrainingController::SessionFactory stubFactory(test::StubCounters* c,
                                               std::chrono::milliseconds step_time, int reports = 1,
                                               int total = 1000000) {
    return [=](const Config&) {
        return std::make_unique<test::StubSession>(c, step_time, reports, total);
    };
}

Config quickLstm() {
    Config c = findPreset("lm6").config();
    c.set("epochs", std::int64_t{2});
    c.set("probe_every", std::int64_t{5});
    return c;
}

}  // namespace

class TestTrainingController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stopIsAcknowledgedWithinOneBatch() {
        test::StubCounters counters;
        TrainingController c(stubFactory(&counters, 40ms), {});
        c.start(Config());
        QVERIFY(waitForState(c, RunState::Running));
        QVERIFY(QTest::qWaitFor([&] { return counters.steps_finished >= 3; }, 5000));
        const int started_before = counters.steps_started;
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped, 2000));
        // At most the batch in progress when stop() was called completes; none starts after.
        QVERIFY2(counters.steps_started - started_before <= 1,
                 qPrintable(QString::number(counters.steps_started - started_before)));
        const int after = counters.steps_started;
        QTest::qWait(150);
        QCOMPARE(int(counters.steps_started), after);
    }

    // Resume continues a paused run and nothing else: a stopped run stays stopped (the banner's
    // "Resume as it is" used to put it back into training).
    void resumeDoesNothingToAStoppedRun() {
        test::StubCounters counters;
        TrainingController c(stubFactory(&counters, 5ms), {});
        c.start(Config());
        QVERIFY(waitForState(c, RunState::Running));
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped, 2000));
        const int steps = counters.steps_started;
        QSignalSpy states(&c, &TrainingController::stateChanged);
        c.resume();
        QTest::qWait(150);
        QCOMPARE(c.state(), RunState::Stopped);
        QVERIFY(states.isEmpty());
        QCOMPARE(int(counters.steps_started), steps);
    }

    void pauseHoldsAndResumeContinues() {
        test::StubCounters counters;
        TrainingController c(stubFactory(&counters, 5ms), {});
        QSignalSpy states(&c, &TrainingController::stateChanged);
        c.start(Config());
        QVERIFY(waitForState(c, RunState::Running));
        QVERIFY(QTest::qWaitFor([&] { return counters.steps_finished >= 5; }, 5000));
        c.pause();
        QVERIFY(waitForState(c, RunState::Paused, 2000));
        const int held = counters.steps_started;
        QTest::qWait(100);
        QCOMPARE(int(counters.steps_started), held);
        c.resume();
        QVERIFY(waitForState(c, RunState::Running, 2000));
        QVERIFY(QTest::qWaitFor([&] { return counters.steps_started > held + 3; }, 5000));
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped, 2000));
        // Preparing, Running, Paused, Running, Stopping, Stopped: each once, in order.
        QList<RunState> seen;
        for (const QList<QVariant>& args : states)
            seen << args.at(0).value<RunState>();
        QCOMPARE(seen, (QList<RunState>{RunState::Preparing, RunState::Running, RunState::Paused,
                                        RunState::Running, RunState::Stopping, RunState::Stopped}));
    }

    void floodStaysBounded() {
        // Each "batch" reports 20,000 steps and nobody drains: the buffer must not grow past its
        // limit, and what survives is thinned evenly with the newest kept.
        test::StubCounters counters;
        SnapshotBuffer::Limits limits;
        limits.steps = 256;
        TrainingController c(stubFactory(&counters, 1ms, 20000), limits);
        c.setDrainInterval(0);
        c.start(Config());
        QVERIFY(waitForState(c, RunState::Running));
        QVERIFY(QTest::qWaitFor([&] { return counters.steps_finished >= 20; }, 10000));
        QVERIFY2(c.queuedSteps() <= limits.steps, qPrintable(QString::number(c.queuedSteps())));
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped, 5000));
        QSignalSpy batches(&c, &TrainingController::snapshots);
        c.drainNow();
        // setState drained already when Stopping and Stopped arrived (a batch of steps may come
        // between them); the steps since are few or none.
        QVERIFY(c.queuedSteps() == 0);
        QVERIFY(c.stepsReported() <= std::int64_t(limits.steps) * 3);
        QVERIFY(c.stepsReported() > 0);
    }

    void snapshotsArriveAtTimerRateNotPerStep() {
        test::StubCounters counters;
        TrainingController c(stubFactory(&counters, 0ms, 1, 2000), {});
        QSignalSpy batches(&c, &TrainingController::snapshots);
        c.start(Config());
        QVERIFY(waitForState(c, RunState::Finished, 20000));
        QCOMPARE(c.stepsReported(), std::int64_t(2000));
        // 2000 steps, far fewer signals: they come per drain, not per step.
        QVERIFY2(batches.count() < 200, qPrintable(QString::number(batches.count())));
    }

    void badConfigurationFailsWithItsMessage() {
        TrainingController c;
        QSignalSpy failed(&c, &TrainingController::failed);
        Config bad;
        bad.set("corpus", std::string("/nonexistent/corpus.txt"));
        c.start(bad);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(1).toString().contains("/nonexistent/corpus.txt"));
        QVERIFY(waitForState(c, RunState::FailedToStart));
        QVERIFY(!c.hasSession());
    }

    void stopCancelsLoadingALargeCorpus() {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("the quick brown fox jumps over the lazy dog\n");
        for (int i = 0; i < 300000; ++i)  // about 13 MB: several chunks
            f.write(line);
        f.close();
        TrainingController c;
        QSignalSpy failed(&c, &TrainingController::failed);
        Config config;
        config.setFromText("corpus", path.toStdString());
        c.start(config);
        c.stop();  // before the worker has read the second chunk
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(1).toString().contains("was cancelled"),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(waitForState(c, RunState::FailedToStart));
        QVERIFY(!c.hasSession());
        // Loading it fully reports progress on the way.
        QSignalSpy loading(&c, &TrainingController::loading);
        QSignalSpy ready(&c, &TrainingController::sessionReady);
        c.start(config);
        QVERIFY(ready.wait(30000));
        QVERIFY(loading.count() >= 3);
        QCOMPARE(loading.last().at(0).toDouble(), 1.0);
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped));
    }

    void realTrainerReportsStepsProbesAndEpochs() {
        TrainingController c;
        SnapshotBuffer::Drained all;
        connect(&c, &TrainingController::snapshots, this, [&](const SnapshotBuffer::Drained& d) {
            all.steps.insert(all.steps.end(), d.steps.begin(), d.steps.end());
            all.probes.insert(all.probes.end(), d.probes.begin(), d.probes.end());
            all.epochs.insert(all.epochs.end(), d.epochs.begin(), d.epochs.end());
        });
        QSignalSpy ready(&c, &TrainingController::sessionReady);
        c.start(quickLstm());
        QVERIFY(ready.wait(20000));
        QCOMPARE(c.session().batches_per_epoch, 49);
        QCOMPARE(c.session().parameter_names.size(), size_t(11));
        QVERIFY(waitForState(c, RunState::Finished, 60000));
        QCOMPARE(all.epochs.size(), size_t(2));
        QCOMPARE(all.steps.back().step, std::int64_t(98));
        QVERIFY(all.probes.size() >= 15);
        QCOMPARE(all.steps.front().grad_norms.size(), size_t(11));
        QVERIFY(all.epochs.back().valid_loss < all.epochs.front().valid_loss + 1.0);
    }

    void liveSettingsApplyAndFixedOnesAreRefused() {
        TrainingController c;
        QSignalSpy applied(&c, &TrainingController::liveApplied);
        QSignalSpy failed(&c, &TrainingController::failed);
        Config config = quickLstm();
        config.set("epochs", std::int64_t{50});
        c.start(config);
        QVERIFY(waitForState(c, RunState::Running, 20000));
        config.set("lr", 0.001);
        config.set("clip", 0.5);
        c.applyLive(config);
        QVERIFY(applied.wait(5000));
        QCOMPARE(c.session().config.getFloat("clip"), 0.5);
        Config fixed = config;
        fixed.set("hidden", std::int64_t{32});
        c.applyLive(fixed);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(1).toString().contains("hidden cannot change during a run"));
        // A refused change leaves the run going, with the settings it had.
        QTest::qWait(50);
        QCOMPARE(c.state(), RunState::Running);
        QCOMPARE(c.session().config.getInt("hidden"), std::int64_t(64));
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped, 5000));
    }

    void saveThenShutdownMidRunKeepsTheCheckpoint() {
        QTemporaryDir dir;
        const QString path = dir.filePath("mid.safetensors");
        auto* c = new TrainingController;
        QSignalSpy saved(c, &TrainingController::saved);
        Config config = quickLstm();
        config.set("epochs", std::int64_t{50});
        c->start(config);
        QVERIFY(waitForState(*c, RunState::Running, 20000));
        QVERIFY(QTest::qWaitFor([&] { return c->stepsReported() >= 10; }, 20000));
        c->save(path);
        QVERIFY(saved.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return c->stepsReported() >= 30; }, 20000));
        QElapsedTimer t;
        t.start();
        delete c;  // what closing the window does: stop after the batch, join the thread
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        const CheckpointInfo info = inspectCheckpoint(path.toStdString());
        QVERIFY(info.steps_done >= 10);
        QCOMPARE(info.config.getText("arch"), std::string("lm6"));
    }

    void autosaveWritesAfterEveryEpoch() {
        QTemporaryDir dir;
        const QString path = dir.filePath("auto.safetensors");
        TrainingController c;
        QSignalSpy saved(&c, &TrainingController::saved);
        c.setAutosave({true, path});
        c.start(quickLstm());
        QVERIFY(waitForState(c, RunState::Finished, 60000));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(inspectCheckpoint(path.toStdString()).epochs_done, 2);
    }

    void learningRateFinderReturnsACurve() {
        TrainingController c;
        QSignalSpy found(&c, &TrainingController::learningRateFound);
        LrFindOptions o;
        o.num_it = 30;
        c.findLearningRate(quickLstm(), o);
        QVERIFY(found.wait(30000));
        const auto r = found.at(0).at(0).value<LrFindResult>();
        QVERIFY(r.lrs.size() >= 10);
        QVERIFY(r.suggestions.valley > 0);
        QCOMPARE(c.state(), RunState::Idle);
    }
};

QTEST_MAIN(TestTrainingController)
#include "test_training_controller.moc"
