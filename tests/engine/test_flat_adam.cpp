// fastai's Adam on the flat buffer: against torch.optim.AdamW (fixture) and against the update
// written out by hand; the parameters and gradients really live in the flat buffers.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>

#include "train/adam_pass.h"
#include "train/flat_adam.h"

using namespace unroll;

namespace {

struct TwoTensors : torch::nn::Module {
    TwoTensors(const torch::Tensor& w0, const torch::Tensor& b0) {
        weight = register_parameter("weight", w0.clone());
        bias = register_parameter("bias", b0.clone());
    }
    torch::Tensor weight, bias;
};

torch::Tensor matrix(const nlohmann::json& rows) {
    std::vector<float> flat;
    int64_t cols = 0;
    for (const auto& row : rows) {
        cols = static_cast<int64_t>(row.size());
        for (const auto& v : row)
            flat.push_back(v.get<float>());
    }
    return torch::tensor(flat).view({-1, cols});
}

torch::Tensor vec(const nlohmann::json& values) {
    return torch::tensor(values.get<std::vector<float>>());
}

// FlatAdam's update as ATen calls on the whole buffers, in torch.optim.AdamW's order.
void atenStep(FlatAdam& a, const AdamHyper& h, int t) {
    torch::NoGradGuard no_grad;
    if (h.wd != 0.0)
        a.params().narrow(0, 0, a.decayedNumel()).mul_(1.0 - h.lr * h.wd);
    a.expAvg().mul_(h.beta1).add_(a.grads(), 1.0 - h.beta1);
    a.expAvgSq().mul_(h.beta2).addcmul_(a.grads(), a.grads(), 1.0 - h.beta2);
    const double debias1 = 1.0 - std::pow(h.beta1, t), debias2 = 1.0 - std::pow(h.beta2, t);
    a.params().addcdiv_(a.expAvg(), (a.expAvgSq() / debias2).sqrt_().add_(h.eps), -h.lr / debias1);
}

}  // namespace

