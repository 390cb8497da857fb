// Runs you can compare: the follower reads a log written in chunks with partial lines and shows
// an epoch within a second of its line; the Runs panel lists, renames, deletes (refusing a run
// that is still training) and compares recorded runs, and exports the comparison; a race trains
// presets on the same corpus and seed and records them all; and the window remembers its layout,
// configuration and recent files between sessions.
#include <QtTest>

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

#include "panels/config_panel.h"
#include "plots/compare_plot.h"
#include "runs/compare_panel.h"
#include "runs/log_follower.h"
#include "runs/runs_panel.h"
#include "unroll/corpus.h"
#include "unroll/run_store.h"
#include "window/main_window.h"
#include "window/recent_files.h"
#include "window_test_support.h"

using namespace unroll;

namespace {

// A short LM1 run recorded into the store at `root`; returns its id.
std::string recordRun(const QString& root, const std::string& name, int epochs = 1) {
    static const Corpus corpus = humanNumbersCorpus();
    Config c = findPreset("lm1").config();
    c.set("epochs", std::int64_t(epochs));
    Trainer trainer(c, corpus);
    auto recorder = RunStore(root.toStdString()).record(trainer, "lm1", "cli", name);
    trainer.fit(recorder.get());
    recorder->finish("finished");
    return recorder->summary().id;
}

QByteArray readAll(const std::string& path) {
    QFile f(QString::fromStdString(path));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void append(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(bytes);
    f.flush();
}

}  // namespace

class TestRunsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    // A real run's log, written to the followed file in uneven chunks that cut lines anywhere:
    // the follower parses every complete line, waits for the rest of a cut one, and sees each
    // epoch line within a second of its newline being written.
    void followsALogWrittenInChunks() {
        QTemporaryDir dir;
        const QByteArray log = readAll(RunStore(dir.filePath("runs").toStdString())
                                           .find(recordRun(dir.filePath("runs"), "source", 2))
                                           .logPath());
        const QString path = dir.filePath("live.jsonl");
        QFile::remove(path);
        LogFollower follower(path);  // before the file exists, as when a run is about to start
        QCOMPARE(follower.series().has_header, false);

        int at = 0, chunk = 1;
        double worst_ms = 0;
        while (at < log.size()) {
            const int n = std::min<int>(log.size() - at, 37 * chunk++ % 900 + 1);
            const QByteArray piece = log.mid(at, n);
            at += n;
            const size_t epochs_before = follower.series().epochs.size();
            const int epoch_lines = piece.count("\"type\":\"epoch\"");
            QElapsedTimer clock;
            clock.start();
            append(path, piece);
            // Only epochs whose newline arrived in this chunk count.
            const QByteArray done = log.left(at).left(log.left(at).lastIndexOf('\n') + 1);
            const size_t expected = static_cast<size_t>(done.count("\"type\":\"epoch\""));
            if (expected > epochs_before) {
                QTRY_VERIFY_WITH_TIMEOUT(follower.series().epochs.size() == expected, 1000);
                worst_ms = std::max<double>(worst_ms, clock.elapsed());
            } else {
                Q_UNUSED(epoch_lines);
                QTest::qWait(1);
            }
            QTRY_COMPARE_WITH_TIMEOUT(follower.bytesRead(), qint64(at), 1000);
            QCOMPARE(follower.parser().pending(),
                     size_t(at - (log.left(at).lastIndexOf('\n') + 1)));
        }
        QCOMPARE(follower.series().epochs.size(), size_t(2));
        QVERIFY(follower.parser().error().empty());
        QVERIFY(follower.ended());
        QVERIFY2(worst_ms < 1000, qPrintable(QString::number(worst_ms)));
        // A file written again from the start is read again from the start.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(log.left(log.indexOf('\n') + 1));
        f.close();
        follower.readMore();
        QCOMPARE(follower.series().epochs.size(), size_t(0));
        QVERIFY(follower.series().has_header);
    }

