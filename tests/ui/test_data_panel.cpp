// The data view against the real engine: the batch it shows is the layout's, decoded; each
// prediction is coloured and explained on hover; stepping and the order comparison work; the
// stream picture follows group_chunks.
#include <QtTest>

#include <QPushButton>
#include <QRegularExpression>

#include "panels/config_panel.h"
#include "panels/data_panel.h"
#include "panels/stream_layout_view.h"
#include "window/main_window.h"

using namespace unroll;

class TestDataPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheValidationBatchesOfARun() {
        MainWindow w;
        w.show();
        w.tabs()->setCurrentWidget(w.dataPanel());
        w.configPanel()->loadPreset("lm3");
        QVERIFY(w.configPanel()->setValueText("epochs", "2"));
        QSignalSpy inspected(w.controller(), &TrainingController::batchInspected);
        w.startRun();
        QVERIFY(
            QTest::qWaitFor([&] { return w.controller()->state() == RunState::Finished; }, 60000));
        DataPanel* panel = w.dataPanel();
        QTRY_VERIFY(panel->view().has_value());
        panel->showBatch(3);
        QTRY_VERIFY(panel->view() && panel->view()->index == 3);
        const BatchView v = *panel->view();  // a copy: the view moves on
        QCOMPARE(v.seq_len, 3);
        QCOMPARE(v.target_len, 1);  // LM3 predicts the token after its 3
        // The shown text is the batch decoded: row 0's first input word is in the table.
        const SessionInfo& info = w.controller()->session();
        const QString first = QString::fromStdString(info.vocab[size_t(v.inputs[0])]);
        const QString html = panel->batchHtml();
        QVERIFY(html.contains(first));
        QCOMPARE(html.count("href='p:"), DataPanel::kRowsShown * v.target_len);
        QVERIFY(html.contains("rgba(40,170,60") || html.contains("rgba(220,40,40"));
        const QString hover = panel->candidatesText(0, 0);
        QVERIFY2(hover.startsWith(QStringLiteral("target «")), qPrintable(hover));
        QCOMPARE(hover.count('\n'), 5);  // the target's line and five candidates
        // The picture of the layout: group_chunks puts row j of batch i at sample j*m + i.
        const std::int64_t m = info.valid_samples / info.batch_size;
        QCOMPARE(panel->layoutView()->sampleAt(3, 2), 2 * m + 3);
        // Shuffling the batches of a stateful model costs accuracy.
        auto* shuffle = panel->findChild<QPushButton*>("compareOrder");
        QSignalSpy compared(w.controller(), &TrainingController::orderCompared);
        shuffle->click();
        QVERIFY(compared.wait(30000));
        const auto in_order = compared.at(0).at(0).value<EpochMetrics>();
        const auto shuffled = compared.at(0).at(1).value<EpochMetrics>();
        QVERIFY(shuffled.valid_accuracy < in_order.valid_accuracy);
        QVERIFY(panel->orderText().contains("shuffled"));
        // A toggle that stays on: the batch shown now carries the state of a shuffled order.
        QVERIFY(shuffle->isChecked() && panel->shuffled());
        QTRY_VERIFY(panel->view() && panel->view()->shuffled);
        QVERIFY(panel->view()->loss != v.loss);
        QVERIFY(panel->batchText().contains("shuffled order"));
        shuffle->click();  // off: the text's order again, the comparison gone
        QTRY_VERIFY(panel->view() && !panel->view()->shuffled);
        QCOMPARE(panel->view()->loss, v.loss);
        QVERIFY(panel->orderText().isEmpty());
        // On again, it stays on: a further epoch's new weights are compared without a click.
        shuffle->click();
        QVERIFY(compared.wait(30000));
        compared.clear();
        QVERIFY(w.configPanel()->setValueText("epochs", "3"));
        w.continueRun();
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1, 60000);
        QVERIFY(shuffle->isChecked());
        QTRY_VERIFY(!panel->orderText().isEmpty());
        QVERIFY2(panel->corpusText().contains("Human Numbers") &&
                     panel->corpusText().contains("a vocabulary of 30"),
                 qPrintable(panel->corpusText()));
        QVERIFY(!panel->grab().isNull());
    }

    // The Data tab shows the current weights' predictions even when it was hidden while the run
    // trained: opened afterwards, it reads the batch again (it used to keep showing the untrained
    // model's, read when the run began).
    void openedAfterTrainingItShowsTheTrainedModel() {
        MainWindow w;
        w.show();  // on the Training tab: the Data tab is hidden
        w.configPanel()->loadPreset("lm3");
        QVERIFY(w.configPanel()->setValueText("epochs", "1"));
        QSignalSpy inspected(w.controller(), &TrainingController::batchInspected);
        w.startRun();
        QVERIFY(
            QTest::qWaitFor([&] { return w.controller()->state() == RunState::Finished; }, 60000));
        QTRY_COMPARE(inspected.count(), 1);  // read once, when the run began
        const BatchView untrained = inspected.at(0).at(0).value<BatchView>();
        w.tabs()->setCurrentWidget(w.dataPanel());
        QTRY_COMPARE(inspected.count(), 2);
        const BatchView trained = inspected.at(1).at(0).value<BatchView>();
        QCOMPARE(trained.index, untrained.index);
        // The probability each shown row gives its target.
        const auto targets = [](const BatchView& v) {
            std::vector<double> p;
            for (const PredictedToken& t : v.predictions)
                p.push_back(t.p_target);
            return p;
        };
        QVERIFY(targets(trained) != targets(untrained));
        QTRY_VERIFY(w.dataPanel()->view() && targets(*w.dataPanel()->view()) == targets(trained));
    }

    // Visible while the run trains, the tab also catches up with the last steps: a run that
    // ends (or pauses) between two live refreshes still shows its final weights' predictions.
    void visibleItCatchesUpWithTheLastSteps() {
        MainWindow w;
        w.show();
        w.tabs()->setCurrentWidget(w.dataPanel());
        w.configPanel()->loadPreset("lm3");
        QVERIFY(w.configPanel()->setValueText("epochs", "1"));
        QSignalSpy inspected(w.controller(), &TrainingController::batchInspected);
        w.startRun();
        QVERIFY(
            QTest::qWaitFor([&] { return w.controller()->state() == RunState::Finished; }, 60000));
        QTest::qWait(2000);  // longer than the refresh interval: any catch-up has been asked for
        QVERIFY(!inspected.isEmpty());
        const BatchView shown = inspected.last().at(0).value<BatchView>();
        // What the finished model says about the same batch, asked now.
        w.controller()->inspectBatch(shown.index, BatchViewOptions{5, 1, true});
        QVERIFY(inspected.wait(10000));
        const BatchView now = inspected.last().at(0).value<BatchView>();
        QCOMPARE(now.index, shown.index);
        QCOMPARE(now.predictions.size(), shown.predictions.size());
        for (size_t i = 0; i < now.predictions.size(); ++i)
            QCOMPARE(shown.predictions[i].p_target, now.predictions[i].p_target);
    }

    // Subwords read as text: the marker is the space, a piece inside a word gets a faint dot.
    void subwordPiecesReadAsText() {
        MainWindow w;
        w.show();
        w.tabs()->setCurrentWidget(w.dataPanel());
        w.configPanel()->loadPreset("lm4");
        QVERIFY(w.configPanel()->setValueText("epochs", "1"));
        QVERIFY(w.configPanel()->setValueText("tokenizer", "subword"));
        QVERIFY(w.configPanel()->setValueText("subword_vocab", "40"));
        w.startRun();
        QVERIFY(
            QTest::qWaitFor([&] { return w.controller()->state() == RunState::Finished; }, 60000));
        DataPanel* panel = w.dataPanel();
        QTRY_VERIFY(panel->view().has_value());
        const BatchView& v = *panel->view();
        const SessionInfo& info = w.controller()->session();
        QCOMPARE(info.word_marker, std::string("▁"));
        QString expected;
        for (int t = 0; t < v.seq_len; ++t)
            expected += QString::fromStdString(info.vocab[size_t(v.inputs[size_t(t)])])
                            .replace(QStringLiteral("▁"), QStringLiteral(" "));
        const QString html = panel->batchHtml();
        QVERIFY(!html.contains(QStringLiteral("▁")));
        QVERIFY(html.contains(QStringLiteral("·</span>")));  // 40 pieces split most words
        QString plain = html;
        plain.remove(QRegularExpression(QStringLiteral("<span[^>]*>·</span>")));
        QVERIFY2(plain.contains(expected.toHtmlEscaped()), qPrintable(expected));
    }

    // Without a run the panel asks the worker for nothing and says what to do first; a run's
    // session then brings its first batch without being asked again.
    void withoutARunItWaits() {
        MainWindow w;
        w.show();
        w.tabs()->setCurrentWidget(w.dataPanel());
        DataPanel* panel = w.dataPanel();
        QSignalSpy inspected(w.controller(), &TrainingController::batchInspected);
        QSignalSpy failed(w.controller(), &TrainingController::failed);
        panel->showBatch(2);
        QVERIFY(!inspected.wait(300));  // an inspection is answered in a few milliseconds
        QCOMPARE(failed.count(), 0);
        QVERIFY(!panel->view().has_value());
        QCOMPARE(panel->batch(), std::int64_t(0));
        QVERIFY2(panel->batchText().startsWith("Start a run"), qPrintable(panel->batchText()));

        w.configPanel()->loadPreset("lm1");
        QVERIFY(w.configPanel()->setValueText("epochs", "1"));
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(panel->view().has_value(), 60000);
        QCOMPARE(panel->view()->index, std::int64_t(0));
        QVERIFY2(panel->batchText().startsWith("Validation batch 1 of 66"),
                 qPrintable(panel->batchText()));
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_MAIN(TestDataPanel)
#include "test_data_panel.moc"
