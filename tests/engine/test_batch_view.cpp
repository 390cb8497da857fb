// What the data view shows, checked against the rest of the engine: a validation batch's tokens
// are the layout's, its predictions agree with validation, inspecting changes nothing of the run,
// and running a stateful model's batches out of order costs accuracy.
#include <QtTest>

#include "test_support.h"
#include "unroll/trainer.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;

class TestBatchView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void aBatchAsTheModelSeesIt() {
        Trainer t(quick("lm4"), numbers());
        t.fit();
        const BatchView v = t.inspectValidBatch(2, {3, 1, true});
        QCOMPARE(v.index, std::int64_t(2));
        QCOMPARE(v.batches, t.validBatches());
        QCOMPARE(v.rows, 64);
        QCOMPARE(v.seq_len, 16);
        QCOMPARE(v.target_len, 16);
        const Batch b = t.dataset().validBatch(2);
        QCOMPARE(v.inputs, b.inputs);
        QCOMPARE(v.targets, b.targets);
        QCOMPARE(v.predictions.size(), size_t(64 * 16));
        int correct = 0;
        for (const PredictedToken& p : v.predictions) {
            QCOMPARE(p.top.size(), size_t(3));
            QCOMPARE(p.top.front().id, p.predicted);
            QCOMPARE(p.top.front().probability, p.p_predicted);
            QVERIFY(p.top[0].probability >= p.top[1].probability);
            QVERIFY(p.p_target >= 0 && p.p_target <= p.p_predicted + 1e-12);
            correct += p.predicted == p.target ? 1 : 0;
        }
        QCOMPARE(v.accuracy, correct / double(64 * 16));
        QCOMPARE(v.layer, 1);
        QCOMPARE(v.units, 64);
        QCOMPARE(v.hidden.size(), size_t(64 * 16 * 64));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, t.inspectValidBatch(t.validBatches()));
    }

    void batchesAddUpToValidation_data() {
        QTest::addColumn<QString>("preset");
        QTest::newRow("lm1 (one prediction, not stateful)") << "lm1";
        QTest::newRow("lm3 (stateful)") << "lm3";
        QTest::newRow("lm6 (two layers)") << "lm6";
    }

    void batchesAddUpToValidation() {
        QFETCH(QString, preset);
        Trainer t(quick(preset.toStdString()), numbers());
        t.fit();
        double correct = 0, rows = 0;
        for (std::int64_t b = 0; b < t.validBatches(); ++b) {
            const BatchView v = t.inspectValidBatch(b, {1, 2, false});
            correct += v.accuracy * v.rows;
            rows += v.rows;
        }
        QCOMPARE(correct / rows, t.evaluate().valid_accuracy);
        // Read in a shuffled order, the batches add up to the shuffled validation: each carries
        // the state of those before it in that order, as evaluate(true, seed) carries it.
        correct = rows = 0;
        for (std::int64_t b = 0; b < t.validBatches(); ++b) {
            BatchViewOptions shuffled{1, 2, false};
            shuffled.shuffled = true;
            shuffled.seed = 5;
            const BatchView v = t.inspectValidBatch(b, shuffled);
            QVERIFY(v.shuffled);
            correct += v.accuracy * v.rows;
            rows += v.rows;
        }
        QCOMPARE(correct / rows, t.evaluate(true, 5).valid_accuracy);
        if (preset == "lm3")  // the order matters to a stateful model
            QVERIFY(t.evaluate(true, 5).valid_accuracy < t.evaluate().valid_accuracy);
    }

    void inspectingLeavesTheRunUntouched() {
        Trainer a(quick("lm6", 2), numbers()), b(quick("lm6", 2), numbers());
        for (int i = 0; i < 10; ++i) {
            a.trainStep();
            b.trainStep();
        }
        a.inspectValidBatch(3);
        a.evaluate(true, 7);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.trainStep().loss, b.trainStep().loss);
    }

    void orderMattersForAStatefulModel() {
        Trainer t(quick("lm3", 3), numbers());
        t.fit();
        const double in_order = t.evaluate().valid_accuracy;
        const double shuffled = t.evaluate(true, 1).valid_accuracy;
        QVERIFY2(shuffled < in_order - 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shuffled).arg(in_order)));
        QCOMPARE(t.evaluate().valid_accuracy, in_order);  // and nothing was disturbed
    }
};

QTEST_GUILESS_MAIN(TestBatchView)
#include "test_batch_view.moc"