class TestFlatAdam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesTorchAdamW() {
        std::ifstream in(UNROLL_FIXTURES "/pytorch_reference.json");
        const nlohmann::json ref = nlohmann::json::parse(in)["adam"];
        TwoTensors m(matrix(ref["w0"]), vec(ref["b0"]));
        FlatAdam adam(m, /*decay_biases=*/false);
        for (const auto& s : ref["steps"]) {
            {
                torch::NoGradGuard g;
                m.weight.mutable_grad().copy_(matrix(s["grad_w"]));
                m.bias.mutable_grad().copy_(vec(s["grad_b"]));
            }
            AdamHyper h;
            h.lr = s["lr"].get<double>();
            h.beta1 = s["beta1"].get<double>();
            h.beta2 = ref["beta2"].get<double>();
            h.eps = ref["eps"].get<double>();
            h.wd = ref["wd"].get<double>();
            adam.step(h);
            QVERIFY((m.weight - matrix(s["w"])).abs().max().item<double>() < 1e-6);
            QVERIFY((m.bias - vec(s["b"])).abs().max().item<double>() < 1e-6);
        }
    }

    // The one-pass update gives the weights and moments of ATen's whole-buffer calls (what
    // torch.optim.AdamW computes) bit for bit: 20 steps of gradients from tiny to large, zeros
    // among them, a scheduled β1 and learning rate, decay on and off, and buffer lengths whose
    // decayed part and whole end between vector boundaries.
    void onePassIsAtensCallsBitForBit() {
        if (!adamPassAvailable())
            QSKIP("no AVX2 and FMA, or ATEN_CPU_CAPABILITY=default: FlatAdam makes ATen's calls");
        torch::manual_seed(9);
        const torch::Tensor w0 = torch::randn({37, 29}), b0 = torch::randn({13});
        TwoTensors fused_model(w0, b0), aten_model(w0, b0);
        FlatAdam fused(fused_model, false), aten(aten_model, false);
        QCOMPARE(fused.decayedNumel(), int64_t(37 * 29));
        torch::Tensor before;
        for (int t = 1; t <= 20; ++t) {
            const AdamHyper h{1e-3 * t, 0.95 - 0.01 * t, 0.99, 1e-5, t % 4 == 0 ? 0.0 : 0.1};
            torch::Tensor g = torch::randn({fused.numel()}) * std::pow(10.0, t % 7 - 4);
            g.narrow(0, 50 * t, 20).zero_();
            fused.grads().copy_(g);
            aten.grads().copy_(g);
            before = fused.params().clone();
            fused.step(h);
            atenStep(aten, h, t);
            QVERIFY2(torch::equal(fused.params(), aten.params()), qPrintable(QString::number(t)));
            QVERIFY(torch::equal(fused.expAvg(), aten.expAvg()));
            QVERIFY(torch::equal(fused.expAvgSq(), aten.expAvgSq()));
        }
        fused.undoStep();  // the pass kept the weights from before its step
        QVERIFY(torch::equal(fused.params(), before));
    }

    // The update written out in double precision for a single scalar over three steps with a
    // changing beta1: decoupled decay first, then bias-corrected moments.
    void matchesHandComputedUpdate() {
        TwoTensors m(torch::tensor({{1.5f}}), torch::tensor({0.5f}));
        FlatAdam adam(m, /*decay_biases=*/false);
        const double grads[] = {0.4, -0.2, 0.3};
        const double beta1s[] = {0.95, 0.9, 0.85};
        const double lrs[] = {0.1, 0.05, 0.02};
        const double beta2 = 0.99, eps = 1e-5, wd = 0.01;
        double p = 1.5, bias = 0.5, avg = 0, sqr = 0, bavg = 0, bsqr = 0;
        for (int t = 1; t <= 3; ++t) {
            const double g = grads[t - 1], b1 = beta1s[t - 1], lr = lrs[t - 1];
            p *= 1 - lr * wd;  // the bias is not decayed
            avg = b1 * avg + (1 - b1) * g;
            sqr = beta2 * sqr + (1 - beta2) * g * g;
            p -= lr / (1 - std::pow(b1, t)) * avg /
                 (std::sqrt(sqr / (1 - std::pow(beta2, t))) + eps);
            bavg = b1 * bavg + (1 - b1) * g;
            bsqr = beta2 * bsqr + (1 - beta2) * g * g;
            bias -= lr / (1 - std::pow(b1, t)) * bavg /
                    (std::sqrt(bsqr / (1 - std::pow(beta2, t))) + eps);
            {
                torch::NoGradGuard ng;
                m.weight.mutable_grad().fill_(g);
                m.bias.mutable_grad().fill_(g);
            }
            adam.step({lr, b1, beta2, eps, wd});
            QVERIFY(std::abs(m.weight.item<double>() - p) < 1e-6);
            QVERIFY(std::abs(m.bias.item<double>() - bias) < 1e-6);
        }
        QCOMPARE(adam.steps(), int64_t(3));
    }

    void parametersAndGradientsLiveInTheFlatBuffers() {
        TwoTensors m(torch::ones({3, 2}), torch::zeros({2}));
        FlatAdam adam(m, /*decay_biases=*/false);
        QCOMPARE(adam.numel(), int64_t(8));
        QCOMPARE(adam.decayedNumel(), int64_t(6));  // the weight; the bias is not decayed
        const float* base = adam.params().data_ptr<float>();
        QCOMPARE(m.weight.data_ptr<float>(), base);
        QCOMPARE(m.bias.data_ptr<float>(), base + 6);
        // Backward accumulates into the flat gradient buffer, and zeroGrad clears it in one go.
        (m.weight.sum() * 2 + m.bias.sum()).backward();
        QCOMPARE(adam.grads().sum().item<float>(), 6 * 2.0f + 2 * 1.0f);
        QCOMPARE(m.weight.grad().data_ptr<float>(), adam.grads().data_ptr<float>());
        adam.zeroGrad();
        QCOMPARE(m.weight.grad().abs().sum().item<float>(), 0.0f);
    }

    void biasesDecayWhenAsked() {
        TwoTensors m(torch::ones({1}), torch::ones({1}));
        FlatAdam adam(m, /*decay_biases=*/true);
        QCOMPARE(adam.decayedNumel(), int64_t(2));
    }

    // A weight registered twice (tying) is one parameter with one gradient slot.
    void tiedWeightCountsOnce() {
        struct Tied : torch::nn::Module {
            Tied() {
                auto w = register_parameter("a", torch::ones({4}));
                register_parameter("b", w);
            }
        } m;
        FlatAdam adam(m, false);
        QCOMPARE(adam.numel(), int64_t(4));
    }

    void clipsTheGlobalNorm() {
        TwoTensors m(torch::ones({2, 2}), torch::zeros({2}));
        FlatAdam adam(m, false);
        {
            torch::NoGradGuard g;
            m.weight.mutable_grad().fill_(3.0f);  // four 3s and two 4s: norm sqrt(36 + 32) ...
            m.bias.mutable_grad().fill_(4.0f);
        }
        const double norm = adam.gradNorms().total;
        QVERIFY(std::abs(norm - std::sqrt(68.0)) < 1e-5);
        QCOMPARE(adam.clipGradNorm(norm, 100.0), norm);  // under the bound: untouched
        QCOMPARE(m.bias.grad()[0].item<float>(), 4.0f);
        const double after = adam.clipGradNorm(norm, 2.0);
        QVERIFY(std::abs(after - 2.0) < 1e-5);
        QVERIFY(std::abs(adam.gradNorms().total - 2.0) < 1e-5);
        // The direction is kept: every gradient scaled by the same factor.
        QVERIFY(std::abs(m.bias.grad()[0].item<double>() / m.weight.grad()[0][0].item<double>() -
                         4.0 / 3.0) < 1e-6);
    }

    void detectsNonFiniteGradients() {
        TwoTensors m(torch::ones({2, 2}), torch::zeros({2}));
        FlatAdam adam(m, false);
        QVERIFY(adam.gradNorms().finite);
        for (float bad :
             {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity(),
              -std::numeric_limits<float>::infinity()}) {
            torch::NoGradGuard g;
            adam.zeroGrad();
            m.bias.mutable_grad()[1] = bad;
            QVERIFY(!adam.gradNorms().finite);
        }
        adam.zeroGrad();
        {
            torch::NoGradGuard g;
            m.weight.mutable_grad().fill_(3.4e38f);  // huge but finite
        }
        QVERIFY(adam.gradNorms().finite);
    }
};

QTEST_GUILESS_MAIN(TestFlatAdam)
#include "test_flat_adam.moc"
