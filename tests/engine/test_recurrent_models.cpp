// LM5-LM7 and GRU: every cell form computes the same function, the stacked state is carried and
// detached, weight tying is one tensor, AR/TAR match their definitions, and the models agree with
// PyTorch (fixtures/pytorch_reference.json) including LM7's dropout masks in training mode.
#include <QtTest>

#include "torch_test_support.h"

#include <nlohmann/json.hpp>

#include <fstream>

#include "models/recurrent_lm.h"
#include "train/rnn_regularizer.h"
#include "unroll/config.h"

using namespace unroll;
using namespace unroll::test;

namespace {

std::shared_ptr<RecurrentLm> build(const std::string& preset, const std::string& cell,
                                   uint64_t seed = 0, int64_t hidden = 64) {
    Config c = findPreset(preset).config();
    c.set("cell", cell);
    c.set("hidden", hidden);
    torch::manual_seed(seed);
    return std::dynamic_pointer_cast<RecurrentLm>(makeModel(c, kVocab));
}

struct Pass {
    torch::Tensor logits;
    std::map<std::string, torch::Tensor> grads;
};

// Forward and backward of a loss that reaches every output.
Pass pass(RecurrentLm& model, const torch::Tensor& x) {
    model.zero_grad();
    Pass p;
    p.logits = model.forward(x).logits;
    torch::Tensor w = torch::linspace(-1, 1, p.logits.numel()).view(p.logits.sizes());
    (p.logits * w).sum().backward();
    for (auto& item : model.named_parameters())
        p.grads[item.key()] = item.value().grad().clone();
    return p;
}

// AR and TAR as ATen ops, as PyTorch (and fastai's RNNRegularizer) computes them.
Regularization atenRegularization(const ModelOutput& out, double alpha, double beta) {
    const int64_t steps = out.raw.size(1);
    const torch::Tensor diff = out.raw.narrow(1, 1, steps - 1) - out.raw.narrow(1, 0, steps - 1);
    return {alpha * out.dropped.pow(2).mean(), beta * diff.pow(2).mean()};
}

}  // namespace

class TestRecurrentModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    void cellFormsAgree_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("cell");
        QTest::newRow("lm5 scratch") << "lm5"
                                     << "scratch";
        QTest::newRow("gru scratch") << "gru"
                                     << "scratch";
        QTest::newRow("gru libtorch") << "gru"
                                      << "libtorch";
        for (const char* p : {"lm6", "lm7", "awd"})
            for (const char* cell : {"scratch", "refactored", "libtorch"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(p, cell))) << p << cell;
    }
    // Same weights loaded into the fused form and another: the logits, every gradient and the
    // carried state agree, over two consecutive batches so the carried state feeds the second.
    // In training mode, from the same generator state, so LM7's and awd's dropout masks (all
    // five of awd's kinds) must be drawn alike too.
    void cellFormsAgree() {
        QFETCH(QString, preset);
        QFETCH(QString, cell);
        auto fused = build(preset.toStdString(), "fused", 5);
        auto other = build(preset.toStdString(), cell.toStdString(), 6);
        copyWeights(*fused, *other);
        for (int64_t batch = 0; batch < 2; ++batch) {
            const torch::Tensor x = tokens(8, 16, batch);
            torch::manual_seed(uint64_t(100 + batch));
            const Pass a = pass(*fused, x);
            torch::manual_seed(uint64_t(100 + batch));
            const Pass b = pass(*other, x);
            // Logits are O(1); gradients are sums over the batch and sequence, compared relative
            // to the largest of each tensor.
            Elementwise logits({1e-5, 1e-5}), state({1e-6, 1e-5});
            logits.array(values(b.logits), values(a.logits), "logits");
            const auto sa = carriedByKind(*fused), sb = carriedByKind(*other);
            QCOMPARE(sb.size(), sa.size());
            for (size_t i = 0; i < sa.size(); ++i)
                state.array(sb[i], sa[i], "state " + std::to_string(i));
            QVERIFY2(logits.ok(), logits.summary().c_str());
            QVERIFY2(state.ok(), state.summary().c_str());
            for (const auto& [name, g] : a.grads) {
                const double scale = std::max(1e-3, g.abs().max().item<double>());
                Elementwise grads({1e-5 * scale, 0.0});
                grads.array(values(b.grads.at(name)), values(g), name);
                QVERIFY2(grads.ok(), grads.summary().c_str());
            }
        }
    }

    void stackedStateIsCarriedAndDetached_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("hasCell");
        QTest::newRow("lm5") << "lm5" << false;
        QTest::newRow("lm6") << "lm6" << true;
        QTest::newRow("gru") << "gru" << false;
    }
    void stackedStateIsCarriedAndDetached() {
        QFETCH(QString, preset);
        QFETCH(bool, hasCell);
        auto m = build(preset.toStdString(), "fused");
        QVERIFY(m->state().empty());
        const torch::Tensor x = tokens(5, 16, 0);
        const torch::Tensor first = m->forward(x).logits;
        QCOMPARE(m->state().size(), size_t(2));  // one per layer: (layers, batch, hidden)
        for (const LayerState& s : m->state()) {
            QCOMPARE(s.h.sizes().vec(), (std::vector<int64_t>{5, 64}));
            QVERIFY(!s.h.requires_grad());
            QCOMPARE(s.c.defined(), hasCell);
            if (hasCell)
                QVERIFY(!s.c.requires_grad());
        }
        const torch::Tensor second = m->forward(x).logits;
        QVERIFY(maxDiff(first, second) > 1e-4);  // the carried state changes the output
        second.sum().backward();                 // and backward stays within this batch
        m->reset();
        QVERIFY(m->state().empty());
        QVERIFY(maxDiff(m->forward(x).logits, first) < 1e-6);
    }

    void tiedWeightIsOneTensorWithBothGradients() {
        auto tied = build("lm7", "fused");
        QCOMPARE(tied->decoderWeight().unsafeGetTensorImpl(),
                 tied->i_h->weight.unsafeGetTensorImpl());
        int64_t count = 0;
        for (const auto& p : tied->parameters())
            count += p.numel();
        QCOMPARE(count, int64_t(68510));  // the book's LMModel7
        QVERIFY(!tied->named_parameters().contains("h_o.weight"));

        // The same weights untied: the tied gradient is the sum of the embedding's and the
        // decoder's gradients.
        Config c = findPreset("lm7").config();
        c.set("tie_weights", false);
        auto untied = std::dynamic_pointer_cast<RecurrentLm>(makeModel(c, kVocab));
        {
            torch::NoGradGuard g;
            auto src = tied->named_parameters();
            for (auto& item : untied->named_parameters())
                item.value().copy_(item.key() == "h_o.weight" ? src["i_h.weight"]
                                                              : src[item.key()]);
        }
        tied->eval();
        untied->eval();  // no dropout: the two must compute the same thing
        const torch::Tensor x = tokens(4, 16, 3);
        const Pass a = pass(*tied, x);
        const Pass b = pass(*untied, x);
        QVERIFY(maxDiff(a.logits, b.logits) < 1e-6);
        const torch::Tensor both = b.grads.at("i_h.weight") + b.grads.at("h_o.weight");
        QVERIFY(maxDiff(a.grads.at("i_h.weight"), both) < 1e-5);
        QVERIFY(b.grads.at("i_h.weight").abs().sum().item<double>() > 0);
        QVERIFY(b.grads.at("h_o.weight").abs().sum().item<double>() > 0);
    }

    // AR and TAR on a tiny batch worked out by hand.
    void regularizationByHand() {
        // raw: batch 1, 3 steps, 2 units; dropped: raw with the second unit dropped (scaled 2x).
        const torch::Tensor raw =
            torch::tensor({1.0f, 2.0f, 3.0f, 5.0f, 4.0f, 4.0f}).view({1, 3, 2});
        const torch::Tensor dropped =
            torch::tensor({2.0f, 0.0f, 6.0f, 0.0f, 8.0f, 0.0f}).view({1, 3, 2});
        const Regularization r =
            rnnRegularization(ModelOutput(torch::zeros({1}), raw, dropped), 2.0, 1.0);
        // AR = 2 · mean(4, 0, 36, 0, 64, 0) = 2 · 104/6
        QVERIFY(std::abs(r.ar.item<double>() - 2.0 * 104.0 / 6.0) < 1e-5);
        // TAR = mean((3−1)², (5−2)², (4−3)², (4−5)²) = (4 + 9 + 1 + 1)/4
        QVERIFY(std::abs(r.tar.item<double>() - 15.0 / 4.0) < 1e-6);
        // The gradients by hand: ∂AR/∂d = 2·2/6 · d; ∂TAR/∂r_t = 2/4 · ((r_t − r_{t−1}) −
        // (r_{t+1} − r_t)), the differences before the first and after the last step 0. Read
        // through a batch-first view of time-major memory, as the models hand them over.
        const torch::Tensor raw_tm = raw.transpose(0, 1).contiguous().requires_grad_(true);
        const torch::Tensor dropped_tm = dropped.transpose(0, 1).contiguous().requires_grad_(true);
        const Regularization g = rnnRegularization(
            ModelOutput(torch::zeros({1}), raw_tm.transpose(0, 1), dropped_tm.transpose(0, 1)), 2.0,
            1.0);
        (g.ar + g.tar).backward();
        const torch::Tensor want_raw =
            torch::tensor({-1.0f, -1.5f, 0.5f, 2.0f, 0.5f, -0.5f}).view({1, 3, 2});
        const torch::Tensor want_dropped = dropped * (4.0f / 6.0f);
        QVERIFY(torch::allclose(raw_tm.grad().transpose(0, 1), want_raw, 1e-6, 1e-6));
        QVERIFY(torch::allclose(dropped_tm.grad().transpose(0, 1), want_dropped, 1e-6, 1e-6));
        // Off, or a single time step: nothing.
        const Regularization off =
            rnnRegularization(ModelOutput(torch::zeros({1}), raw, dropped), 0.0, 0.0);
        QVERIFY(!off.ar.defined() && !off.tar.defined());
        const Regularization one = rnnRegularization(
            ModelOutput(torch::zeros({1}), raw.narrow(1, 0, 1), dropped), 0.0, 1.0);
        QVERIFY(!one.tar.defined());
    }

    // AR and TAR run as two hand-written nodes; their gradients are those of ATen's composite
    // (what PyTorch and the peer compute) bit for bit, in float and double, in time-major and
    // batch-first memory, with scales that are and are not powers of two, and widths with and
    // without a tail after the 16-lane blocks. The forward values agree to rounding.
    void regularizationMatchesAtenBitForBit_data() {
        QTest::addColumn<bool>("is_double");
        QTest::addColumn<bool>("time_major");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("beta");
        QTest::newRow("float time-major 64 (awd)") << false << true << 64 << 2.0 << 1.0;
        QTest::newRow("float time-major 20") << false << true << 20 << 0.7 << 1.3;
        QTest::newRow("float batch-first 37") << false << false << 37 << 2.0 << 1.0;
        QTest::newRow("double time-major 20") << true << true << 20 << 0.7 << 1.3;
    }
    void regularizationMatchesAtenBitForBit() {
        QFETCH(bool, is_double);
        QFETCH(bool, time_major);
        QFETCH(int, width);
        QFETCH(double, alpha);
        QFETCH(double, beta);
        const auto type = is_double ? torch::kDouble : torch::kFloat;
        torch::manual_seed(3);
        auto leaf = [&] {
            const torch::Tensor x = time_major ? torch::randn({16, 8, width}, type)
                                               : torch::randn({8, 16, width}, type);
            return x.requires_grad_(true);
        };
        auto batchFirst = [&](const torch::Tensor& x) {
            return time_major ? x.transpose(0, 1) : x;
        };
        const torch::Tensor raw = leaf(), dropped = leaf();
        const ModelOutput out(torch::zeros({1}), batchFirst(raw), batchFirst(dropped));

        const Regularization fused = rnnRegularization(out, alpha, beta);
        (fused.ar + fused.tar).backward();
        const torch::Tensor raw_grad = raw.grad().clone(), dropped_grad = dropped.grad().clone();
        raw.mutable_grad().reset();
        dropped.mutable_grad().reset();

        const Regularization aten = atenRegularization(out, alpha, beta);
        (aten.ar + aten.tar).backward();
        QVERIFY(torch::equal(raw_grad, raw.grad()));
        QVERIFY(torch::equal(dropped_grad, dropped.grad()));
        const double tol = is_double ? 1e-13 : 1e-6;
        QVERIFY(std::abs(fused.ar.item<double>() / aten.ar.item<double>() - 1.0) < tol);
        QVERIFY(std::abs(fused.tar.item<double>() / aten.tar.item<double>() - 1.0) < tol);
    }

    // The same inside a whole awd training step, where TAR's gradient meets output dropout's on
    // the last layer's output: every parameter's gradient as with ATen's composite, bit for bit.
    void awdStepGradientsMatchAten() {
        auto m = build("awd", "fused", 7, 16);
        m->train();
        const torch::Tensor x = tokens(8, 16, 4), y = tokens(8, 16, 5);
        auto step = [&](bool fused) {
            m->zero_grad();
            m->reset();
            torch::manual_seed(11);  // the same dropout masks in both passes
            const ModelOutput out = m->forward(x);
            const Regularization r =
                fused ? rnnRegularization(out, 2.0, 1.0) : atenRegularization(out, 2.0, 1.0);
            (torch::nn::functional::cross_entropy(out.logits.reshape({-1, kVocab}),
                                                  y.reshape({-1})) +
             r.ar + r.tar)
                .backward();
            std::map<std::string, torch::Tensor> grads;
            for (auto& item : m->named_parameters())
                grads[item.key()] = item.value().grad().clone();
            return grads;
        };
        const auto fused = step(true), aten = step(false);
        for (const auto& [name, g] : aten)
            QVERIFY2(torch::equal(fused.at(name), g), name.c_str());
    }

    void matchesPyTorch_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("cell");
        for (const char* p : {"lm5", "lm6", "lm7", "gru", "awd"})
            for (const char* cell : {"fused", "refactored", "scratch", "libtorch"}) {
                if (QString(cell) == "refactored" && (QString(p) == "lm5" || QString(p) == "gru"))
                    continue;  // the refactored cell is the LSTM's
                if (QString(cell) == "libtorch" && QString(p) == "lm5")
                    continue;  // libtorch's cells are the LSTM and the GRU
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(p, cell))) << p << cell;
            }
    }
    // Seeded like PyTorch: the same initial weights, then one training-mode pass (LM7 and awd
    // with every dropout mask drawn from the same generator state) gives PyTorch's logits, loss,
    // AR, TAR, carried state and gradients, element by element, in every cell form (fixtures:
    // the peer's LMModel5-7, GRU and AwdLstm at hidden 16).
    void matchesPyTorch() {
        QFETCH(QString, preset);
        QFETCH(QString, cell);
        const std::string key = "model/" + preset.toStdString();
        const nlohmann::json& ref = PyTorchFixture::get().json()["model"][preset.toStdString()];
        auto m = build(preset.toStdString(), cell.toStdString(), 0, ref["hidden"].get<int64_t>());
        int64_t count = 0;
        for (const auto& p : m->parameters())
            count += p.numel();
        QCOMPARE(count, ref["params"].get<int64_t>());
        m->train();
        torch::manual_seed(1);
        const ModelOutput out = m->forward(fromJson(ref["x"]));
        const torch::Tensor ce = torch::nn::functional::cross_entropy(
            out.logits.reshape({-1, kVocab}), fromJson(ref["y"]).reshape({-1}));
        torch::Tensor total = ce;
        if (ref.contains("ar")) {
            const Regularization r = rnnRegularization(out, 2.0, 1.0);
            QVERIFY2(std::abs(r.ar.item<double>() - ref["ar"].get<double>()) <
                         1e-6 * ref["ar"].get<double>(),
                     qPrintable(QString::number(r.ar.item<double>(), 'g', 9)));
            QVERIFY2(std::abs(r.tar.item<double>() - ref["tar"].get<double>()) <
                         1e-5 * ref["tar"].get<double>(),
                     qPrintable(QString::number(r.tar.item<double>(), 'g', 9)));
            total = total + r.ar + r.tar;
        }
        total.backward();
        const std::string report = againstFixture(*m, out.logits, ce.item<double>(), ref, key);
        QVERIFY2(report.empty(), report.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRecurrentModels)
#include "test_recurrent_models.moc"
