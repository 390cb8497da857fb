// The divergence guard: an injected NaN is named with its tensor and time step, the weights are
// never updated from it, and stop / pause / ignore each do what they say.
#include <QtTest>

#include "test_support.h"

#include <cmath>
#include <cstring>

#include "unroll/trainer.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;

namespace {

Config preset(const std::string& name, const std::string& mode) {
    Config c = findPreset(name).config();
    c.setAssignment("on_nonfinite=" + mode);
    c.setAssignment("probe_every=0");
    return c;
}

// Makes the embedding of `token` NaN; returns the (1-based) time step at which it first appears
// in the first training batch.
int poisonToken(Trainer& t, std::int32_t token) {
    std::vector<float> emb = t.parameterValues("i_h.weight");
    const int64_t hidden = t.parameterShapes()[0].back();
    for (int64_t i = 0; i < hidden; ++i)
        emb[static_cast<size_t>(token * hidden + i)] = NAN;
    t.setParameterValues("i_h.weight", emb);
    const Batch b = t.dataset().trainBatch(0);
    for (int s = 0; s < b.seq_len; ++s)
        for (int r = 0; r < b.rows; ++r)
            if (b.inputRow(r)[s] == token)
                return s + 1;
    return 0;
}

std::vector<std::vector<float>> allWeights(const Trainer& t) {
    std::vector<std::vector<float>> out;
    for (const std::string& n : t.parameterNames())
        out.push_back(t.parameterValues(n));
    return out;
}

bool sameBits(const std::vector<std::vector<float>>& a, const std::vector<std::vector<float>>& b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].size() != b[i].size() ||
            std::memcmp(a[i].data(), b[i].data(), a[i].size() * sizeof(float)) != 0)
            return false;
    return true;
}

}  // namespace

