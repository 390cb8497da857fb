// The probes against values worked out by hand, and the replay against the training step it
// stands for.
#include <QtTest>

#include "models/chapter_models.h"
#include "models/recurrent_lm.h"
#include "probes/activation_stats.h"
#include "probes/gradient_flow.h"
#include "probes/histogram.h"
#include "unroll/config.h"

using namespace unroll;

namespace {

namespace F = torch::nn::functional;

torch::Tensor tokens(int64_t rows, int64_t cols, int64_t vocab, int64_t salt = 0) {
    return torch::remainder(torch::arange(rows * cols).view({rows, cols}) * 7 + salt, vocab);
}

}  // namespace

class TestProbes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    // LM2 over 3 steps: h_t = relu(W(h_{t-1} + e_t) + b), L = CE(W_o h_3 + b_o). By the chain rule,
    // written out here in double precision without autograd:
    //   ∂L/∂h_3 = W_oᵀ (softmax − onehot)/B
    //   ∂L/∂h_{t−1} = Wᵀ (relu'(a_t) ⊙ ∂L/∂h_t)
    void gradientThroughTimeByHand() {
        const int64_t V = 7, H = 5, B = 3;
        torch::manual_seed(3);
        Lm2 model(V, H, /*fused=*/true);
        const torch::Tensor x = tokens(B, 3, V);
        const torch::Tensor y = torch::tensor({1, 4, 6});
        const ProbeFrame frame = replayProbe(model, x, [&](const ModelOutput& o) {
            return ProbeLoss{F::cross_entropy(o.logits, y), {}};
        });
        QCOMPARE(frame.layers, 1);
        QCOMPARE(frame.time_steps, 3);

        torch::NoGradGuard no_grad;
        const auto d = torch::kDouble;
        const torch::Tensor E = model.i_h->weight.to(d), W = model.h_h->weight.to(d),
                            b = model.h_h->bias.to(d);
        const torch::Tensor Wo = model.h_o->weight.to(d), bo = model.h_o->bias.to(d);
        std::vector<torch::Tensor> a, h;
        torch::Tensor prev = torch::zeros({B, H}, d);
        for (int t = 0; t < 3; ++t) {
            a.push_back(torch::mm(prev + E.index_select(0, x.select(1, t)), W.t()) + b);
            h.push_back(torch::relu(a.back()));
            prev = h.back();
        }
        const torch::Tensor p = torch::softmax(torch::mm(h[2], Wo.t()) + bo, 1);
        const torch::Tensor onehot = F::one_hot(y, V).to(d);
        std::vector<torch::Tensor> dh(3);
        dh[2] = torch::mm((p - onehot) / B, Wo);
        for (int t = 2; t > 0; --t)
            dh[t - 1] = torch::mm(dh[t] * (a[t] > 0).to(d), W);
        for (int t = 0; t < 3; ++t) {
            const double expected = dh[t].norm().item<double>();
            QCOMPARE(frame.grad_norm_from_last[0][t], frame.grad_norm[0][t]);  // one prediction
            QVERIFY2(std::abs(frame.grad_norm[0][t] - expected) < 1e-6 * std::max(1.0, expected),
                     qPrintable(QStringLiteral("t=%1: %2 vs %3")
                                    .arg(t)
                                    .arg(frame.grad_norm[0][t])
                                    .arg(expected)));
            const double rms = std::sqrt(h[t].pow(2).mean().item<double>());
            QVERIFY(std::abs(frame.hidden_rms[0][t] - rms) < 1e-6);
        }
    }

    // Weights set so every gate's value is known: the input gate pinned open (bias +10, σ ≈ 1),
    // the output gate shut (−10, σ ≈ 0), forget and cell gates at 0 (σ = 0.5, tanh = 0), so
    // c = 0 and tanh(c) = 0.
    // With a prediction after every token, ∂L_T/∂h_t is the part of the gradient that comes from
    // the last prediction alone. Checked against autograd on the step-by-step model.
    void gradientFromTheLastStep() {
        torch::manual_seed(4);
        Lm4 model(30, 8, /*fused=*/true);
        const torch::Tensor x = tokens(4, 6, 30), y = tokens(4, 6, 30, 3);
        const ProbeFrame f = replayProbe(model, x, [&](const ModelOutput& o) {
            return ProbeLoss{F::cross_entropy(o.logits.reshape({-1, 30}), y.reshape({-1})),
                             F::cross_entropy(o.logits.select(1, 5), y.select(1, 5))};
        });
        model.reset();
        Trace trace;
        const ModelOutput out = model.tracedForward(x, trace);
        for (auto& h : trace.layers[0].hidden)
            h.retain_grad();
        F::cross_entropy(out.logits.select(1, 5), y.select(1, 5)).backward();
        for (int t = 0; t < 6; ++t)
            QVERIFY(std::abs(f.grad_norm_from_last[0][t] -
                             trace.layers[0].hidden[t].grad().norm().item<double>()) < 1e-7);
        QVERIFY(f.grad_norm[0][0] >
                f.grad_norm_from_last[0][0]);  // the total also has 5 other losses
    }

    void lstmSaturationByHand() {
        RecurrentOptions o;
        o.kind = CellKind::Lstm;
        o.vocab = 6;
        o.hidden = 4;
        o.layers = 1;
        RecurrentLm m(o);
        {
            torch::NoGradGuard g;
            const LayerParams& p = m.layerParams(0);
            p.w_ih.zero_();
            p.w_hh.zero_();
            p.b_hh.zero_();
            p.b_ih.zero_();
            p.b_ih.narrow(0, 0, 4).fill_(10.0f);    // input gate
            p.b_ih.narrow(0, 12, 4).fill_(-10.0f);  // output gate
        }
        const ProbeFrame f = replayProbe(m, tokens(2, 5, 6), [](const ModelOutput& out) {
            return ProbeLoss{out.logits.sum(), {}};
        });
        std::map<std::string, double> got;
        for (const GateSaturation& g : f.gates)
            got[g.gate] = g.saturated;
        QCOMPARE(got.at("input"), 1.0);
        QCOMPARE(got.at("output"), 1.0);
        QCOMPARE(got.at("forget"), 0.0);
        QCOMPARE(got.at("cell"), 0.0);
        QCOMPARE(got.at("tanh(c)"), 0.0);
    }

    // The thresholds at their edges: a sigmoid gate is saturated below 0.05 or above 0.95, a
    // tanh beyond ±0.95, a ReLU unit when it is exactly 0; the steps are pooled.
    void saturationThresholdsByHand() {
        const torch::Tensor sigmoid =
            torch::tensor({0.01f, 0.049f, 0.051f, 0.3f, 0.5f, 0.7f, 0.949f, 0.951f});
        QCOMPARE(saturatedShare({sigmoid}, "sigmoid"), 3.0 / 8.0);
        const torch::Tensor tanh = torch::tensor({-0.96f, -0.5f, 0.0f, 0.949f, 0.951f});
        QCOMPARE(saturatedShare({tanh}, "tanh"), 2.0 / 5.0);
        QCOMPARE(saturatedShare({tanh, -tanh}, "tanh"), 4.0 / 10.0);
        const torch::Tensor relu = torch::tensor({0.0f, 0.0f, 1e-9f, 3.0f});
        QCOMPARE(saturatedShare({relu}, "relu"), 2.0 / 4.0);
        QCOMPARE(saturatedShare({}, "sigmoid"), 0.0);
    }

    void deadReluUnits() {
        Lm2 m(5, 4, true);
        {
            torch::NoGradGuard g;
            m.h_h->weight.zero_();
            m.h_h->bias.fill_(-1.0f);  // every unit below zero: all dead
        }
        const ProbeFrame f = replayProbe(m, tokens(2, 3, 5), [](const ModelOutput& out) {
            return ProbeLoss{out.logits.sum(), {}};
        });
        QCOMPARE(f.gates.size(), size_t(1));
        QCOMPARE(QString::fromStdString(f.gates[0].gate), QStringLiteral("dead"));
        QCOMPARE(f.gates[0].saturated, 1.0);
    }

    // The replay reproduces the training step it precedes: the same parameter gradients (from
    // the step-by-step forms, the training step runs fused), the same dropout masks, and it
    // leaves the carried state and the generator as they were.
    void replayMatchesTheTrainingStep_data() {
        QTest::addColumn<QString>("preset");
        for (const char* p : {"lm4", "lm5", "lm6", "lm7", "gru", "awd"})
            QTest::newRow(p) << p;
    }
    void replayMatchesTheTrainingStep() {
        QFETCH(QString, preset);
        Config c = findPreset(preset.toStdString()).config();
        torch::manual_seed(9);
        auto model = makeModel(c, 30);
        model->setGenerator(at::detail::getDefaultCPUGenerator().clone());
        model->train();
        const torch::Tensor x1 = tokens(8, 16, 30, 1), x2 = tokens(8, 16, 30, 2),
                            y = tokens(8, 16, 30, 5);
        model->forward(x1);  // a carried state to start from
        auto ce = [&](const ModelOutput& o) {
            return F::cross_entropy(o.logits.reshape({-1, 30}), y.reshape({-1}));
        };
        auto loss = [&](const ModelOutput& o) { return ProbeLoss{ce(o), {}}; };

        std::vector<torch::Tensor> replay_grads;
        const ProbeFrame f = replayProbe(*model, x2, loss, &replay_grads);
        QCOMPARE(f.time_steps, 16);
        for (const auto& row : f.grad_norm)
            for (double g : row)
                QVERIFY(std::isfinite(g) && g > 0);

        model->zero_grad();
        ce(model->forward(x2)).backward();
        const auto params = model->parameters();
        for (size_t i = 0; i < params.size(); ++i) {
            const double d = (params[i].grad() - replay_grads[i]).abs().max().item<double>();
            QVERIFY2(d < 1e-5, qPrintable(QStringLiteral("parameter %1: %2").arg(i).arg(d)));
        }
    }

    // The fused LSTM and GRU replay through their kernels' tap; the step-by-step forms through
    // per-step tensors. From the same weights and generator both give the same probe frame:
    // ‖∂L/∂h_t‖ for the whole loss and for the last step's, the hidden RMS, every gate's
    // saturation (the kernels' σ and tanh differ from ATen's by a few ulps, so a value at a
    // threshold may fall either side: one element in a thousand is allowed), the predictions.
    void fusedReplayMatchesStepByStep_data() {
        QTest::addColumn<QString>("preset");
        for (const char* p : {"lm6", "lm7", "gru", "awd"})
            QTest::newRow(p) << p;
    }
    void fusedReplayMatchesStepByStep() {
        QFETCH(QString, preset);
        const torch::Tensor x = tokens(8, 16, 30, 3), y = tokens(8, 16, 30, 4);
        const auto replay = [&](const char* cell) {
            Config c = findPreset(preset.toStdString()).config();
            c.setFromText("cell", cell);
            torch::manual_seed(4);
            auto model = makeModel(c, 30);
            model->setGenerator(at::detail::getDefaultCPUGenerator().clone());
            model->train();
            model->forward(tokens(8, 16, 30, 1));  // a carried, non-zero state to start from
            return replayProbe(*model, x, [&](const ModelOutput& o) {
                return ProbeLoss{F::cross_entropy(o.logits.reshape({-1, 30}), y.reshape({-1})),
                                 F::cross_entropy(o.logits.select(1, 15), y.select(1, 15))};
            });
        };
        const ProbeFrame fused = replay("fused"), scratch = replay("scratch");
        QCOMPARE(fused.layers, scratch.layers);
        QCOMPARE(fused.time_steps, 16);
        const auto close = [](const std::vector<std::vector<double>>& a,
                              const std::vector<std::vector<double>>& b, const char* what) {
            QCOMPARE(a.size(), b.size());
            for (size_t l = 0; l < a.size(); ++l) {
                QCOMPARE(a[l].size(), b[l].size());
                for (size_t t = 0; t < a[l].size(); ++t)
                    QVERIFY2(std::abs(a[l][t] - b[l][t]) <= 1e-4 * std::abs(b[l][t]) + 1e-9,
                             qPrintable(QStringLiteral("%1, layer %2, step %3: %4 against %5")
                                            .arg(what)
                                            .arg(l + 1)
                                            .arg(t + 1)
                                            .arg(a[l][t])
                                            .arg(b[l][t])));
            }
        };
        close(fused.grad_norm, scratch.grad_norm, "dL/dh");
        close(fused.grad_norm_from_last, scratch.grad_norm_from_last, "dL_T/dh");
        close(fused.hidden_rms, scratch.hidden_rms, "hidden RMS");
        // The last step's loss reaches the first steps only through time: a different number.
        QVERIFY(fused.grad_norm_from_last[0][0] < fused.grad_norm[0][0]);
        QCOMPARE(fused.gates.size(), scratch.gates.size());
        for (size_t i = 0; i < fused.gates.size(); ++i) {
            QCOMPARE(fused.gates[i].layer, scratch.gates[i].layer);
            QCOMPARE(fused.gates[i].gate, scratch.gates[i].gate);
            QCOMPARE(fused.gates[i].function, scratch.gates[i].function);
            QVERIFY2(std::abs(fused.gates[i].saturated - scratch.gates[i].saturated) <= 1e-3,
                     fused.gates[i].gate.c_str());
        }
        QCOMPARE(fused.predictions, scratch.predictions);
    }

    // Inside a training step (probeTrainingStep, the fused LSTM and GRU) the probe gives the
    // replay's frame, and the step's backward pass leaves the parameters the gradients the
    // replay computes for them.
    void probeInsideTheStepMatchesTheReplay_data() {
        QTest::addColumn<QString>("preset");
        for (const char* p : {"lm6", "gru", "awd"})
            QTest::newRow(p) << p;
    }
    void probeInsideTheStepMatchesTheReplay() {
        QFETCH(QString, preset);
        Config c = findPreset(preset.toStdString()).config();
        torch::manual_seed(6);
        auto model = makeModel(c, 30);
        QVERIFY(model->tracesItsForward());
        model->setGenerator(at::detail::getDefaultCPUGenerator().clone());
        model->train();
        const torch::Tensor x = tokens(8, 16, 30, 2), y = tokens(8, 16, 30, 7);
        model->forward(tokens(8, 16, 30, 1));
        const auto loss = [&](const ModelOutput& o) {
            return ProbeLoss{F::cross_entropy(o.logits.reshape({-1, 30}), y.reshape({-1})),
                             F::cross_entropy(o.logits.select(1, 15), y.select(1, 15))};
        };
        std::vector<torch::Tensor> replay_grads;
        const ProbeFrame replay = replayProbe(*model, x, loss, &replay_grads);

        model->zero_grad();
        Trace trace;
        const ModelOutput out = model->tracedForward(x, trace);
        const ProbeFrame inside = probeTrainingStep(trace, x, out, loss(out));
        for (size_t l = 0; l < replay.grad_norm.size(); ++l)
            for (size_t t = 0; t < replay.grad_norm[l].size(); ++t) {
                QVERIFY(std::abs(inside.grad_norm[l][t] - replay.grad_norm[l][t]) <=
                        1e-6 * replay.grad_norm[l][t]);
                QVERIFY(
                    std::abs(inside.grad_norm_from_last[l][t] - replay.grad_norm_from_last[l][t]) <=
                    1e-6 * replay.grad_norm_from_last[l][t]);
                QCOMPARE(inside.hidden_rms[l][t], replay.hidden_rms[l][t]);
            }
        QCOMPARE(inside.gates.size(), replay.gates.size());
        for (size_t i = 0; i < inside.gates.size(); ++i)
            QCOMPARE(inside.gates[i].saturated, replay.gates[i].saturated);
        QCOMPARE(inside.predictions, replay.predictions);
        const auto params = model->parameters();
        for (size_t i = 0; i < params.size(); ++i)
            QVERIFY2(torch::allclose(params[i].grad(), replay_grads[i], 1e-6, 1e-7),
                     qPrintable(QStringLiteral("parameter %1").arg(i)));
        // The step-by-step forms cannot: their traced forward is not their forward.
        c.setFromText("cell", "scratch");
        QVERIFY(!makeModel(c, 30)->tracesItsForward());
    }

    void histogramsCountEveryValue() {
        const float data[] = {0.0f, 1.0f, 2.0f, 3.0f, 3.0f, NAN, INFINITY};
        const Histogram h = histogramOf(data, 7, 4);
        QCOMPARE(h.lo, 0.0);
        QCOMPARE(h.hi, 3.0);
        QCOMPARE(h.counts,
                 (std::vector<std::uint32_t>{1, 1, 1, 2}));  // the maximum is in the last bin
        const float same[] = {2.0f, 2.0f};
        const Histogram s = histogramOf(same, 2, 3);
        QCOMPARE(s.lo, 1.5);
        QCOMPARE(s.hi, 2.5);
        QCOMPARE(s.counts[1], 2u);
    }

    void activationStatisticsByHand() {
        Activation a;
        a.name = "layer 1";
        a.timed = true;
        a.whole = torch::tensor({3.0f, -4.0f, 0.0f, 0.0f}).view({2, 2, 1});
        const ActivationStat s = activationStat(a);
        QVERIFY(std::abs(s.rms - std::sqrt(25.0 / 4)) < 1e-9);
        QCOMPARE(s.max_abs, 4.0);
        QVERIFY(s.finite);
        QCOMPARE(firstNonFiniteStep(a), 0);
        a.whole = torch::tensor({1.0f, 2.0f, NAN, 0.0f, 1.0f, 1.0f}).view({3, 2, 1});
        QVERIFY(!activationStat(a).finite);
        QCOMPARE(firstNonFiniteStep(a), 2);  // time is dimension 0; steps count from 1
    }
};

QTEST_GUILESS_MAIN(TestProbes)
#include "test_probes.moc"