    void listsRenamesDeletesAndCompares() {
        QTemporaryDir dir;
        const QString root = dir.filePath("runs");
        const QString a = QString::fromStdString(recordRun(root, "alpha", 2));
        const QString b = QString::fromStdString(recordRun(root, "beta", 1));
        RaceRunner race;
        RunsPanel panel(root, race);
        panel.resize(1000, 700);
        panel.show();
        QCOMPARE(panel.table()->rowCount(), 2);
        QCOMPARE(panel.runs().size(), size_t(2));
        panel.select({a, b});
        QCOMPARE(panel.selectedIds().size(), 2);
        ComparePanel* compare = panel.compare();
        QCOMPARE(compare->followerCount(), 2);
        compare->setMetric(CompareMetric::ValidLoss);
        compare->setAxis(CompareAxis::Epoch);
        compare->rebuildNow();
        ComparePlot* plot = compare->plot();
        QCOMPARE(plot->seriesCount(), 2);
        int alpha = plot->seriesName(0) == "alpha" ? 0 : 1;
        QCOMPARE(plot->pointCount(alpha), 2);
        QCOMPARE(plot->pointCount(1 - alpha), 1);
        // The table of final metrics agrees with the store.
        QTableWidget* finals = compare->finals();
        QCOMPARE(finals->rowCount(), 2);
        const RunSummary ra = RunStore(root.toStdString()).find(a.toStdString());
        bool found = false;
        for (int r = 0; r < 2; ++r)
            if (finals->item(r, 0)->text() == "alpha") {
                QCOMPARE(finals->item(r, 4)->text(), QString::number(*ra.valid_loss, 'f', 4));
                found = true;
            }
        QVERIFY(found);
        // The comparison's CSV: one row per epoch, a column per run, a gap where beta has none.
        const QStringList csv = plot->csv().trimmed().split('\n');
        QCOMPARE(csv.size(), 3);
        QVERIFY2(csv[0].startsWith("\"epoch\"") && csv[0].contains("\"alpha\"") &&
                     csv[0].contains("\"beta\""),
                 qPrintable(csv[0]));
        QVERIFY(csv[2].endsWith(',') || csv[2].contains(",,"));
        QTemporaryDir out;
        QVERIFY(plot->exportImage(out.filePath("compare.png")));
        QVERIFY(plot->exportImage(out.filePath("compare.svg")));
        QVERIFY(!panel.grab().isNull());

        QVERIFY(panel.renameRun(a, "alpha (baseline)"));
        QCOMPARE(QString::fromStdString(RunStore(root.toStdString()).find(a.toStdString()).name),
                 QStringLiteral("alpha (baseline)"));
        QVERIFY(!panel.renameRun(a, "   "));
        QVERIFY(panel.lastError().contains("cannot be empty"));
        // The rename shows in the comparison too (same colour, new name).
        panel.select({a});
        compare->rebuildNow();
        QCOMPARE(plot->seriesName(0), QStringLiteral("alpha (baseline)"));

        // A log followed by hand joins the comparison until "Stop following".
        const QString extra =
            QString::fromStdString(RunStore(root.toStdString()).find(b.toStdString()).logPath());
        panel.followLog(extra);
        QCOMPARE(compare->followerCount(), 2);
        auto* stop = compare->findChild<QPushButton*>("stopFollowing");
        QVERIFY(!stop->isHidden());
        stop->click();
        QCOMPARE(compare->followerCount(), 1);
        QVERIFY(stop->isHidden());

        QVERIFY(panel.deleteRuns({b}, false));
        QCOMPARE(panel.table()->rowCount(), 1);
        QVERIFY(!QDir(root + "/" + b).exists());
    }

    // A run keeps a copy of its checkpoint; the panel hands it, and the run's settings, to the
    // window.
    void opensACheckpointAndSettings() {
        QTemporaryDir dir;
        const QString root = dir.filePath("runs");
        static const Corpus corpus = humanNumbersCorpus();
        Config c = findPreset("lm3").config();
        c.set("epochs", std::int64_t(1));
        Trainer trainer(c, corpus);
        auto recorder = RunStore(root.toStdString()).record(trainer, "lm3", "cli", "saved");
        trainer.fit(recorder.get());
        const std::string saved = dir.filePath("lm3.safetensors").toStdString();
        trainer.save(saved);
        recorder->checkpointSaved(saved);
        recorder->finish("finished");
        const QString id = QString::fromStdString(recorder->summary().id);
        QFile::remove(QString::fromStdString(saved));  // the run's own copy remains

        RaceRunner race;
        RunsPanel panel(root, race);
        panel.select({id});
        auto* open = panel.findChild<QAction*>("openRunCheckpoint");
        auto* settings = panel.findChild<QAction*>("useRunSettings");
        QVERIFY(open->isEnabled() && settings->isEnabled());
        QSignalSpy opened(&panel, &RunsPanel::openCheckpointRequested);
        QSignalSpy used(&panel, &RunsPanel::useSettingsRequested);
        open->trigger();
        settings->trigger();
        QCOMPARE(opened.size(), 1);
        const QString path = opened.at(0).at(0).toString();
        QVERIFY(path.endsWith(id + "/checkpoint.safetensors"));
        QCOMPARE(used.size(), 1);
        const Config config = used.at(0).at(0).value<Config>();
        QCOMPARE(config.getText("arch"), std::string("lm3"));
        QCOMPARE(config.getInt("epochs"), std::int64_t(1));
        // The copy is a checkpoint the engine opens.
        QCOMPARE(Trainer::load(path.toStdString())->history().size(), size_t(1));
        panel.select({});
        QVERIFY(!open->isEnabled());
    }

