// The fused recurrence's hand-derived backward pass against autograd through the plain loop.
#include <QtTest>

#include "kernels/rnn_kernel.h"

using namespace unroll;

namespace {

// The same recurrence written with differentiable ATen ops, one step at a time.
torch::Tensor reference(const torch::Tensor& xp, const torch::Tensor& h0, const torch::Tensor& w,
                        Nonlinearity act) {
    std::vector<torch::Tensor> states;
    torch::Tensor h = h0;
    for (int64_t t = 0; t < xp.size(0); ++t) {
        h = xp[t] + torch::mm(h, w.t());
        h = act == Nonlinearity::Relu ? torch::relu(h) : torch::tanh(h);
        states.push_back(h);
    }
    return torch::stack(states);
}

struct Grads {
    torch::Tensor out, dxp, dh0, dw;
};

Grads run(bool fused, const torch::Tensor& xp0, const torch::Tensor& h00, const torch::Tensor& w0,
          Nonlinearity act) {
    auto xp = xp0.clone().requires_grad_(true);
    auto h0 = h00.clone().requires_grad_(true);
    auto w = w0.clone().requires_grad_(true);
    torch::Tensor out = fused ? rnnRecurrence(xp, h0, w, act) : reference(xp, h0, w, act);
    // A weighting that differs per element, so every output's gradient matters.
    torch::Tensor weight =
        torch::sin(torch::arange(out.numel()).to(torch::kFloat)).view(out.sizes());
    (out * weight).sum().backward();
    return {out.detach(), xp.grad(), h0.grad(), w.grad()};
}

double rel(const torch::Tensor& a, const torch::Tensor& b) {
    return ((a - b).abs().max() / (b.abs().max() + 1e-6)).item<double>();
}

}  // namespace

class TestRnnKernel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    void matchesAutograd_data() {
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<bool>("relu");
        for (bool relu : {true, false}) {
            const char* a = relu ? "relu" : "tanh";
            QTest::newRow(qPrintable(QStringLiteral("%1 3x64x64").arg(a))) << 3 << 64 << 64 << relu;
            QTest::newRow(qPrintable(QStringLiteral("%1 16x5x7").arg(a))) << 16 << 5 << 7 << relu;
            QTest::newRow(qPrintable(QStringLiteral("%1 one step").arg(a))) << 1 << 2 << 3 << relu;
            QTest::newRow(qPrintable(QStringLiteral("%1 batch of one").arg(a)))
                << 9 << 1 << 4 << relu;
        }
    }
    void matchesAutograd() {
        QFETCH(int, steps);
        QFETCH(int, batch);
        QFETCH(int, hidden);
        QFETCH(bool, relu);
        const Nonlinearity act = relu ? Nonlinearity::Relu : Nonlinearity::Tanh;
        torch::manual_seed(steps * 100 + hidden);
        const auto xp = torch::randn({steps, batch, hidden});
        const auto h0 = torch::randn({batch, hidden});
        const auto w = torch::randn({hidden, hidden}) / std::sqrt(double(hidden));
        const Grads ref = run(false, xp, h0, w, act);
        const Grads got = run(true, xp, h0, w, act);
        QVERIFY2(rel(got.out, ref.out) < 1e-5, "states");
        QVERIFY2(rel(got.dxp, ref.dxp) < 1e-5, "d xp");
        QVERIFY2(rel(got.dh0, ref.dh0) < 1e-5, "d h0");
        QVERIFY2(rel(got.dw, ref.dw) < 1e-5, "d W");
    }

    // A NaN must come out as NaN (a ReLU written as `x > 0 ? x : 0` would turn it into 0 and hide
    // a diverging run from the guard).
    void nanPropagates() {
        for (Nonlinearity act : {Nonlinearity::Relu, Nonlinearity::Tanh}) {
            auto xp = torch::zeros({3, 2, 2});
            xp[1][0][1] = NAN;
            const torch::Tensor out = rnnRecurrence(xp, torch::zeros({2, 2}), torch::eye(2), act);
            QVERIFY(!torch::isnan(out[0]).any().item<bool>());
            QVERIFY(torch::isnan(out[1][0][1]).item<bool>());
            QVERIFY(torch::isnan(out[2][0][1]).item<bool>());  // and carries on through W
        }
    }

    // A detached starting state (the stateful models' case) needs no gradient and gets none.
    void noGradientForADetachedStart() {
        auto xp = torch::randn({4, 3, 5}).requires_grad_(true);
        auto w = torch::randn({5, 5}).requires_grad_(true);
        const auto h0 = torch::randn({3, 5});
        rnnRecurrence(xp, h0, w, Nonlinearity::Tanh).sum().backward();
        QVERIFY(xp.grad().defined());
        QVERIFY(w.grad().defined());
        QVERIFY(!h0.grad().defined());
    }

    // The outputs are views of the saved states: modifying them in place must be refused, not
    // silently corrupt the backward pass.
    void inPlaceChangeOfOutputIsRefused() {
        auto xp = torch::randn({2, 2, 2}).requires_grad_(true);
        auto w = torch::randn({2, 2}).requires_grad_(true);
        torch::Tensor out = rnnRecurrence(xp, torch::zeros({2, 2}), w, Nonlinearity::Relu);
        // Refused by autograd because the output is a view made inside the custom function —
        // not any other error (a shape or dtype mistake in the kernel would also throw a
        // c10::Error).
        QString message;
        try {
            out.mul_(2);
            out.sum().backward();
        } catch (const c10::Error& e) {
            message = QString::fromStdString(e.what_without_backtrace());
        }
        QVERIFY2(message.contains("is a view and is being modified inplace") &&
                     message.contains("custom Function"),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRnnKernel)
#include "test_rnn_kernel.moc"
