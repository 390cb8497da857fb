// fit_one_cycle's learning rate and momentum, against values worked out by hand.
#include <QtTest>

#include <cmath>

#include "unroll/config.h"
#include "unroll/schedule.h"

using namespace unroll;

class TestSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cosineEndsAndMiddle() {
        QCOMPARE(cosineAnneal(1.0, 3.0, 0.0), 1.0);
        QCOMPARE(cosineAnneal(1.0, 3.0, 1.0), 3.0);
        QVERIFY(std::abs(cosineAnneal(1.0, 3.0, 0.5) - 2.0) < 1e-15);
        // t = 1/3: 1 + (1 + cos(2π/3))·(3 − 1)/2 = 1 + 0.5 = 1.5
        QVERIFY(std::abs(cosineAnneal(1.0, 3.0, 1.0 / 3) - 1.5) < 1e-12);
    }

    void oneCycleFollowsFastai_data() {
        QTest::addColumn<double>("pos");
        QTest::addColumn<double>("lr");
        QTest::addColumn<double>("mom");
        const double max = 3e-3;
        // Start: lr_max / 25 and the high momentum.
        QTest::newRow("start") << 0.0 << max / 25 << 0.95;
        // Halfway through warm-up (t = 0.5): the arithmetic middle of both ranges.
        QTest::newRow("mid warm-up") << 0.125 << (max / 25 + max) / 2 << 0.90;
        // The peak, at pct_start.
        QTest::newRow("peak") << 0.25 << max << 0.85;
        // Halfway through annealing: between lr_max and lr_max/1e5.
        QTest::newRow("mid anneal") << 0.625 << (max + max / 1e5) / 2 << 0.90;
        // A quarter into annealing, t = 1/3: start + (1 + cos(2π/3))·(end − start)/2.
        QTest::newRow("third of anneal")
            << 0.5 << max + 0.25 * (max / 1e5 - max) << 0.85 + 0.25 * 0.10;
        QTest::newRow("end") << 1.0 << max / 1e5 << 0.95;
    }
    void oneCycleFollowsFastai() {
        QFETCH(double, pos);
        QFETCH(double, lr);
        QFETCH(double, mom);
        Config c = findPreset("lm3").config();
        const ScheduleValues v = Schedule::fromConfig(c).at(pos);
        QVERIFY2(std::abs(v.lr - lr) < 1e-12, qPrintable(QString::number(v.lr, 'g', 17)));
        QVERIFY2(std::abs(v.beta1 - mom) < 1e-12, qPrintable(QString::number(v.beta1, 'g', 17)));
    }

    void constantScheduleIsFlat() {
        Config c;
        c.setAssignment("schedule=constant");
        c.setAssignment("lr=0.01");
        const Schedule s = Schedule::fromConfig(c);
        for (double pos : {0.0, 0.3, 0.99}) {
            QCOMPARE(s.at(pos).lr, 0.01);
            QCOMPARE(s.at(pos).beta1, 0.9);
        }
    }

    void noWarmUp() {
        Schedule s;
        s.pct_start = 0.0;
        QCOMPARE(s.at(0.0).lr, s.lr);  // starts at the peak and anneals
        QVERIFY(s.at(0.5).lr < s.lr);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "test_schedule.moc"