    // A run still being written by a live process cannot be deleted.
    void aRunningRunIsNotDeleted() {
        QTemporaryDir dir;
        const QString root = dir.filePath("runs");
        static const Corpus corpus = humanNumbersCorpus();
        Trainer trainer(findPreset("lm1").config(), corpus);
        auto recorder = RunStore(root.toStdString()).record(trainer, "lm1", "gui", "live");
        RaceRunner race;
        RunsPanel panel(root, race);
        const QString id = QString::fromStdString(recorder->summary().id);
        QVERIFY(!panel.deleteRuns({id}, false));
        QVERIFY2(panel.lastError().contains("still training"), qPrintable(panel.lastError()));
        recorder->finish("stopped");
        panel.refreshList();
        QVERIFY(panel.deleteRuns({id}, false));
    }

    // Three presets raced in turn, one step each: all recorded as race runs with the same seed
    // and corpus, all finished, and compared as they go.
    void raceRecordsEveryRacer() {
        QTemporaryDir dir;
        const QString root = dir.filePath("runs");
        RaceRunner race;
        RunsPanel panel(root, race);
        Config base = findPreset("lm4").config();
        base.set("seed", std::int64_t(7));
        QSignalSpy started(panel.race(), &RaceRunner::started);
        QSignalSpy finished(panel.race(), &RaceRunner::finished);
        panel.startRace({"lm1", "lm2", "lm4"}, RaceRunner::Order::Interleaved, base, 1);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(started.size(), 1);
        const QStringList ids = started.at(0).at(0).toStringList();
        QCOMPARE(ids.size(), 3);
        RunStore store(root.toStdString());
        for (const QString& id : ids) {
            const RunSummary r = store.find(id.toStdString());
            QCOMPARE(r.origin, std::string("race"));
            QCOMPARE(r.status, std::string("finished"));
            QCOMPARE(r.epochs_done, 1);
            const QByteArray config = readAll(r.folder + "/config.json");
            QVERIFY(config.contains("\"seed\": 7"));
        }
        // The racers are selected and compared.
        QCOMPARE(panel.selectedIds().size(), 3);
        QCOMPARE(panel.compare()->followerCount(), 3);
        panel.compare()->rebuildNow();
        QCOMPARE(panel.compare()->plot()->seriesCount(), 3);
        // Interleaved: one step each in turn.
        QCOMPARE(panel.race()->openingSteps(),
                 (std::vector<int>{0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}));
        // One after another: the first racer trains to its end before the second begins.
        QSignalSpy again(panel.race(), &RaceRunner::finished);
        panel.startRace({"lm1", "lm2"}, RaceRunner::Order::OneAfterAnother, base, 1);
        QVERIFY(again.wait(60000));
        QCOMPARE(panel.race()->openingSteps(), std::vector<int>(12, 0));
        QCOMPARE(RaceRunner::racersFor({"lm7"}, base).front().config.getInt("seed"), 7);
        QCOMPARE(RaceRunner::racersFor({"lm7"}, base).front().config.getText("arch"),
                 std::string("lm7"));
    }

    void settingsPersist() {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
        {
            MainWindow w;
            w.restoreSession();
            QVERIFY(w.configPanel()->setValueText("hidden", "48"));
            w.tabs()->setCurrentWidget(w.runsPanel());
            w.resize(900, 700);
            w.close();
        }
        {
            MainWindow w;
            QCOMPARE(w.configPanel()->config().getInt("hidden"), 64);  // not restored unasked
            w.restoreSession();
            QCOMPARE(w.configPanel()->config().getInt("hidden"), 48);
            QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.runsPanel()));
            QCOMPARE(w.size(), QSize(900, 700));
        }
        // Recent files: newest first, once each, at most kMaxRecent, and only those that exist.
        QStringList files;
        for (int i = 0; i < kMaxRecent + 2; ++i) {
            files << dir.filePath(QStringLiteral("f%1.txt").arg(i));
            QFile f(files.back());
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        for (const QString& f : files)
            addRecentFile("recent/test", f);
        addRecentFile("recent/test", files[kMaxRecent + 1]);
        QStringList recent = recentFiles("recent/test");
        QCOMPARE(recent.size(), kMaxRecent);
        QCOMPARE(recent.front(), files.back());
        QVERIFY(!recent.contains(files.front()));
        QFile::remove(files.back());
        recent = recentFiles("recent/test");
        QCOMPARE(recent.front(), files[kMaxRecent]);
    }
};

QTEST_MAIN(TestRunsPanel)
#include "test_runs_panel.moc"
