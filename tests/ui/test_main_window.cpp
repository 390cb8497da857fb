// The window as a person uses it, offscreen: the form starts a run, the plots fill, the run
// controls follow the state, the guard's banner offers its remedies, closing mid-run is clean,
// and every string of the window is translated.
#include <QtTest>

#include <QAction>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>

#include <QXmlStreamReader>
#include <cmath>

#include "panels/config_panel.h"
#include "panels/epoch_table.h"
#include "plots/loss_plot.h"
#include "plots/plot_panel.h"
#include "plots/qcp.h"
#include "stub_session.h"
#include "unroll/run_store.h"
#include "window/divergence_banner.h"
#include "window/lr_finder_dialog.h"
#include "window/main_window.h"
#include "window_test_support.h"

using namespace unroll;
using unroll::test::answerQuestions;
using unroll::test::saveRun;
using unroll::test::ScriptedQuestions;
using unroll::test::trainOneEpoch;
using unroll::test::waitForState;
using namespace std::chrono_literals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runControlsFollowTheRun() {
        MainWindow w;
        w.show();
        w.configPanel()->loadPreset("lm6");
        QVERIFY(w.configPanel()->setValueText("epochs", "30"));
        QAction* start = w.action("start");
        QAction* pause = w.action("pause");
        QAction* stop = w.action("stop");
        QCOMPARE(start->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(pause->shortcut(), QKeySequence(Qt::Key_F6));
        QCOMPARE(stop->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QCOMPARE(w.action("saveCheckpoint")->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(start->isEnabled() && !pause->isEnabled() && !stop->isEnabled());
        start->trigger();
        QVERIFY(waitForState(w, RunState::Running));
        QVERIFY(!start->isEnabled() && pause->isEnabled() && stop->isEnabled());
        QVERIFY(!w.configPanel()->editor("hidden")->isEnabled());
        QVERIFY(w.configPanel()->editor("lr")->isEnabled());
        // The plots fill from the drained snapshots.
        PlotPanel* loss = w.plot("lossPlot");
        QVERIFY(QTest::qWaitFor([&] { return loss->pointCount(0) > 60; }, 30000));
        QVERIFY(w.epochTable()->rowCount() >= 1);
        for (const char* name : {"schedulePlot", "gradNormPlot", "parameterGradPlot",
                                 "updateRatioPlot", "activationPlot"})
            QVERIFY2(w.plot(name)->pointCount(0) > 0, name);
        pause->trigger();
        QVERIFY(waitForState(w, RunState::Paused));
        QCOMPARE(pause->text().remove('&'), QStringLiteral("Resume"));
        pause->trigger();
        QVERIFY(waitForState(w, RunState::Running));
        stop->trigger();
        QVERIFY(waitForState(w, RunState::Stopped));
        QVERIFY(w.configPanel()->editor("hidden")->isEnabled());
        QVERIFY(start->isEnabled());
        QVERIFY(w.action("saveCheckpoint")->isEnabled());
        // The model trained and nobody saved it: Reset asks first, and Cancel keeps it.
        ScriptedQuestions* questions = answerQuestions(w);
        questions->unsaved = WindowQuestions::Unsaved::Cancel;
        w.action("reset")->trigger();
        QCOMPARE(questions->asked_unsaved, 1);
        QCOMPARE(w.controller()->state(), RunState::Stopped);
        QVERIFY(loss->pointCount(0) > 0);
        questions->unsaved = WindowQuestions::Unsaved::Discard;
        w.action("reset")->trigger();
        QVERIFY(waitForState(w, RunState::Idle));
        QCOMPARE(loss->pointCount(0), 0);
        QCOMPARE(w.epochTable()->rowCount(), 0);
    }

    void aDroppedFileBecomesTheCorpus() {
        QTemporaryDir dir;
        const QString path = dir.filePath("story.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("once upon a time\n");
        f.close();
        MainWindow w;
        w.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(QString::fromStdString(w.configPanel()->config().getText("corpus")), path);
        QVERIFY(w.action("openCorpus")->isEnabled());
        // Read at once, off the window's thread: too short, said in the form before Start, and
        // every line of it shows though the form was laid out for the one-line "Reading …".
        auto* summary = w.configPanel()->findChild<QLabel*>("layoutSummary");
        QTRY_VERIFY2(w.configPanel()->summaryText().contains("too short"),
                     qPrintable(w.configPanel()->summaryText()));
        QTRY_VERIFY2(summary->height() >= summary->heightForWidth(summary->width()),
                     qPrintable(QStringLiteral("%1 px tall, %2 needed")
                                    .arg(summary->height())
                                    .arg(summary->heightForWidth(summary->width()))));
        // Too short for LM1's batches: the run refuses it with the length it needs.
        QSignalSpy failed(w.controller(), &TrainingController::failed);
        w.startRun();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(1).toString().contains("is too short: 4 tokens"),
                 qPrintable(failed.at(0).at(1).toString()));
    }

    void startIsRefusedWhileTheFormIsWrong() {
        MainWindow w;
        QVERIFY(w.configPanel()->setValueText("lr", "1000"));
        QVERIFY(!w.action("start")->isEnabled());
        w.startRun();
        QCOMPARE(w.controller()->state(), RunState::Idle);
        QVERIFY(w.configPanel()->setValueText("lr", "0.01"));
        QVERIFY(w.action("start")->isEnabled());
    }

    // LM5 at lr = 10 explodes at step 117 (defect 1: every remedy used to stop again at the same
    // step with the same loss). The banner's rewinds go back to the last snapshot before the
    // step: with clipping at 1 (the rate stays 10), then, as often as it diverges again, with the
    // rate ÷ 10. The run trains all its epochs, the plots keep each abandoned stretch, faded, and
    // the form shows the run's rate and clipping (a later live edit would otherwise put 10 back).
    // With UNROLL_SCREENSHOTS=DIR it renders DIR/divergence-rewind.png at the first divergence
    // after a rewind: the banner and a faded stretch together (docs/).
    void lm5AtLearningRateTenRecoversThroughTheBanner() {
        MainWindow w;
        w.resize(1560, 980);
        w.show();
        w.configPanel()->loadPreset("lm5");
        QVERIFY(w.configPanel()->setValueText("lr", "10"));
        QVERIFY(w.configPanel()->setValueText("epochs", "5"));
        w.startRun();
        QVERIFY(waitForState(w, RunState::Running));
        QVERIFY(waitForState(w, RunState::Diverged, 60000));
        QVERIFY(w.banner()->isVisible());
        const QString text = w.banner()->message();
        QVERIFY2(text.contains("loss") && text.contains("snapshot") && text.contains("LSTM"),
                 qPrintable(text));
        QVERIFY(w.allows(RunAction::Rewind) && w.allows(RunAction::SkipBatch));
        QVERIFY(!w.action("start")->isEnabled() && w.action("stop")->isEnabled());
        PlotPanel* loss = w.plot("lossPlot");
        w.controller()->drainNow();
        const int before = loss->pointCount(LossPlot::SmoothLoss);
        int rewinds = 0;
        const QString shots = qEnvironmentVariable("UNROLL_SCREENSHOTS");
        while (w.controller()->state() == RunState::Diverged) {
            QVERIFY2(++rewinds <= 6, "still diverging after six rewinds");
            QVERIFY(w.banner()->event().rewind_to >= 0);
            if (rewinds == 2 && !shots.isEmpty()) {
                w.refreshAll();
                QVERIFY(w.grab().save(shots + "/divergence-rewind.png"));
            }
            auto* rewind = w.banner()->findChild<QPushButton*>(rewinds == 1 ? "rewindClip"
                                                                            : "rewindLowerRate");
            QVERIFY(rewind && rewind->isEnabled());
            QSignalSpy changed(w.controller(), &TrainingController::settingsChanged);
            rewind->click();
            QVERIFY(changed.wait(10000));
            const Config run = changed.at(0).at(0).value<Config>();
            if (rewinds == 1) {
                QCOMPARE(run.getFloat("clip"), 1.0);
                QCOMPARE(run.getFloat("lr"), 10.0);
                // The abandoned stretch stays, faded, once the first step after the snapshot
                // arrives; the live curve goes back to the snapshot.
                QTRY_VERIFY(loss->abandonedCount(LossPlot::SmoothLoss) > 0);
                QVERIFY(loss->pointCount(LossPlot::SmoothLoss) < before);
            }
            QCOMPARE(w.configPanel()->config().getFloat("lr"), run.getFloat("lr"));
            QCOMPARE(w.configPanel()->config().getFloat("clip"), 1.0);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const RunState s = w.controller()->state();
                    return s == RunState::Finished || s == RunState::Diverged;
                },
                120000));
        }
        QCOMPARE(w.controller()->state(), RunState::Finished);
        QCOMPARE(w.epochTable()->rowCount(), 5);
        const RunSummary record =
            RunStore(w.controller()->runsFolder().toStdString()).find(w.shownRunId());
        QCOMPARE(record.status, std::string("finished"));
        // Recovered: trained to the end with a finite loss. How well is not asked: the snapshot
        // before the divergence already holds dozens of steps at rate 10, and what a lower rate
        // makes of them depends on float rounding (valid loss 2.7 to 4.4 with kernels that agree
        // to 3e-7).
        QVERIFY(record.valid_loss && std::isfinite(*record.valid_loss));
    }

    // A second click on a remedy before the worker has answered the first is refused (defect:
    // the controller stayed Diverged until the worker's answer, so both clicks were applied and
    // the rate was divided by 100; the test above clicked twice whenever the machine was busy).
    void aSecondRemedyClickIsRefused() {
        MainWindow w;
        w.configPanel()->loadPreset("lm5");
        QVERIFY(w.configPanel()->setValueText("lr", "10"));
        QVERIFY(w.configPanel()->setValueText("epochs", "5"));
        w.startRun();
        QVERIFY(waitForState(w, RunState::Diverged, 60000));
        auto* lower = w.banner()->findChild<QPushButton*>("rewindLowerRate");
        QVERIFY(lower && lower->isEnabled());
        QSignalSpy changed(w.controller(), &TrainingController::settingsChanged);
        lower->click();
        QCOMPARE(w.controller()->state(), RunState::Running);  // at once, before any answer
        QVERIFY(!w.allows(RunAction::Rewind));
        lower->click();  // a fast second click on the banner as it goes
        QVERIFY(changed.wait(10000));
        QTest::qWait(300);  // room for a second answer, which must not come
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Config>().getFloat("lr"), 1.0);
        w.stopRun();
        QVERIFY(waitForState(w, RunState::Stopped, 10000) ||
                w.controller()->state() == RunState::Finished);
    }

    // After Stop the banner is gone and its remedies do nothing (defect 2: "Resume as it is" put
    // a stopped run back into Paused).
    void theBannerIsOnlyForADivergedRun() {
        MainWindow w;
        w.configPanel()->loadPreset("lm5");
        QVERIFY(w.configPanel()->setValueText("lr", "10"));
        w.startRun();
        QVERIFY(waitForState(w, RunState::Diverged, 60000));
        QVERIFY(!w.banner()->isHidden());
        auto* stop = w.banner()->findChild<QPushButton*>("stopRun");
        QVERIFY(stop);
        stop->click();
        QVERIFY(waitForState(w, RunState::Stopped));
        QVERIFY(w.banner()->isHidden());
        QVERIFY(!w.allows(RunAction::Rewind) && !w.allows(RunAction::Resume));
        w.controller()->recover({Remedy::Kind::Rewind, 10.0, 0.0});
        w.controller()->resume();
        QVERIFY(w.controller()->flush());
        QCOMPARE(w.controller()->state(), RunState::Stopped);
    }

    // Defect 3: a Start that fails (a corpus that is not there) used to throw the trained model
    // away while its plots stayed; Generate then had no model and Save As wrote nothing. Now
    // the run before it stays exactly as it was, and the error shows beside the form.
    void aFailedStartKeepsThePreviousRun() {
        QTemporaryDir dir;
        MainWindow w;
        ScriptedQuestions* questions = answerQuestions(w);
        QVERIFY(trainOneEpoch(w));
        const std::string run = w.controller()->session().run_id;
        QCOMPARE(w.shownRunId(), run);
        PlotPanel* loss = w.plot("lossPlot");
        QTRY_VERIFY(loss->pointCount(LossPlot::TrainLoss) > 0);
        const int points = loss->pointCount(LossPlot::TrainLoss);
        const QString missing = dir.filePath("no-such-corpus.txt");
        QVERIFY(w.configPanel()->setValueText("corpus", missing));
        w.startRun();
        QCOMPARE(questions->asked_unsaved, 1);  // the run was never saved
        QSignalSpy failed(w.controller(), &TrainingController::startFailed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(w.controller()->state(), RunState::Finished);
        QVERIFY(w.controller()->hasSession());
        QCOMPARE(w.controller()->session().run_id, run);
        QCOMPARE(w.shownRunId(), run);
        QCOMPARE(loss->pointCount(LossPlot::TrainLoss), points);
        QVERIFY2(w.formError().contains("no-such-corpus.txt"), qPrintable(w.formError()));
        // The model is still there: it generates, and Save As writes it.
        QSignalSpy generated(w.controller(), &TrainingController::generationFinished);
        QSignalSpy refused(w.controller(), &TrainingController::generationFailed);
        w.controller()->generate(QStringLiteral("one . two . three"), SamplingOptions{});
        QVERIFY(QTest::qWaitFor([&] { return !generated.isEmpty() || !refused.isEmpty(); }, 10000));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(0).toString()));
        questions->save_path = dir.filePath("kept.safetensors");
        QSignalSpy saved(w.controller(), &TrainingController::saved);
        w.action("saveCheckpointAs")->trigger();
        QVERIFY(saved.wait(10000));
        QVERIFY(QFile::exists(questions->save_path));
        // Saved: starting again drops nothing unsaved, so it does not ask.
        QVERIFY(w.configPanel()->setValueText("corpus", "builtin:human-numbers"));
        QSignalSpy ready(w.controller(), &TrainingController::sessionReady);
        w.startRun();
        QCOMPARE(questions->asked_unsaved, 1);
        QVERIFY(ready.wait(10000));
        QVERIFY(waitForState(w, RunState::Finished));
        QVERIFY2(w.formError().isEmpty(), qPrintable(w.formError()));
        QVERIFY(w.controller()->session().run_id != run);
    }

    // Starting over a model with unsaved training asks: Save writes it first (to the file the
    // person picks), Cancel keeps everything as it was.
    void startAsksToSaveFirst() {
        QTemporaryDir dir;
        MainWindow w;
        ScriptedQuestions* questions = answerQuestions(w);
        QVERIFY(trainOneEpoch(w));
        const std::string run = w.controller()->session().run_id;
        questions->unsaved = WindowQuestions::Unsaved::Cancel;
        w.startRun();
        QCOMPARE(w.controller()->state(), RunState::Finished);
        QCOMPARE(w.controller()->session().run_id, run);
        questions->unsaved = WindowQuestions::Unsaved::Save;
        questions->save_path = dir.filePath("first.safetensors");
        w.startRun();
        QCOMPARE(questions->asked_unsaved, 2);
        QVERIFY(QFile::exists(questions->save_path));
        QVERIFY(waitForState(w, RunState::Finished));
        QVERIFY(w.controller()->session().run_id != run);
        // The new run does not write to the first one's file.
        QVERIFY(w.checkpointPath().isEmpty());
    }

    // A finished run goes on for more epochs (defect 7's other half): raise Epochs, Continue.
    // The added epochs follow a new one-cycle, and the run's record says 2 of 2.
    void aFinishedRunContinues() {
        MainWindow w;
        answerQuestions(w);
        QVERIFY(trainOneEpoch(w));
        QAction* more = w.action("continue");
        QVERIFY(!more->isEnabled());  // as many epochs as it had: nothing to continue
        QVERIFY(w.configPanel()->setValueText("hidden", "32"));
        QVERIFY(w.configPanel()->setValueText("epochs", "2"));
        QVERIFY(!more->isEnabled());  // another model is a new run
        QVERIFY(w.configPanel()->setValueText("hidden", "64"));
        QVERIFY(more->isEnabled());
        QSignalSpy continued(w.controller(), &TrainingController::runContinued);
        more->trigger();
        QVERIFY(continued.wait(10000));
        QCOMPARE(continued.at(0).at(0).value<SessionInfo>().cycle_start,
                 w.controller()->session().steps_done);
        // Still Finished until the worker's Running arrives: wait for the run's end, not a state.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.epochTable()->rowCount() == 2 &&
                       w.controller()->state() == RunState::Finished;
            },
            30000));
        const RunSummary record =
            RunStore(w.controller()->runsFolder().toStdString()).find(w.shownRunId());
        QCOMPARE(record.status, std::string("finished"));
        QCOMPARE(record.epochs, 2);
        QCOMPARE(record.epochs_done, 2);
    }

    void closingMidRunStopsWithinABatch() {
        auto* w = new MainWindow;
        w->show();
        w->configPanel()->loadPreset("lm6");
        QVERIFY(w->configPanel()->setValueText("epochs", "50"));
        w->startRun();
        QVERIFY(QTest::qWaitFor(
            [&] { return w->progress() && w->controller()->stepsReported() > 5; }, 30000));
        ScriptedQuestions* questions = answerQuestions(*w);
        QElapsedTimer t;
        t.start();
        QVERIFY(w->close());
        QCOMPARE(questions->asked_unsaved, 1);  // the run's training was in no checkpoint
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        delete w;
    }

    void checkpointsSaveAndOpenToResume() {
        QTemporaryDir dir;
        const QString path = dir.filePath("run.safetensors");
        QVERIFY(saveRun(path, "lm6", 3, true));
        MainWindow w;
        w.controller()->open(path);
        QVERIFY(waitForState(w, RunState::Paused));
        // The opened run brings its settings, its history and its place.
        QCOMPARE(w.configPanel()->config().getText("arch"), std::string("lm6"));
        QCOMPARE(w.configPanel()->config().getInt("epochs"), std::int64_t(3));
        QVERIFY(w.epochTable()->rowCount() >= 1);
        QVERIFY(!w.configPanel()->editor("hidden")->isEnabled());
        QCOMPARE(w.action("pause")->text().remove('&'), QStringLiteral("Resume"));
        w.action("pause")->trigger();
        QVERIFY(waitForState(w, RunState::Finished, 60000));
        QCOMPARE(w.epochTable()->rowCount(), 3);
    }

    // A checkpoint file belongs to the run that chose it: after opening one, a new run starts
    // with no file, and its autosave goes into its own folder in the run store — the opened
    // file is left as it was (it used to be overwritten every epoch).
    void aNewRunNeverWritesAnotherRunsCheckpoint() {
        QTemporaryDir dir;
        const QString path = dir.filePath("first.safetensors");
        QVERIFY(saveRun(path, "lm1", 2, true));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        MainWindow w;
        QVERIFY(w.useFile(path));
        QVERIFY(waitForState(w, RunState::Paused));
        QCOMPARE(w.checkpointPath(), path);
        w.action("autosave")->setChecked(true);
        w.action("reset")->trigger();
        QVERIFY(waitForState(w, RunState::Idle));
        w.configPanel()->loadPreset("lm3");
        QVERIFY(w.configPanel()->setValueText("epochs", "1"));
        QSignalSpy saved(w.controller(), &TrainingController::saved);
        w.startRun();
        QVERIFY(w.checkpointPath().isEmpty());
        QVERIFY(waitForState(w, RunState::Finished, 60000));
        QTRY_COMPARE(saved.count(), 1);
        w.action("autosave")->setChecked(false);  // the test's own preference, put back
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == before, "the opened run's checkpoint was overwritten");
        const QString autosaved = saved.at(0).at(0).toString();
        const QString folder = QString::fromStdString(w.controller()->session().run_folder);
        QVERIFY(!folder.isEmpty());
        QCOMPARE(autosaved, folder + "/autosave.safetensors");
        QVERIFY(QFile::exists(autosaved));
    }

    // A checkpoint of a finished run opens as finished: no Resume that does nothing, and the
    // Runs list does not call it running (it used to open as Paused, "running (epoch 2 of 2)").
    void aFinishedRunOpensAsFinished() {
        QTemporaryDir dir;
        const QString path = dir.filePath("done.safetensors");
        QVERIFY(saveRun(path, "lm1", 1, false));
        MainWindow w;
        QVERIFY(w.useFile(path));
        QVERIFY(waitForState(w, RunState::Finished));
        QVERIFY(!w.action("pause")->isEnabled());
        const std::string run = w.controller()->session().run_id;
        QVERIFY(!run.empty());
        QCOMPARE(RunStore(w.controller()->runsFolder().toStdString()).find(run).status,
                 std::string("finished"));
    }

    void aBrokenCheckpointIsReportedAndChangesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.safetensors");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x10\x00\x00\x00\x00\x00\x00\x00{not json at all");
        f.close();
        MainWindow w;
        QSignalSpy failed(w.controller(), &TrainingController::failed);
        w.controller()->open(path);
        QVERIFY(failed.wait(10000));
        QVERIFY2(w.lastError().contains("broken.safetensors"), qPrintable(w.lastError()));
        QVERIFY(waitForState(w, RunState::FailedToStart));
        QVERIFY2(w.formError().contains("broken.safetensors"), qPrintable(w.formError()));
        QVERIFY(w.action("start")->isEnabled());
    }

    void learningRateDialogOffersTheSuggestions() {
        LrFindResult r;
        for (int i = 0; i < 50; ++i) {
            r.lrs.push_back(1e-6 * std::pow(10.0, i / 7.0));
            r.losses.push_back(3.0 - std::min(i, 30) * 0.05 + (i > 40 ? (i - 40) * 0.5 : 0));
        }
        r.suggestions = {2e-3, 1e-3, 5e-4};
        r.stopped_because = "diverged";
        LrFinderDialog dialog(r);
        QSignalSpy chosen(&dialog, &LrFinderDialog::learningRateChosen);
        QCOMPARE(dialog.plot()->graphCount(), 4);  // the curve and three suggestions
        QCOMPARE(dialog.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QPushButton* use = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text().contains("valley"))
                use = b;
        QVERIFY(use);
        use->click();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toDouble(), 2e-3);
    }

    void windowWithAStubSessionRendersAndGrabs() {
        test::StubCounters counters;
        auto* controller = new TrainingController(
            [&](const Config&) {
                return std::make_unique<test::StubSession>(&counters, 1ms, 1, 100);
            },
            {});
        MainWindow w(controller);
        w.show();
        w.startRun();
        QVERIFY(waitForState(w, RunState::Finished));
        w.refreshAll();
        QTRY_COMPARE(w.plot("lossPlot")->pointCount(0), 100);
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull() && shot.width() >= 1000);
    }

    void translationsAreComplete() {
        // Every message of both languages is translated (lupdate marks the rest "unfinished").
        for (const char* lang : {"de", "fr"}) {
            QFile f(QStringLiteral(UNROLL_TRANSLATIONS_DIR "/unroll_%1.ts").arg(lang));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            int messages = 0;
            QString source;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    ++messages;
                    const bool unfinished = !xml.attributes().value("type").isEmpty();
                    // Plural forms are <numerusform> elements inside the translation.
                    const QString text =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    QVERIFY2(!unfinished && !text.isEmpty(),
                             qPrintable(QStringLiteral("%1: %2").arg(lang, source)));
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(messages > 200, qPrintable(QString::number(messages)));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
