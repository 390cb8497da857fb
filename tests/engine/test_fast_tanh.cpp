// The vectorised tanh against the exact one, over the whole float range that matters and at
// the edges: zero, the branch point, the clamp, infinities, NaN, and every tail length.
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

    void everyTailLength() {
        for (int n = 0; n <= 17; ++n) {
            std::vector<float> x(static_cast<size_t>(n) + 1, 0.5f);
            x.back() = 123.0f;  // a guard past the end: must be left alone
            unroll::tanhInPlace(x.data(), n);
            for (int i = 0; i < n; ++i)
                QVERIFY(std::abs(x[size_t(i)] - std::tanh(0.5f)) < 1e-7);
            QCOMPARE(x.back(), 123.0f);
        }
    }
};

QTEST_GUILESS_MAIN(TestFastTanh)
#include "test_fast_tanh.moc"
