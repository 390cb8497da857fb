// The vectorised tanh and σ (the gated kernels' activations) against the exact ones, over the
// whole float range that matters and at the edges: zero, the branch point, the clamps,
// infinities, NaN, and every tail length.
#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

#include "kernels/fast_tanh.h"

class TestFastTanh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accurateEverywhere() {
        std::vector<float> x;
        for (double v = -12.0; v <= 12.0; v += 1.0 / 4096)
            x.push_back(static_cast<float>(v));
        for (float v : {1e-30f, -1e-30f, 1e-8f, 0.6249999f, 0.625f, 0.6250001f, 8.999f, 9.0f,
                        9.001f, 40.0f, 1e30f})
            x.push_back(v);
        std::vector<float> y = x;
        unroll::tanhInPlace(y.data(), static_cast<int64_t>(y.size()));
        double worst = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double exact = std::tanh(static_cast<double>(x[i]));
            const double err = std::abs(y[i] - exact) / std::max(std::abs(exact), 1e-30);
            worst = std::max(worst, err);
        }
        QVERIFY2(worst < 3e-7, qPrintable(QString::number(worst)));  // a few float ulps
    }

    void edgesAreExact() {
        const float inf = std::numeric_limits<float>::infinity();
        std::vector<float> x = {0.0f, -0.0f, inf, -inf, std::nanf(""), 1e30f, -1e30f};
        unroll::tanhInPlace(x.data(), static_cast<int64_t>(x.size()));
        QCOMPARE(x[0], 0.0f);
        QVERIFY(std::signbit(x[1]));
        QCOMPARE(x[2], 1.0f);
        QCOMPARE(x[3], -1.0f);
        QVERIFY(std::isnan(x[4]));  // a diverging run stays visible
        QCOMPARE(x[5], 1.0f);
        QCOMPARE(x[6], -1.0f);
    }

    // σ relative to the exact value wherever σ is a normal float (|x| up to 87); beyond, the
    // clamp gives 0 or 1 to float precision.
    void sigmoidAccurateEverywhere() {
        std::vector<float> x;
        for (double v = -87.0; v <= 87.0; v += 1.0 / 1024)
            x.push_back(static_cast<float>(v));
        for (float v : {1e-30f, -1e-30f, 1e-8f, -1e-8f, 86.99f, -86.99f})
            x.push_back(v);
        std::vector<float> y = x;
        unroll::sigmoidInPlace(y.data(), static_cast<int64_t>(y.size()));
        double worst = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double exact = 1.0 / (1.0 + std::exp(-static_cast<double>(x[i])));
            worst = std::max(worst, std::abs(y[i] - exact) / exact);
        }
        QVERIFY2(worst < 3e-7, qPrintable(QString::number(worst)));
        const float inf = std::numeric_limits<float>::infinity();
        std::vector<float> e = {0.0f, -0.0f, inf, -inf, std::nanf(""), 200.0f, -200.0f};
        unroll::sigmoidInPlace(e.data(), static_cast<int64_t>(e.size()));
        QCOMPARE(e[0], 0.5f);
        QCOMPARE(e[1], 0.5f);
        QCOMPARE(e[2], 1.0f);
        QVERIFY(e[3] >= 0.0f && e[3] < 2e-38f);
        QVERIFY(std::isnan(e[4]));
        QCOMPARE(e[5], 1.0f);
        QVERIFY(e[6] >= 0.0f && e[6] < 2e-38f);
    }

    void everyTailLength() {
        for (int n = 0; n <= 33; ++n) {
            std::vector<float> x(static_cast<size_t>(n) + 1, 0.5f);
            x.back() = 123.0f;  // a guard past the end: must be left alone
            std::vector<float> s = x;
            unroll::tanhInPlace(x.data(), n);
            unroll::sigmoidInPlace(s.data(), n);
            for (int i = 0; i < n; ++i) {
                QVERIFY(std::abs(x[size_t(i)] - std::tanh(0.5f)) < 1e-7);
                QVERIFY(std::abs(s[size_t(i)] - 1.0f / (1.0f + std::exp(-0.5f))) < 1e-7);
            }
            QCOMPARE(x.back(), 123.0f);
            QCOMPARE(s.back(), 123.0f);
        }
    }
};

QTEST_GUILESS_MAIN(TestFastTanh)
#include "test_fast_tanh.moc"
