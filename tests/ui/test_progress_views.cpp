// What counts the run's progress: the progress panel's bars through a run — within an epoch,
// between epochs, and once the run has trained all its epochs (which once read "batch 0 of
// 262") — and the epoch table, which counts epochs from 1 as the bar does (it counted from 0)
// and writes its numbers in the window's locale.
#include <QtTest>

#include <QProgressBar>

#include "panels/epoch_table.h"
#include "panels/progress_panel.h"

using namespace unroll;

namespace {

SnapshotBuffer::Drained stepsOf(int epoch, int first_batch, int last_batch, int batches) {
    SnapshotBuffer::Drained d;
    for (int b = first_batch; b <= last_batch; ++b) {
        StepMetrics s;
        s.step = static_cast<std::int64_t>(epoch) * batches + b + 1;
        s.epoch = epoch;
        s.batch = b;
        s.batches_per_epoch = batches;
        d.steps.push_back(s);
    }
    return d;
}

SnapshotBuffer::Drained epochEnd(int epoch) {
    SnapshotBuffer::Drained d;
    EpochMetrics e;
    e.epoch = epoch;
    d.epochs.push_back(e);
    return d;
}

}  // namespace

class TestProgressViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsEpochsAndBatchesToTheEnd() {
        ProgressPanel panel;
        panel.setEpochs(2);
        auto* epochs = panel.findChild<QProgressBar*>(QStringLiteral("epochProgress"));
        auto* batches = panel.findChild<QProgressBar*>(QStringLiteral("batchProgress"));
        QVERIFY(epochs && batches);
        panel.consume(stepsOf(0, 0, 9, 262));
        QCOMPARE(batches->text(), QStringLiteral("batch 10 of 262"));
        QCOMPARE(epochs->text(), QStringLiteral("epoch 1 of 2"));
        panel.consume(stepsOf(0, 10, 261, 262));
        panel.consume(epochEnd(0));
        QCOMPARE(epochs->text(), QStringLiteral("epoch 2 of 2"));
        QCOMPARE(batches->text(), QStringLiteral("batch 0 of 262"));  // the next epoch's start
        panel.consume(stepsOf(1, 0, 261, 262));
        panel.consume(epochEnd(1));
        QCOMPARE(epochs->text(), QStringLiteral("epoch 2 of 2"));
        QCOMPARE(batches->text(), QStringLiteral("batch 262 of 262"));
        QCOMPARE(batches->value(), 262);
    }

    void theEpochTableCountsFromOne() {
        EpochTable table;
        table.consume(epochEnd(0));
        table.consume(epochEnd(1));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(table.item(1, 0)->text(), QStringLiteral("2"));
    }

    // The table writes its numbers as the window's locale does, as the plots' axes and the
    // messages do ("3.012067" in a German window before).
    void theEpochTableWritesTheLocalesNumbers() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        EpochTable table;
        SnapshotBuffer::Drained d;
        EpochMetrics e;
        e.train_loss = 3.0120671;
        e.perplexity = 1234.5;
        d.epochs.push_back(e);
        table.consume(d);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(table.item(0, 1)->text(), QStringLiteral("3,012067"));
        QCOMPARE(table.item(0, 4)->text(), QStringLiteral("1234,500"));
    }
};

QTEST_MAIN(TestProgressViews)
#include "test_progress_views.moc"
