// The generation playground against the real engine: it needs a model, streams tokens while a
// run trains (between steps, without disturbing it), names unknown words, works from an opened
// checkpoint, shows each token's candidates and runs the counting check on Human Numbers.
#include <QtTest>

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

#include "panels/config_panel.h"
#include "panels/generate_panel.h"
#include "plots/qcp.h"
#include "window/main_window.h"
#include "window_test_support.h"

using namespace unroll;
using unroll::test::waitForState;

namespace {

bool generateAndWait(GeneratePanel* panel, TrainingController* c) {
    QSignalSpy done(c, &TrainingController::generationFinished);
    QSignalSpy failed(c, &TrainingController::generationFailed);
    panel->generate();
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) &&
           !done.isEmpty();
}

}  // namespace

class TestGeneratePanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutAModelItSaysWhatToDo() {
        MainWindow w;
        GeneratePanel* panel = w.generatePanel();
        QVERIFY(!generateAndWait(panel, w.controller()));
        QVERIFY2(panel->message().contains("Start a run or open a checkpoint"),
                 qPrintable(panel->message()));
    }

    // Another model (a new run, an opened checkpoint) clears what the last one left: its error,
    // its text and its candidates chart.
    void aNewModelClearsTheLastOnesResults() {
        MainWindow w;
        GeneratePanel* panel = w.generatePanel();
        QVERIFY(!generateAndWait(panel, w.controller()));
        auto* status = panel->findChild<QLabel*>(QStringLiteral("generateStatus"));
        QVERIFY(!panel->message().isEmpty() && !status->text().isEmpty());
        QVERIFY(!panel->text().isEmpty());  // the prompt, echoed
        panel->setSession(SessionInfo{});
        QVERIFY(panel->message().isEmpty());
        QVERIFY(status->text().isEmpty());
        QVERIFY(panel->text().isEmpty());
        QCOMPARE(panel->tokens(), 0);
        QCOMPARE(panel->chart()->plottable(0)->interface1D()->dataCount(), 0);
    }

    // A long prompt is kept whole past Qt's default field limit of 32,767 characters, and one
    // past the panel's own limit is cut with a word, not silently.
    void aLongPromptIsKeptOrCutVisibly() {
        MainWindow w;
        auto* prompt = w.generatePanel()->findChild<QLineEdit*>(QStringLiteral("prompt"));
        auto* status = w.generatePanel()->findChild<QLabel*>(QStringLiteral("generateStatus"));
        QVERIFY(prompt && status);
        const QString long_prompt = QStringLiteral("one two ").repeated(5000);  // 40,000
        prompt->setText(long_prompt);
        QCOMPARE(prompt->text(), long_prompt);
        QVERIFY(!status->text().contains(QLatin1String("cut")));
        prompt->setText(QStringLiteral("x").repeated((1 << 20) + 10));
        QCOMPARE(prompt->text().size(), 1 << 20);
        QVERIFY2(status->text().contains(QLatin1String("cut")), qPrintable(status->text()));
    }

    void streamsWhileTrainingAndChecksTheCounting() {
        MainWindow w;
        w.show();
        w.configPanel()->loadPreset("lm7");
        QVERIFY(w.configPanel()->setValueText("epochs", "40"));
        w.startRun();
        QVERIFY(waitForState(w, RunState::Running));
        QVERIFY(QTest::qWaitFor([&] { return w.controller()->stepsReported() >= 20; }, 30000));
        GeneratePanel* panel = w.generatePanel();
        panel->setPrompt("one thousand two hundred");
        QSignalSpy streamed(w.controller(), &TrainingController::tokenGenerated);
        QVERIFY(generateAndWait(panel, w.controller()));
        QCOMPARE(streamed.count(), 120);  // each token on its own, as it was sampled
        QCOMPARE(panel->tokens(), 120);
        QVERIFY(panel->text().startsWith("one thousand two hundred "));
        QVERIFY2(panel->countingText().startsWith("Counting check: "),
                 qPrintable(panel->countingText()));
        // The run went on training around the generation.
        QCOMPARE(w.controller()->state(), RunState::Running);
        const auto before = w.controller()->stepsReported();
        QVERIFY(QTest::qWaitFor([&] { return w.controller()->stepsReported() > before; }, 10000));
        // Hovering a token shows the distribution it came from: ten candidates.
        panel->showCandidates(3);
        auto* bars = qobject_cast<QCPBars*>(panel->chart()->plottable(0));
        QCOMPARE(bars->data()->size(), 10);
        double total = 0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += it->value;
        QVERIFY(total > 0.5 && total <= 1.0 + 1e-9);
        panel->setPrompt("one eleventy two");
        QVERIFY(!generateAndWait(panel, w.controller()));
        QVERIFY2(panel->message().contains("'eleventy'"), qPrintable(panel->message()));
        w.stopRun();
        QVERIFY(waitForState(w, RunState::Stopped));
    }

    void generatesFromAnOpenedCheckpoint() {
        QTemporaryDir dir;
        const QString path = dir.filePath("lm4.safetensors");
        QVERIFY(test::saveRun(path, "lm4", 1, false, 30000));
        MainWindow w;
        w.controller()->open(path);
        QVERIFY(waitForState(w, RunState::Finished));  // a finished run opens as finished
        w.generatePanel()->setPrompt("seven");
        QVERIFY(generateAndWait(w.generatePanel(), w.controller()));
        QCOMPARE(w.generatePanel()->tokens(), 120);
    }
};

QTEST_MAIN(TestGeneratePanel)
#include "test_generate_panel.moc"