class TestGuard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void stopNamesTheTensorAndTimeStep_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tensor");
        QTest::newRow("lm4: the hidden state") << "lm4"
                                               << "hidden activation";
        QTest::newRow("lm6: the embedding output") << "lm6"
                                                   << "embedding activation";
    }
    void stopNamesTheTensorAndTimeStep() {
        QFETCH(QString, name);
        QFETCH(QString, tensor);
        Trainer t(preset(name.toStdString(), "stop"), numbers());
        const int step = poisonToken(t, 29);  // 'thousand'
        QVERIFY(step > 0);
        const auto before = allWeights(t);
        try {
            t.trainStep();
            QFAIL("the guard did not fire");
        } catch (const DivergenceError& e) {
            QCOMPARE(QString::fromStdString(e.event().tensor.english()), tensor);
            QCOMPARE(e.event().time_step, step);
            QCOMPARE(e.event().step, int64_t(1));
            QVERIFY(e.event().action == OnNonFinite::Stop);
            const QString msg = e.what();
            QVERIFY2(msg.contains(QStringLiteral("at time step %1 of 16").arg(step)),
                     qPrintable(msg));
            QVERIFY2(msg.contains("the weights were not updated"), qPrintable(msg));
        }
        QVERIFY(sameBits(allWeights(t), before));  // nothing was written
        QCOMPARE(t.stepsDone(), int64_t(0));
    }

    // Pause withholds the step and retries the same batch: once the weight is repaired the retry
    // is exactly the first step of an untouched run.
    // on_nonfinite=rewind: back to the last snapshot (every snapshot_every steps), exactly:
    // the weights, the position and the learning rate lowered by the factor, clipping on.
    void rewindGoesBackToTheLastSnapshot() {
        Config c = preset("lm3", "rewind");
        c.set("snapshot_every", std::int64_t(2));
        c.set("rewind_lr_factor", 4.0);
        c.set("max_rewinds", std::int64_t(1));
        const double lr = c.getFloat("lr");
        Trainer t(c, numbers());
        t.trainStep();
        t.trainStep();
        const auto at_two = allWeights(t);  // the snapshot of step 2 is taken before step 3
        t.trainStep();
        QCOMPARE(t.stepsDone(), int64_t(3));
        poisonToken(t, 29);
        const StepMetrics m = t.trainStep();
        QVERIFY(m.event && !m.applied);
        QVERIFY(m.event->action == OnNonFinite::Rewind);
        QVERIFY2(QString::fromStdString(m.event->message.english()).contains("Rewound to step 3"),
                 m.event->message.english().c_str());
        QCOMPARE(t.stepsDone(), int64_t(2));
        QVERIFY(sameBits(allWeights(t), at_two));
        QCOMPARE(t.config().getFloat("lr"), lr / 4.0);
        QCOMPARE(t.config().getFloat("clip"), 1.0);
        // The run goes on from there.
        const StepMetrics next = t.trainStep();
        QVERIFY(!next.event && next.applied);
        QCOMPARE(next.step, int64_t(3));
        QCOMPARE(next.lr < m.lr, true);
        // With no rewind left, the next divergence stops the run.
        poisonToken(t, 29);
        try {
            t.trainStep();
            QFAIL("the run went on without a rewind left");
        } catch (const DivergenceError& e) {
            QVERIFY(e.event().action == OnNonFinite::Stop);
            QVERIFY2(
                QString::fromStdString(e.event().message.english()).contains("No rewind was left"),
                e.event().message.english().c_str());
        }
    }

    // LM5 at lr = 10 explodes at step 117; rewinding recovers it and every epoch trains.
    void rewindRecoversLm5AtLearningRateTen() {
        Config c = findPreset("lm5").config();
        c.set("lr", 10.0);
        c.set("on_nonfinite", std::string("rewind"));
        Trainer t(c, numbers());
        struct Events : TrainObserver {
            void onEvent(const TrainEvent& e) override { events.push_back(e); }
            std::vector<TrainEvent> events;
        } seen;
        const FitSummary fit = t.fit(&seen);
        QVERIFY(t.finished());
        QCOMPARE(static_cast<int>(fit.epochs.size()), t.epochs());
        QVERIFY(!seen.events.empty());
        for (const TrainEvent& e : seen.events)
            QVERIFY(e.action == OnNonFinite::Rewind);
        QVERIFY(std::isfinite(t.history().back().valid_loss));
        QVERIFY(t.history().back().valid_loss < 3.0);
    }

    // A snapshot taken at the start of the step that failed holds the weights that failed: the
    // rewind goes to the one before it (before, it went back to the failing weights and failed
    // again on every rewind).
    void rewindSkipsTheSnapshotOfTheFailingStep() {
        Config c = preset("lm3", "rewind");
        c.set("snapshot_every", std::int64_t(2));
        Trainer t(c, numbers());
        t.trainStep();
        t.trainStep();
        const auto at_two = allWeights(t);
        t.trainStep();
        t.trainStep();
        poisonToken(t, 29);  // the snapshot of step 4 is taken with the poison, at the next step
        const StepMetrics m = t.trainStep();
        QVERIFY(m.event && m.event->action == OnNonFinite::Rewind);
        QCOMPARE(m.event->rewind_to, std::int64_t(2));
        QCOMPARE(t.stepsDone(), std::int64_t(2));
        QVERIFY(sameBits(allWeights(t), at_two));
        QVERIFY(t.trainStep().applied);
    }

    // The window's remedies for a paused run: rewind to the newest snapshot before the step with
    // the learning rate lowered, or with clipping at 1; skip the batch. Each is exact.
    void remedyRewindsWithALowerLearningRate() {
        Config c = preset("lm3", "pause");
        c.set("snapshot_every", std::int64_t(2));
        const double lr = c.getFloat("lr");
        Trainer t(c, numbers());
        t.trainStep();
        t.trainStep();
        const auto at_two = allWeights(t);
        t.trainStep();
        poisonToken(t, 29);
        const StepMetrics m = t.trainStep();
        QVERIFY(t.paused());
        QCOMPARE(m.event->rewind_to, std::int64_t(2));  // the banner can offer it
        QCOMPARE(t.rewindPoint(), std::int64_t(2));
        const TrainEvent done = t.recover({Remedy::Kind::Rewind, 10.0, 0.0});
        QVERIFY(done.action == OnNonFinite::Rewind);
        QCOMPARE(done.rewind_to, std::int64_t(2));
        QVERIFY2(QString::fromStdString(done.message.english()).contains("rewound to step 3"),
                 done.message.english().c_str());
        QVERIFY(!t.paused());
        QCOMPARE(t.stepsDone(), std::int64_t(2));
        QVERIFY(sameBits(allWeights(t), at_two));
        QCOMPARE(t.config().getFloat("lr"), lr / 10.0);
        QCOMPARE(t.config().getFloat("clip"), c.getFloat("clip"));  // left as it was
        const StepMetrics next = t.trainStep();
        QVERIFY(next.applied && !next.event);
        QCOMPARE(next.step, std::int64_t(3));
    }

    void remedyRewindsAndClips() {
        Config c = preset("lm5", "stop");
        c.set("snapshot_every", std::int64_t(1));
        const double lr = c.getFloat("lr");
        Trainer t(c, numbers());
        const auto at_start = allWeights(t);
        t.trainStep();
        poisonToken(t, 29);  // in the snapshot of step 1, taken as step 2 begins
        QVERIFY_THROWS_EXCEPTION(DivergenceError, t.trainStep());
        QCOMPARE(t.rewindPoint(), std::int64_t(0));
        t.recover({Remedy::Kind::Rewind, 1.0, 1.0});
        QCOMPARE(t.config().getFloat("clip"), 1.0);
        QCOMPARE(t.config().getFloat("lr"), lr);
        QCOMPARE(t.stepsDone(), std::int64_t(0));
        QVERIFY(sameBits(allWeights(t), at_start));
    }

    void remedySkipsTheBatch() {
        Trainer t(preset("lm6", "pause"), numbers());
        t.trainStep();
        poisonToken(t, 29);
        const auto poisoned = allWeights(t);
        t.trainStep();
        QVERIFY(t.paused());
        const TrainEvent done = t.recover({Remedy::Kind::SkipBatch, 1.0, 0.0});
        QVERIFY(done.action == OnNonFinite::Ignore);
        QCOMPARE(t.stepsDone(), std::int64_t(1));  // the skip happens as the next step
        const StepMetrics skipped = t.trainStep();
        QVERIFY(!skipped.applied && !skipped.event);
        QCOMPARE(skipped.batch, 1);
        QCOMPARE(t.stepsDone(), std::int64_t(2));
        QVERIFY(sameBits(allWeights(t), poisoned));  // no update, no forward pass
        QCOMPARE(t.trainStep().batch, 2);
    }

    // The first step of an epoch has no snapshot before it: the remedy says so and the run is
    // left as it was.
    void remedyWithNothingToRewindToIsRefused() {
        Trainer t(preset("lm4", "pause"), numbers());
        poisonToken(t, 29);
        const auto before = allWeights(t);
        const StepMetrics m = t.trainStep();
        QCOMPARE(m.event->rewind_to, std::int64_t(-1));
        try {
            t.recover({Remedy::Kind::Rewind, 10.0, 0.0});
            QFAIL("a rewind with no snapshot was accepted");
        } catch (const RemedyError& e) {
            QVERIFY2(QString(e.what()).contains("no snapshot before step 1"), e.what());
        }
        QVERIFY(t.paused());
        QVERIFY(sameBits(allWeights(t), before));
        QCOMPARE(t.config().getFloat("lr"), preset("lm4", "pause").getFloat("lr"));
    }

    void pauseRetriesTheSameBatch() {
        Trainer clean(preset("lm7", "pause"), numbers());
        const StepMetrics expected = clean.trainStep();

        Trainer t(preset("lm7", "pause"), numbers());
        const std::vector<float> good = t.parameterValues("i_h.weight");
        poisonToken(t, 29);
        const StepMetrics m = t.trainStep();
        QVERIFY(m.event);
        QVERIFY(!m.applied);
        QVERIFY(t.paused());
        QCOMPARE(t.stepsDone(), int64_t(0));
        t.setParameterValues("i_h.weight", good);
        const StepMetrics retry = t.trainStep();
        QVERIFY(!retry.event);
        QVERIFY(!t.paused());
        QCOMPARE(retry.batch, 0);
        QCOMPARE(retry.loss, expected.loss);  // the same state and the same dropout masks
        QVERIFY(sameBits(allWeights(t), allWeights(clean)));
    }

    void ignoreSkipsTheUpdateAndGoesOn() {
        Trainer t(preset("lm6", "ignore"), numbers());
        poisonToken(t, 29);
        const auto before = allWeights(t);
        const StepMetrics m = t.trainStep();
        QVERIFY(m.event && !m.applied);
        QVERIFY(m.event->action == OnNonFinite::Ignore);
        QVERIFY(QString::fromStdString(m.event->message.english())
                    .contains("This batch's update was skipped"));
        QCOMPARE(t.stepsDone(), int64_t(1));  // the batch counts as done
        QVERIFY(sameBits(allWeights(t), before));
        QCOMPARE(t.trainStep().batch, 1);
    }

    // A skipped step reports the smoothed loss where it stands, not a zero a plot would show.
    void skippedStepKeepsTheSmoothedLoss() {
        Trainer t(preset("lm6", "ignore"), numbers());
        const double smooth = t.trainStep().smooth_loss;
        poisonToken(t, 29);
        const StepMetrics m = t.trainStep();
        QVERIFY(m.event && !m.applied);
        QCOMPARE(m.smooth_loss, smooth);
    }

    void lossLimit() {
        Config c = preset("lm4", "stop");
        c.setAssignment("loss_limit=0.5");  // any second loss above half the first
        Trainer t(c, numbers());
        t.trainStep();
        try {
            t.trainStep();
            QFAIL("the loss limit did not fire");
        } catch (const DivergenceError& e) {
            QVERIFY(e.event().kind == TrainEvent::Kind::LossLimit);
            QCOMPARE(QString::fromStdString(e.event().tensor.english()), QStringLiteral("loss"));
            QVERIFY(QString(e.what()).contains("passed loss_limit 0.5 x the first loss"));
            // `what` is the description alone, for front ends that phrase the rest themselves.
            const QString what = QString::fromStdString(e.event().what.english());
            QVERIFY2(what.startsWith("the loss ") && what.contains("passed loss_limit 0.5") &&
                         !what.contains("Try") && !what.contains("step "),
                     qPrintable(what));
        }
    }

    void adviceFitsTheModel() {
        Trainer rnn(preset("lm5", "stop"), numbers());
        poisonToken(rnn, 3);
        try {
            rnn.trainStep();
        } catch (const DivergenceError& e) {
            QVERIFY(QString(e.what()).contains("use an LSTM (arch lm6) instead of a plain RNN"));
            QVERIFY(QString(e.what()).contains("clip gradients (clip=1)"));
        }
        Config c = preset("lm6", "stop");
        c.setAssignment("clip=0.5");
        Trainer lstm(c, numbers());
        poisonToken(lstm, 3);
        try {
            lstm.trainStep();
        } catch (const DivergenceError& e) {
            QVERIFY(!QString(e.what()).contains("LSTM"));
            QVERIFY(!QString(e.what()).contains("clip gradients"));  // it already clips
        }
    }

    void parameterAccessIsChecked() {
        Trainer t(preset("lm1", "stop"), numbers());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, t.parameterValues("nope"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, t.setParameterValues("h_o.bias", {1.0f}));
        QCOMPARE(t.parameterValues("h_o.bias").size(), size_t(30));
    }
};

QTEST_GUILESS_MAIN(TestGuard)
#include "test_guard.moc"
