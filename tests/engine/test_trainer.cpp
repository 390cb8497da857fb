// The trainer through its public API: determinism, the schedule and smoothed loss it reports,
// epoch bookkeeping, stopping between steps and refusing to train into NaN. That every preset
// trains as PyTorch does, step by step, is test_training_steps' and test_peer_parity's.
#include <QtTest>

#include "test_support.h"

#include <algorithm>
#include <cmath>

#include "unroll/device.h"
#include "unroll/schedule.h"
#include "unroll/trainer.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;
using unroll::test::Recorder;

namespace {

std::vector<double> losses(const Config& config, int steps) {
    Trainer t(config, numbers());
    std::vector<double> out;
    for (int i = 0; i < steps; ++i)
        out.push_back(t.trainStep().loss);
    return out;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void sameSeedSameRun() {
        for (const char* preset : {"lm1", "lm4"}) {
            const auto a = losses(quick(preset), 30);
            const auto b = losses(quick(preset), 30);
            QCOMPARE(a, b);  // bit for bit at one thread
            Config other = quick(preset);
            other.set("seed", int64_t(7));
            QVERIFY(losses(other, 30) != a);
        }
    }

    // Each trainer draws dropout from its own generator: stepping another trainer in between
    // changes nothing (the race view trains several models side by side).
    void interleavedTrainersDoNotDisturbEachOther() {
        const Config c = quick("awd");
        const auto alone = losses(c, 6);
        Trainer a(c, numbers());
        Trainer b(quick("lm7"), numbers());
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(a.trainStep().loss, alone[size_t(i)]);
            b.trainStep();
        }
    }

