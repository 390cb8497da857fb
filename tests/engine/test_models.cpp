// LM1-LM4: the chapter's forward passes, their fused twins, the carried state of the stateful
// models, and agreement with PyTorch (fixtures/pytorch_reference.json, made by make_fixtures.py).
#include <QtTest>

#include "torch_test_support.h"

#include <nlohmann/json.hpp>

#include <fstream>

#include "models/chapter_models.h"
#include "unroll/config.h"

using namespace unroll;
using namespace unroll::test;

namespace {

constexpr int64_t kHidden = 64;

template <class Model>
std::shared_ptr<Model> make(bool fused, uint64_t seed = 0) {
    torch::manual_seed(seed);
    return std::make_shared<Model>(kVocab, kHidden, fused);
}

struct Pass {
    torch::Tensor logits;
    std::map<std::string, torch::Tensor> grads;
};

// The logits, and the gradients of every parameter after backward of the sum of squared logits
// times a fixed weight, a loss that reaches every output.
Pass pass(LanguageModel& model, const torch::Tensor& x) {
    model.zero_grad();
    Pass p;
    p.logits = model.forward(x).logits;
    torch::Tensor w = torch::linspace(-1, 1, p.logits.numel()).view(p.logits.sizes());
    (p.logits * p.logits * w).sum().backward();
    for (auto& item : model.named_parameters())
        p.grads[item.key()] = item.value().grad().clone();
    return p;
}

}  // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    void parameterCountIsTheBooks() {
        auto m = make<Lm1>(false);
        int64_t n = 0;
        for (const auto& p : m->parameters())
            n += p.numel();
        QCOMPARE(n, int64_t(8030));
    }

    void lm1AndLm2ComputeTheSameFunction() {
        auto lm1 = make<Lm1>(false, 3);
        auto lm2 = make<Lm2>(false, 4);
        copyWeights(*lm1, *lm2);
        const torch::Tensor x = tokens(8, 3);
        QVERIFY(maxDiff(lm1->forward(x).logits, lm2->forward(x).logits) < 1e-6);
        const Pass a = pass(*lm1, x);
        const Pass b = pass(*lm2, x);
        for (auto& [name, g] : a.grads) {
            Elementwise grads({1e-5, 1e-5});
            grads.array(values(b.grads.at(name)), values(g), name);
            QVERIFY2(grads.ok(), grads.summary().c_str());
        }
    }

    void fusedEqualsScratch_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("seqLen");
        QTest::newRow("lm1") << "lm1" << 3;
        QTest::newRow("lm2") << "lm2" << 3;
        QTest::newRow("lm2 long") << "lm2" << 9;
        QTest::newRow("lm3") << "lm3" << 3;
        QTest::newRow("lm4") << "lm4" << 16;
    }
    // The fused kernel path and the book's step-by-step path: same outputs and gradients for the
    // same weights, over two consecutive batches (so carried state is covered too).
    void fusedEqualsScratch() {
        QFETCH(QString, arch);
        QFETCH(int, seqLen);
        Config c;
        c.set("arch", arch.toStdString());
        c.set("seq_len", int64_t(seqLen));
        c.set("cell", std::string("scratch"));
        torch::manual_seed(11);
        auto scratch = makeModel(c, kVocab);
        c.set("cell", std::string("fused"));
        auto fused = makeModel(c, kVocab);
        copyWeights(*scratch, *fused);
        for (int64_t batch = 0; batch < 2; ++batch) {
            const torch::Tensor x = tokens(6, seqLen, batch);
            const Pass s = pass(*scratch, x);
            const Pass f = pass(*fused, x);
            // Logits are O(1); each gradient is compared relative to its largest element.
            Elementwise logits({1e-5, 1e-5});
            logits.array(values(f.logits), values(s.logits), "logits");
            QVERIFY2(logits.ok(), logits.summary().c_str());
            const auto ss = carriedByKind(*scratch), sf = carriedByKind(*fused);
            QCOMPARE(sf.size(), ss.size());
            for (size_t i = 0; i < ss.size(); ++i) {
                Elementwise state({1e-6, 1e-5});
                state.array(sf[i], ss[i], "state");
                QVERIFY2(state.ok(), state.summary().c_str());
            }
            for (const auto& [name, g] : s.grads) {
                Elementwise grads({1e-5 * std::max(1.0, g.abs().max().item<double>()), 0.0});
                grads.array(values(f.grads.at(name)), values(g),
                            name + " batch " + std::to_string(batch));
                QVERIFY2(grads.ok(), grads.summary().c_str());
            }
        }
    }

    void lm3CarriesStateWithoutHistory() {
        for (bool fused : {false, true}) {
            auto m = make<Lm3>(fused);
            QVERIFY(!m->state().defined());
            const torch::Tensor x = tokens(5, 3);
            const torch::Tensor first = m->forward(x).logits;
            QVERIFY(m->state().defined());
            // detach(): the carried state has no autograd history, so backward never reaches
            // earlier batches (truncated BPTT) and the graph does not grow.
            QVERIFY(!m->state().requires_grad());
            QVERIFY(!m->state().grad_fn());
            QCOMPARE(m->state().sizes().vec(), (std::vector<int64_t>{5, kHidden}));
            // The same input gives a different output with the carried state...
            const torch::Tensor second = m->forward(x).logits;
            QVERIFY(maxDiff(first, second) > 1e-4);
            second.sum().backward();  // ...and backward works with no error about freed graphs
            // reset() clears it: the next output equals the very first one.
            m->reset();
            QVERIFY(!m->state().defined());
            QVERIFY(maxDiff(m->forward(x).logits, first) < 1e-6);
        }
    }

    void lm4StateIsTheLastHiddenState() {
        auto m = make<Lm4>(false);
        const torch::Tensor x = tokens(4, 16);
        m->forward(x);
        QVERIFY(!m->state().requires_grad());
        QCOMPARE(m->state().sizes().vec(), (std::vector<int64_t>{4, kHidden}));
        // Reading the same text again from the carried state is not the same as from zero.
        auto fresh = make<Lm4>(false);
        QVERIFY(maxDiff(m->forward(x).logits, fresh->forward(x).logits) > 1e-4);
    }

    // LM4's loss is cross-entropy over the flattened (batch x seq, vocab) logits: the mean of the
    // per-token losses, here computed by hand in double precision.
    void lm4LossIsMeanPerTokenCrossEntropy() {
        auto m = make<Lm4>(true);
        const torch::Tensor x = tokens(3, 16);
        const torch::Tensor y = tokens(3, 16, 5);
        const torch::Tensor logits = m->forward(x).logits;
        QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{3, 16, kVocab}));
        const double loss =
            torch::nn::functional::cross_entropy(logits.reshape({-1, kVocab}), y.reshape({-1}))
                .item<double>();
        const torch::Tensor l = logits.to(torch::kDouble).contiguous();
        auto a = l.accessor<double, 3>();
        auto t = y.accessor<int64_t, 2>();
        double sum = 0;
        for (int64_t b = 0; b < 3; ++b)
            for (int64_t s = 0; s < 16; ++s) {
                double mx = -1e300;
                for (int64_t v = 0; v < kVocab; ++v)
                    mx = std::max(mx, a[b][s][v]);
                double z = 0;
                for (int64_t v = 0; v < kVocab; ++v)
                    z += std::exp(a[b][s][v] - mx);
                sum += -(a[b][s][t[b][s]] - mx - std::log(z));
            }
        QVERIFY(std::abs(loss - sum / 48.0) < 1e-5);
    }

    void matchesPyTorch_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("cell");
        for (const char* a : {"lm1", "lm2", "lm3", "lm4"})
            for (const char* cell : {"scratch", "fused"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(a, cell))) << a << cell;
    }
    // Seeded like PyTorch, libtorch initialises the same weights; on a fixed batch the logits,
    // the loss, the state carried to the next batch and every gradient agree with PyTorch's,
    // element by element (fixtures: the peer's LMModel1-4, hidden 16).
    void matchesPyTorch() {
        QFETCH(QString, arch);
        QFETCH(QString, cell);
        const std::string key = "model/" + arch.toStdString();
        const nlohmann::json& ref = PyTorchFixture::get().json()["model"][arch.toStdString()];
        Config c;
        c.set("arch", arch.toStdString());
        c.set("cell", cell.toStdString());
        c.set("hidden", ref["hidden"].get<int64_t>());
        torch::manual_seed(0);
        auto m = makeModel(c, kVocab);
        const torch::Tensor x = fromJson(ref["x"]);
        torch::Tensor y = arch == "lm1" || arch == "lm2" || arch == "lm3"
                              ? torch::tensor(ref["y"].get<std::vector<int64_t>>())
                              : fromJson(ref["y"]);
        const torch::Tensor logits = m->forward(x).logits;
        const torch::Tensor loss =
            torch::nn::functional::cross_entropy(logits.reshape({-1, kVocab}), y.reshape({-1}));
        loss.backward();
        const std::string report = againstFixture(*m, logits, loss.item<double>(), ref, key);
        QVERIFY2(report.empty(), report.c_str());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
