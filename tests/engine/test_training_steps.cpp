// The training loop pinned end to end against PyTorch: every preset, trained for two short
// epochs by the engine, matches the PyTorch peer (bench/peer) step by step — the learning rate
// and beta1 the schedule gives, the loss, the gradient norms, every parameter after every
// optimizer step, element by element, and each epoch's validation loss and accuracy. The
// "-plain" cases are the same runs from plain_chapter.py, written independently of the peer.
//
// The fixture's runs are the presets' own settings on hidden 10, batch 3, 40 % validation and a
// few hundred tokens (tests/engine/fixtures/make_fixtures.py says why those sizes); dropout,
// AR/TAR, weight tying, weight decay, the one-cycle momentum and the state reset between
// epochs all act in them.
#include <QtTest>

#include "elementwise.h"
#include "pytorch_fixture.h"
#include "test_support.h"

#include "unroll/trainer.h"

using namespace unroll;
using namespace unroll::test;

namespace {

// Float32 training in another summation order (Unroll's fused kernels, the flat Adam) drifts
// from PyTorch's by a few ulps per step. Measured over the 8 steps of every case: weights within
// 4.8e-7 (gru's embedding, values up to 3.4), losses 2.4e-7, gradient norms 5.4e-8, accuracy
// 1.7e-9 (PyTorch averages in float32). The limits leave a margin of 10-20 over that, well
// below what the mistakes in tests/mutation/mutants.json move.
constexpr Tolerance kWeights{1e-6, 2e-6};
constexpr Tolerance kLoss{2e-6, 1e-6};      // the step's cross-entropy, validation loss
constexpr Tolerance kGradNorm{2e-7, 2e-6};  // global and per-parameter ‖g‖
constexpr Tolerance kSchedule{0.0, 1e-12};  // lr and beta1: the same double arithmetic
constexpr Tolerance kAccuracy{1e-7, 0.0};   // one token of a validation set is 7e-3

// The case's slice of Human Numbers, with the whole vocabulary.
Corpus slice(const nlohmann::json& c) {
    Corpus corpus = numbers();
    const auto first = c["first_token"].get<size_t>();
    const auto count = c["tokens"].get<size_t>();
    corpus.tokens = std::vector<std::int32_t>(corpus.tokens.begin() + long(first),
                                              corpus.tokens.begin() + long(first + count));
    return corpus;
}

Config configOf(const nlohmann::json& c) {
    Config config = findPreset(c["preset"].get<std::string>()).config();
    for (const auto& [key, value] : c["settings"].items()) {
        if (value.is_number_integer())
            config.set(key, value.get<std::int64_t>());
        else
            config.set(key, value.get<double>());
    }
    config.set("threads", std::int64_t(1));
    return config;
}

}  // namespace

class TestTrainingSteps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void matchesPyTorchStepByStep_data() {
        QTest::addColumn<QString>("name");
        for (const auto& [name, c] : PyTorchFixture::get().json()["training"].items())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
        // Every preset is in the fixture, and the independent source for two of them.
        QCOMPARE(PyTorchFixture::get().json()["training"].size(), presets().size() + 2);
    }
    void matchesPyTorchStepByStep() {
        QFETCH(QString, name);
        const PyTorchFixture& fx = PyTorchFixture::get();
        const nlohmann::json& c = fx.json()["training"][name.toStdString()];
        const std::string key = "training/" + name.toStdString() + "/";
        Trainer t(configOf(c), slice(c));
        QCOMPARE(t.batchesPerEpoch(), c["train_batches"].get<int>());
        QCOMPARE(t.validBatches(), c["valid_batches"].get<std::int64_t>());

        // The same parameters, by name, as PyTorch's named_parameters() (a tied weight once).
        std::vector<std::string> names = t.parameterNames();
        std::vector<std::string> theirs = fx.namesUnder(key + "init/");
        std::sort(names.begin(), names.end());
        std::sort(theirs.begin(), theirs.end());
        QCOMPARE(names, theirs);

        Elementwise weights(kWeights), loss(kLoss), norm(kGradNorm), sched(kSchedule),
            accuracy(kAccuracy);
        auto compareWeights = [&](const std::string& when) {
            for (const std::string& p : names)
                weights.array(t.parameterValues(p), fx.tensor(key + when + "/" + p),
                              when + " " + p);
        };
        // Seeded as PyTorch is, the initial weights are PyTorch's exactly.
        Elementwise init({0.0, 0.0});
        for (const std::string& p : names)
            init.array(t.parameterValues(p), fx.tensor(key + "init/" + p), p);
        QVERIFY2(init.ok(), init.summary().c_str());

        size_t epoch = 0;
        const nlohmann::json& steps = c["steps"];
        for (size_t i = 0; i < steps.size(); ++i) {
            const nlohmann::json& ref = steps[i];
            const StepMetrics m = t.trainStep();
            const std::string at = "step " + std::to_string(i + 1);
            QVERIFY(m.applied);
            sched.value(m.lr, ref["lr"].get<double>(), at + " lr");
            sched.value(m.beta1, ref["beta1"].get<double>(), at + " beta1");
            loss.value(m.loss, ref["loss"].get<double>(), at + " loss");
            norm.value(m.grad_norm, ref["grad_norm"].get<double>(), at + " ‖g‖");
            for (size_t p = 0; p < m.grad_norms.size(); ++p) {
                const std::string& pname = t.parameterNames()[p];
                norm.value(m.grad_norms[p], ref["grad_norms"][pname].get<double>(),
                           at + " ‖g " + pname + "‖");
            }
            compareWeights("step" + std::to_string(i + 1));
            if (m.last_in_epoch) {
                const EpochMetrics e = t.endEpoch();
                const nlohmann::json& er = c["epochs"][epoch];
                const std::string ep = "epoch " + std::to_string(epoch);
                loss.value(e.valid_loss, er["valid_loss"].get<double>(), ep + " valid loss");
                accuracy.value(e.valid_accuracy, er["accuracy"].get<double>(),
                               ep + " accuracy");
                ++epoch;
            }
        }
        QCOMPARE(epoch, c["epochs"].size());
        QVERIFY(t.finished());
        qInfo("%s, %zu steps: weights %s", qPrintable(name), steps.size(),
              weights.summary().c_str());
        qInfo("  losses %s", loss.summary().c_str());
        qInfo("  gradient norms %s", norm.summary().c_str());
        QVERIFY2(sched.ok(), sched.summary().c_str());
        QVERIFY2(loss.ok(), loss.summary().c_str());
        QVERIFY2(norm.ok(), norm.summary().c_str());
        QVERIFY2(weights.ok(), weights.summary().c_str());
        QVERIFY2(accuracy.ok(), accuracy.summary().c_str());
    }
};

QTEST_GUILESS_MAIN(TestTrainingSteps)
#include "test_training_steps.moc"