    void scratchAndFusedTrainAlike() {
        Config fused = quick("lm3");
        Config scratch = fused;
        scratch.setAssignment("cell=scratch");
        const auto a = losses(fused, 20);
        const auto b = losses(scratch, 20);
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) < 1e-4);
    }

    void reportsScheduleAndSmoothedLoss() {
        const Config c = quick("lm4", 2);
        Trainer t(c, numbers());
        Recorder r;
        const FitSummary fit = t.fit(&r);
        QCOMPARE(int(r.steps.size()), 2 * 49);
        QCOMPARE(int(fit.epochs.size()), 2);
        const Schedule s = Schedule::fromConfig(c);
        double avg = 0;
        for (size_t i = 0; i < r.steps.size(); ++i) {
            const StepMetrics& m = r.steps[i];
            QCOMPARE(m.step, int64_t(i + 1));
            QCOMPARE(m.epoch, int(i / 49));
            QCOMPARE(m.batch, int(i % 49));
            QCOMPARE(m.tokens, int64_t(64 * 16));
            // The schedule position is taken before the batch: step i sees pos = i / total.
            const ScheduleValues v = s.at(double(i) / r.steps.size());
            QCOMPARE(m.lr, v.lr);
            QCOMPARE(m.beta1, v.beta1);
            avg = 0.98 * avg + 0.02 * m.loss;
            QVERIFY(std::abs(m.smooth_loss - avg / (1 - std::pow(0.98, double(i + 1)))) < 1e-9);
            QCOMPARE(m.last_in_epoch, m.batch == 48);
        }
        QCOMPARE(r.steps.front().lr, 3e-3 / 25);
        // The printed train_loss is the smoothed loss at the end of the epoch.
        QCOMPARE(fit.epochs[1].train_loss, r.steps.back().smooth_loss);
        double mean = 0;
        for (int i = 49; i < 98; ++i)
            mean += r.steps[size_t(i)].loss / 49;
        QVERIFY(std::abs(fit.epochs[1].train_loss_mean - mean) < 1e-9);
        QCOMPARE(fit.train_tokens, int64_t(98 * 64 * 16));
        QVERIFY(t.finished());
        QVERIFY(fit.epochs[1].perplexity == std::exp(fit.epochs[1].valid_loss));
    }

    // Unique tensors: LM7's tied decoder weight is the embedding, counted once (the book's
    // 68,510, not 70,430). What each preset learns is pinned against PyTorch in
    // test_training_steps and test_peer_parity.
    void parameterCountIsUniqueTensors() {
        QCOMPARE(Trainer(quick("lm3"), numbers()).parameterCount(), int64_t(8030));
        QCOMPARE(Trainer(quick("lm6"), numbers()).parameterCount(), int64_t(70430));
        QCOMPARE(Trainer(quick("lm7"), numbers()).parameterCount(), int64_t(68510));
    }

    void validationIsRepeatable() {
        Trainer t(quick("lm4"), numbers());
        for (int i = 0; i < 5; ++i)
            t.trainStep();
        // Validation resets the carried state first, so two passes agree exactly.
        const EpochMetrics a = t.evaluate();
        const EpochMetrics b = t.evaluate();
        QCOMPARE(a.valid_loss, b.valid_loss);
        QCOMPARE(a.valid_accuracy, b.valid_accuracy);
    }

    void stopTokenIsCheckedBetweenSteps() {
        Trainer t(quick("lm1", 3), numbers());
        std::atomic<bool> stop{false};
        class Stopper : public TrainObserver {
        public:
            explicit Stopper(std::atomic<bool>& s) : stop(s) {}
            void onStep(const StepMetrics& m) override {
                if (m.step == 10)
                    stop.store(true);
            }
            std::atomic<bool>& stop;
        } stopper(stop);
        const FitSummary fit = t.fit(&stopper, &stop);
        QVERIFY(fit.stopped);
        QCOMPARE(t.stepsDone(), int64_t(10));
        QVERIFY(!t.finished());
    }

    void epochBookkeepingIsEnforced() {
        Trainer t(quick("lm4"), numbers());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.endEpoch());
        for (int i = 0; i < 49; ++i)
            t.trainStep();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.trainStep());
        t.endEpoch();
        QVERIFY(t.finished());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.trainStep());
    }

    void divergenceStopsBeforeTheWeightsChange() {
        // 16 ReLU steps with weights pushed to ~100 overflow float within a few steps.
        Config c = quick("lm4");
        c.setAssignment("schedule=constant");
        c.setAssignment("lr=100");
        Trainer t(c, numbers());
        try {
            for (int i = 0; i < 40; ++i)
                t.trainStep();
            QFAIL("lr=100 did not diverge");
        } catch (const DivergenceError& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("the weights were not updated") &&
                         msg.contains("lower the learning rate (lr is 100)"),
                     qPrintable(msg));
            QVERIFY2(msg.contains("became non-finite") || msg.contains("loss became"),
                     qPrintable(msg));
        }
    }

    void clippingBoundsTheGradientNorm() {
        Config c = quick("lm5");
        c.setAssignment("clip=0.05");
        Trainer t(c, numbers());
        bool clipped = false;
        for (int i = 0; i < 20; ++i) {
            const StepMetrics m = t.trainStep();
            QVERIFY(m.grad_norm_clipped <= 0.05 + 1e-6);
            if (m.grad_norm > 0.05) {
                clipped = true;
                QVERIFY(std::abs(m.grad_norm_clipped - 0.05) < 1e-5);
            }
        }
        QVERIFY(clipped);
        Trainer free(quick("lm5"), numbers());
        const StepMetrics m = free.trainStep();
        QCOMPARE(m.grad_norm_clipped, m.grad_norm);  // off by default
    }

    // AR and TAR change what is back-propagated, not what is logged: the first step's loss is the
    // same cross-entropy with or without them, the second differs because the weights do.
    void regularizationIsNotLogged() {
        Config with = quick("lm7");
        Config without = with;
        without.setAssignment("ar_alpha=0");
        without.setAssignment("tar_beta=0");
        Trainer a(with, numbers()), b(without, numbers());
        const StepMetrics a1 = a.trainStep(), b1 = b.trainStep();
        QCOMPARE(a1.loss, b1.loss);
        QVERIFY(a1.ar > 0 && a1.tar > 0);
        QCOMPARE(b1.ar, 0.0);
        QCOMPARE(b1.tar, 0.0);
        QVERIFY(a.trainStep().loss != b.trainStep().loss);
    }

    // Continuing a finished run: a one-cycle schedule starts a new cycle over the added epochs
    // (lr / div at its first step, the peak a quarter in); schedule=constant holds lr.
    void extendStartsANewCycle() {
        const Config c = quick("lm1", 1);
        Trainer t(c, numbers());
        t.fit();
        QVERIFY(t.finished());
        const std::int64_t steps = t.stepsDone();
        Config more = c;
        more.set("epochs", std::int64_t(3));
        t.extend(more);
        QVERIFY(!t.finished());
        QCOMPARE(t.epochs(), 3);
        QCOMPARE(t.cycleStart(), steps);
        const Schedule plan = Schedule::fromConfig(c);
        const StepMetrics first = t.trainStep();
        QCOMPARE(first.step, steps + 1);
        QCOMPARE(first.lr, plan.at(0.0).lr);
        Recorder seen;
        t.fit(&seen);
        QCOMPARE(static_cast<int>(t.history().size()), 3);
        const auto peak = std::max_element(seen.steps.begin(), seen.steps.end(),
                                           [](auto& a, auto& b) { return a.lr < b.lr; });
        QVERIFY(peak->lr > 0.99 * c.getFloat("lr"));  // the peak, a quarter into the new cycle
        QVERIFY(peak->step > steps + steps / 4 && peak->step <= steps + steps / 2 + 2);
    }

    void extendWithAConstantRate() {
        const Config c = quick("lm1", 1);
        Trainer t(c, numbers());
        t.fit();
        Config more = c;
        more.set("epochs", std::int64_t(2));
        more.setAssignment("schedule=constant");
        more.setAssignment("lr=0.001");
        t.extend(more);
        QCOMPARE(t.trainStep().lr, 0.001);
    }

    // A run stopped early keeps its cycle, stretched; fewer epochs or another model is refused.
    void extendKeepsAnUnfinishedCycleAndRefusesOtherChanges() {
        const Config c = quick("lm1", 2);
        Trainer t(c, numbers());
        t.trainStep();
        Config same = c;
        QVERIFY_THROWS_EXCEPTION(ConfigError, t.extend(same));
        Config other = c;
        other.set("epochs", std::int64_t(3));
        other.setAssignment("hidden=16");
        try {
            t.extend(other);
            QFAIL("a different model was accepted");
        } catch (const ConfigError& e) {
            QCOMPARE(QString::fromStdString(e.issues().front().key), QStringLiteral("hidden"));
        }
        QCOMPARE(t.epochs(), 2);
        Config more = c;
        more.set("epochs", std::int64_t(3));
        t.extend(more);
        QCOMPARE(t.cycleStart(), std::int64_t(0));
        QCOMPARE(t.epochs(), 3);
    }

    // The cycle's start travels in the checkpoint; a finished run opened with more epochs
    // begins a new cycle there, as extend() does.
    void aContinuedCycleIsSaved() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("run.safetensors").toStdString();
        const Config c = quick("lm1", 1);
        Trainer t(c, numbers());
        t.fit();
        const std::int64_t steps = t.stepsDone();
        t.save(path);
        auto more = [](Config& config) { config.set("epochs", std::int64_t(2)); };
        const auto opened = Trainer::load(path, more);
        QCOMPARE(opened->cycleStart(), steps);
        QCOMPARE(opened->trainStep().lr, Schedule::fromConfig(c).at(0.0).lr);
        opened->save(path);
        QCOMPARE(Trainer::load(path)->cycleStart(), steps);
    }

    void badConfigIsRefused() {
        Config c = quick("lm1");
        c.setAssignment("hidden=0");
        QVERIFY_THROWS_EXCEPTION(ConfigError, Trainer(c, numbers()));
    }

    // The device setting against this build: Debian's libtorch has no CUDA, and says so.
    void aDeviceThisBuildLacksIsRefused() {
        QCOMPARE(availableDevices().front(), std::string("cpu"));
        QVERIFY(!deviceProblem("cpu"));
        const auto english = [](const std::optional<Message>& m) {
            return m ? QString::fromStdString(m->english()) : QString();
        };
        QVERIFY(english(deviceProblem("gpu")).contains("write cpu, cuda or cuda:N"));
        QVERIFY(english(deviceProblem("cuda:x")).contains("not a device"));
        const bool cuda = availableDevices().size() > 1;
        if (!cuda) {
            const QString why = english(deviceProblem("cuda:0"));
            QVERIFY2(why.contains("no CUDA") && why.contains("(it has: cpu)"), qPrintable(why));
        }
        QVERIFY(english(deviceProblem("cuda:99")).contains(cuda ? "no such GPU" : "no CUDA"));
        Config c = quick("lm1");
        c.setAssignment("device=cuda:99");
        try {
            Trainer t(c, numbers());
            QFAIL("a device that is not there was accepted");
        } catch (const ConfigError& e) {
            QCOMPARE(e.issues().front().key, std::string("device"));
        }
    }

    // Where a checkpoint opens is the machine's choice: the saved device is not kept, and
    // asking for one that is not here is refused like a new run's.
    void aCheckpointOpensOnTheDeviceAskedFor() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("run.safetensors").toStdString();
        Trainer t(quick("lm1", 1), numbers());
        t.trainStep();
        t.save(path);
        QCOMPARE(Trainer::load(path)->config().getText("device"), std::string("cpu"));
        const auto elsewhere = [](Config& config) { config.setAssignment("device=cuda:99"); };
        QVERIFY_THROWS_EXCEPTION(ConfigError, Trainer::load(path, elsewhere));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_trainer.moc"
