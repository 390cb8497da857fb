// Dropout from scratch: survivors scaled so the mean is kept, the identity in eval mode, and the
// locked and embedding variants drop what they should.
#include <QtTest>

#include "models/dropout.h"

using namespace unroll;

class TestDropout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { torch::manual_seed(42); }

    void keepsTheMeanInTraining_data() {
        QTest::addColumn<double>("p");
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("0.4") << 0.4;
        QTest::newRow("0.8") << 0.8;
    }
    void keepsTheMeanInTraining() {
        QFETCH(double, p);
        const torch::Tensor x = torch::full({1000, 1000}, 3.0f);
        const torch::Tensor y = elementDropout(x, p, /*training=*/true);
        // One million Bernoulli draws: the mean is within 1 % of 3 (a > 10 sigma margin).
        QVERIFY(std::abs(y.mean().item<double>() - 3.0) < 0.03);
        const double dropped = y.eq(0).to(torch::kDouble).mean().item<double>();
        QVERIFY(std::abs(dropped - p) < 0.005);
        // Survivors are scaled by exactly 1/(1 − p).
        const torch::Tensor kept = y.masked_select(y.ne(0));
        QVERIFY((kept - float(3.0 / (1.0 - p))).abs().max().item<double>() < 1e-5);
    }

    void isTheIdentityInEval() {
        const torch::Tensor x = torch::randn({7, 5, 3});
        for (double p : {0.0, 0.5, 0.9}) {
            QVERIFY(elementDropout(x, p, false).equal(x));
            QVERIFY(lockedDropout(x, p, false).equal(x));
            QVERIFY(embeddingDropout(x[0], p, false).equal(x[0]));
        }
        QVERIFY(elementDropout(x, 0.0, true).equal(x));  // p = 0 in training too
    }

    void lockedUsesOneMaskPerSequence() {
        const torch::Tensor x = torch::ones({12, 50, 20});  // (T, B, F)
        const torch::Tensor y = lockedDropout(x, 0.5, true);
        for (int64_t t = 1; t < 12; ++t)
            QVERIFY(y[t].equal(y[0]));  // the same at every step
        const double dropped = y[0].eq(0).to(torch::kDouble).mean().item<double>();
        QVERIFY(dropped > 0.3 && dropped < 0.7);  // but different across sequences and units
    }

    // Locked dropout runs as its own node; its output and gradient are ATen's x·m and g·m bit
    // for bit, for time-major and batch-first memory, with the gradient arriving contiguous or
    // as the transposed view the models' batch-first outputs send back.
    void lockedIsAtensProductBitForBit() {
        for (const bool time_major : {true, false})
            for (const bool transposed_grad : {false, true}) {
                const torch::Tensor x = (time_major ? torch::randn({16, 8, 20})
                                                    : torch::randn({8, 16, 20}).transpose(0, 1))
                                            .requires_grad_(true);
                at::Generator mine = at::detail::createCPUGenerator(5);
                at::Generator theirs = at::detail::createCPUGenerator(5);
                const torch::Tensor y = lockedDropout(x, 0.3, true, mine);
                const torch::Tensor mask = dropoutMask({1, 8, 20}, 0.3, torch::kFloat, theirs);
                QVERIFY(torch::equal(y, x.detach() * mask));
                const torch::Tensor w = torch::randn({8, 16, 20});
                const torch::Tensor upstream =
                    transposed_grad ? w.transpose(0, 1) : w.transpose(0, 1).contiguous();
                (transposed_grad ? (y.transpose(0, 1) * w).sum() : (y * upstream).sum()).backward();
                QVERIFY(torch::equal(x.grad(), upstream * mask));
            }
    }

    void embeddingDropsWholeWords() {
        const torch::Tensor w = torch::ones({200, 16});
        const torch::Tensor d = embeddingDropout(w, 0.5, true);
        const torch::Tensor row_zero = d.eq(0).all(1);
        const torch::Tensor row_kept = d.eq(2).all(1);
        QVERIFY(row_zero.logical_or(row_kept).all().item<bool>());  // every row all 0 or all 2
        const int64_t zeros = row_zero.sum().item<int64_t>();
        QVERIFY(zeros > 60 && zeros < 140);
    }

    // The vectorised masks are ATen's bernoulli_ then div_, value for value, from any state of
    // the generator — fresh, mid-block, one word before a refill — for sizes around MT19937's
    // 624-word blocks, and the generator goes on in step with one that ran ATen's path.
    void masksAreAtensValueForValue() {
        for (const double p : {0.5, 0.1, 0.3, 0.05, 0.9})
            for (const int64_t skip : {0, 1, 311, 622, 623, 1000})
                for (const int64_t n : {1, 7, 8, 311, 312, 313, 1024, 1025, 65536}) {
                    at::Generator mine = at::detail::createCPUGenerator(17);
                    at::Generator theirs = at::detail::createCPUGenerator(17);
                    if (skip > 0) {  // words drawn before: ATen draws one per randint value
                        torch::randint(1 << 20, {skip}, mine);
                        torch::randint(1 << 20, {skip}, theirs);
                    }
                    const torch::Tensor got = unroll::dropoutMask({n}, p, torch::kFloat, mine);
                    torch::Tensor want = torch::empty({n});
                    want.bernoulli_(1.0 - p, theirs);
                    want.div_(1.0 - p);
                    QVERIFY2(
                        torch::equal(got, want),
                        qPrintable(QStringLiteral("p %1, skip %2, n %3").arg(p).arg(skip).arg(n)));
                    QVERIFY(torch::equal(torch::rand({5}, mine), torch::rand({5}, theirs)));
                }
    }

    void certainDropIsZeros() {
        const torch::Tensor x = torch::randn({4, 4});
        QCOMPARE(elementDropout(x, 1.0, true).abs().sum().item<float>(), 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestDropout)
#include "test_dropout.moc"
