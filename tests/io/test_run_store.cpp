// The run store and the run log reader: a recorded run is listed with its final metrics; rename
// and delete work and refuse what they must; a run killed mid-way (summary missing, damaged, or
// "running" for a process that is gone) is recovered from its log; and the reader parses a log fed
// in arbitrary chunks exactly as the whole file, waiting for a truncated last line.
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "test_support.h"
#include "unroll/run_comparison.h"
#include "unroll/run_log_reader.h"
#include "unroll/run_store.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// A short LM1 run recorded into `store`; returns its id.
std::string recordRun(RunStore& store, int epochs, const std::string& name = "") {
    Trainer trainer(quick("lm1", epochs), numbers());
    auto recorder = store.record(trainer, "lm1", "cli", name);
    trainer.fit(recorder.get());
    recorder->finish("finished");
    return recorder->summary().id;
}

RunSeries parseAll(const std::string& bytes) {
    RunLogParser parser;
    parser.feed(bytes);
    return parser.series();
}

}  // namespace

class TestRunStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void aRecordedRunIsListed() {
        QTemporaryDir dir;
        RunStore store(dir.path().toStdString());
        QVERIFY(store.list().empty());
        Trainer trainer(quick("lm1", 2), numbers());
        auto recorder = store.record(trainer, "lm1", "gui");
        // While it trains, it is listed as running (this process is alive).
        QCOMPARE(store.list().at(0).status, std::string("running"));
        trainer.fit(recorder.get());
        const std::string saved = (dir.path() + "/lm1.safetensors").toStdString();
        trainer.save(saved);
        recorder->checkpointSaved(saved);
        recorder->finish("finished");
        const auto runs = store.list();
        QCOMPARE(runs.size(), size_t(1));
        const RunSummary& r = runs[0];
        QCOMPARE(r.status, std::string("finished"));
        QCOMPARE(r.arch, std::string("lm1"));
        QCOMPARE(r.origin, std::string("gui"));
        QCOMPARE(r.epochs_done, 2);
        QVERIFY(r.valid_loss.has_value());
        QCOMPARE(*r.valid_loss, trainer.history().back().valid_loss);
        QCOMPARE(*r.accuracy, trainer.history().back().valid_accuracy);
        QVERIFY(r.duration_s > 0);
        QVERIFY(r.problem.empty());
        // The run keeps its own copy of the checkpoint, byte for byte.
        QCOMPARE(r.checkpoint, r.folder + "/checkpoint.safetensors");
        QCOMPARE(r.saved_as, saved);
        QCOMPARE(readFile(r.checkpoint), readFile(saved));
        QVERIFY(std::filesystem::exists(r.folder + "/config.json"));
        // The log reads back: the epochs are the trainer's.
        const RunSeries s = parseAll(readFile(r.logPath()));
        QCOMPARE(s.epochs.size(), size_t(2));
        QCOMPARE(s.epochs[1].valid_loss, trainer.history()[1].valid_loss);
        QCOMPARE(s.steps.size(), size_t(trainer.stepsDone()));
        QCOMPARE(s.outcome, std::string("finished"));
    }

    // Runs are told apart by number: "lm1 #1", "lm1 #2", … after the preset; a renamed run
    // keeps its name, and numbering goes on from the highest.
    void runsAreNumberedByPreset() {
        QTemporaryDir dir;
        RunStore store(dir.path().toStdString());
        const std::string a = recordRun(store, 1);
        const std::string b = recordRun(store, 1);
        QCOMPARE(store.find(a).name, std::string("lm1 #1"));
        QCOMPARE(store.find(b).name, std::string("lm1 #2"));
        store.rename(a, "baseline");
        QCOMPARE(store.find(recordRun(store, 1)).name, std::string("lm1 #3"));
        QCOMPARE(store.find(recordRun(store, 1, "mine")).name, std::string("mine"));
        Trainer lm3(quick("lm3"), numbers());
        QCOMPARE(store.record(lm3, "lm3", "gui")->summary().name, std::string("lm3 #1"));
        QCOMPARE(store.record(lm3, "", "gui")->summary().name, std::string("lm3 #2"));
    }

    void renameAndDelete() {
        QTemporaryDir dir;
        RunStore store(dir.path().toStdString());
        const std::string a = recordRun(store, 1, "first");
        const std::string b = recordRun(store, 1);
        QCOMPARE(store.list().size(), size_t(2));
        store.rename(a, "baseline LM1");
        QCOMPARE(store.find(a).name, std::string("baseline LM1"));
        QVERIFY_THROWS_EXCEPTION(RunStoreError, store.rename(a, "  "));
        store.remove(b);
        QCOMPARE(store.list().size(), size_t(1));
        QCOMPARE(store.list()[0].id, a);
        QVERIFY_THROWS_EXCEPTION(RunStoreError, store.remove(b));
        QVERIFY_THROWS_EXCEPTION(RunStoreError, store.remove("../" + a));
        QVERIFY_THROWS_EXCEPTION(RunStoreError, store.rename("..", "x"));
        QVERIFY(std::filesystem::exists(store.find(a).folder));
    }

    // A run killed mid-way leaves a log without an end and a summary that is missing, damaged
    // or still says "running" for a process that no longer exists.
    void halfWrittenRunsAreRecovered_data() {
        QTest::addColumn<QString>("summary");
        QTest::newRow("summary missing") << "";
        QTest::newRow("summary damaged") << "{\"name\": \"x\", \"status\": ";
        QTest::newRow("process gone") << "{\"status\": \"running\", \"pid\": 1073741823}";
    }
    void halfWrittenRunsAreRecovered() {
        QFETCH(QString, summary);
        QTemporaryDir dir;
        RunStore store(dir.path().toStdString());
        const std::string id = recordRun(store, 2);
        const RunSummary done = store.find(id);
        // Cut the log inside the line after the first epoch record, as a kill would.
        std::string log = readFile(done.logPath());
        const size_t epoch = log.find("{\"type\":\"epoch\"");
        const size_t cut = log.find('\n', epoch) + 40;
        writeFile(done.logPath(), log.substr(0, cut));
        const std::string summary_path = done.folder + "/run.json";
        if (summary.isEmpty())
            std::filesystem::remove(summary_path);
        else
            writeFile(summary_path, summary.toStdString());

        const auto runs = store.list();
        QCOMPARE(runs.size(), size_t(1));
        const RunSummary& r = runs[0];
        QCOMPARE(r.status, std::string("interrupted"));
        QCOMPARE(r.arch, std::string("lm1"));
        QCOMPARE(r.epochs_done, 1);
        QVERIFY(r.valid_loss.has_value());
        QVERIFY(r.duration_s > 0);
        if (summary.isEmpty() || summary.contains("damaged") || !summary.contains("pid"))
            QVERIFY2(!r.problem.empty(), r.problem.english().c_str());
        // The store still works around it.
        recordRun(store, 1);
        QCOMPARE(store.list().size(), size_t(2));
    }

    void aFolderWithoutARunIsSkipped() {
        QTemporaryDir dir;
        std::filesystem::create_directories(dir.filePath("not-a-run").toStdString());
        RunStore store(dir.path().toStdString());
        QVERIFY(store.list().empty());
        RunStore missing(dir.filePath("nothing-here").toStdString());
        QVERIFY(missing.list().empty());
    }

    // Feeding a log in random chunks gives exactly what the whole file gives; a truncated last
    // line is held back until its newline comes.
    void chunksParseAsTheWhole() {
        QTemporaryDir dir;
        RunStore store(dir.path().toStdString());
        const std::string log = readFile(store.find(recordRun(store, 2)).logPath());
        const RunSeries whole = parseAll(log);
        std::mt19937 random(5);
        RunLogParser parser;
        size_t at = 0;
        while (at < log.size()) {
            const size_t n = std::min<size_t>(log.size() - at, 1 + random() % 300);
            parser.feed(log.data() + at, n);
            at += n;
            // Everything before the last newline fed is parsed; the rest is pending.
            const size_t newline = log.rfind('\n', at - 1);
            QCOMPARE(parser.pending(), newline == std::string::npos ? at : at - newline - 1);
        }
        const RunSeries& s = parser.series();
        QVERIFY(parser.error().empty());
        QCOMPARE(s.steps.size(), whole.steps.size());
        QCOMPARE(s.epochs.size(), whole.epochs.size());
        for (size_t i = 0; i < s.steps.size(); ++i) {
            QCOMPARE(s.steps[i].loss, whole.steps[i].loss);
            QCOMPARE(s.steps[i].time, whole.steps[i].time);
        }
        QCOMPARE(s.outcome, whole.outcome);
        QVERIFY(!s.grad_flow.empty());
        // Times grow, and an epoch sits at its last step.
        QVERIFY(s.steps.back().time > s.steps.front().time);
        QCOMPARE(s.epochs[0].step, std::int64_t(s.batches_per_epoch));
    }

    void badLinesAreNamedAndSkipped() {
        RunLogParser parser;
        parser.feed(
            "{\"type\":\"run\",\"format\":1,\"config\":{\"arch\":\"lm4\"},\"epochs\":3}\n"
            "{\"type\":\"step\",\"step\":1,\"epoch\":0,\"loss\":null,\"seconds\":0.5}\n"
            "garbage\n"
            "{\"type\":\"step\",\"step\":2,\"epoch\":0,\"loss\":2.5,\"seconds\":0.5}\n"
            "{\"type\":\"epoch\",\"epoch\":0,\"valid_loss\":2.0,\"accuracy\":0.3,\"valid_seconds\":"
            "1}\n"
            "{\"type\":\"step\",\"step\":3,\"ep");
        const RunSeries& s = parser.series();
        QCOMPARE(s.arch, std::string("lm4"));
        QCOMPARE(s.steps.size(), size_t(2));
        QVERIFY(std::isnan(s.steps[0].loss));  // null: a non-finite loss
        QCOMPARE(s.steps[1].time, 1.0);
        QCOMPARE(s.epochs.at(0).time, 2.0);
        QCOMPARE(s.epochs.at(0).step, std::int64_t(2));
        QVERIFY2(QString::fromStdString(parser.error()).startsWith("line 3: not JSON"),
                 parser.error().c_str());
        QVERIFY(parser.pending() > 0);
        parser.feed("och\":0,\"loss\":2.4,\"seconds\":0.5}\n");
        QCOMPARE(parser.series().steps.size(), size_t(3));
        QCOMPARE(parser.pending(), size_t(0));
    }

    // Two runs with different lengths and epoch sizes: the table has every x of either, each
    // value in its own run's column at its own x, and NaN where a run has nothing.
    void comparisonAlignsSeries() {
        RunSeries a, b;
        a.batches_per_epoch = 2;
        b.batches_per_epoch = 3;
        for (int i = 1; i <= 4; ++i)
            a.steps.push_back({i, (i - 1) / 2, 0.5 * i, 5.0 - i, 4.0 - 0.5 * i, 1.0 * i});
        for (int i = 1; i <= 6; ++i)
            b.steps.push_back({i, (i - 1) / 3, 0.25 * i, 6.0 - i, 3.0 - 0.25 * i, 2.0 * i});
        a.epochs = {{0, 2, 1.2, 3.0, 2.9, 0.3}, {1, 4, 2.4, 2.0, 2.1, 0.4}};
        b.epochs = {{0, 3, 0.9, 2.5, 2.6, 0.35}, {1, 6, 1.8, 2.4, 2.2, 0.5}};
        // Per-epoch metrics on the step axis sit at each epoch's last step.
        const auto va = curveOf(a, CompareMetric::ValidLoss, CompareAxis::Step);
        const auto vb = curveOf(b, CompareMetric::ValidLoss, CompareAxis::Step);
        AlignedCurves t = alignCurves({va, vb});
        QCOMPARE(t.x, (std::vector<double>{2, 3, 4, 6}));
        QCOMPARE(t.y[0][0], 2.9);
        QVERIFY(std::isnan(t.y[1][0]));
        QCOMPARE(t.y[1][1], 2.6);
        QVERIFY(std::isnan(t.y[0][1]));
        QCOMPARE(t.y[0][2], 2.1);
        QCOMPARE(t.y[1][3], 2.2);
        // On the epoch axis both runs close epochs 1 and 2: no gaps.
        t = alignCurves({curveOf(a, CompareMetric::Accuracy, CompareAxis::Epoch),
                         curveOf(b, CompareMetric::Accuracy, CompareAxis::Epoch)});
        QCOMPARE(t.x, (std::vector<double>{1, 2}));
        QCOMPARE(t.y[1], (std::vector<double>{0.35, 0.5}));
        // Per-step metrics on the epoch axis: step / batches per epoch.
        const auto ga = curveOf(a, CompareMetric::GradNorm, CompareAxis::Epoch);
        QCOMPARE(ga.size(), size_t(4));
        QCOMPARE(ga[2].x, 1.5);
        QCOMPARE(ga[2].y, 3.0);
        const auto sb = curveOf(b, CompareMetric::TrainLoss, CompareAxis::Time);
        QCOMPARE(sb.back().x, 1.5);
        QCOMPARE(sb.back().y, 1.5);
        // A non-finite value is a gap, not a point.
        a.steps[1].smooth_loss = std::nan("");
        QCOMPARE(curveOf(a, CompareMetric::TrainLoss, CompareAxis::Step).size(), size_t(3));
        // Gradient flow is over time steps of layer 1, whatever the axis.
        b.grad_flow = {{0.01, 0.1, 1.0}, {0.5, 0.5, 0.5}};
        const auto flow = curveOf(b, CompareMetric::GradFlow, CompareAxis::Time);
        QCOMPARE(flow.size(), size_t(3));
        QCOMPARE(flow[0].x, 1.0);
        QCOMPARE(flow[0].y, 0.01);
        QCOMPARE(axisName(CompareMetric::GradFlow, CompareAxis::Time), std::string("time step"));
    }

    void newerFormatsAreRefused() {
        RunLogParser parser;
        parser.feed(
            "{\"type\":\"run\",\"format\":2,\"config\":{}}\n"
            "{\"type\":\"step\",\"step\":1,\"epoch\":0,\"loss\":1}\n");
        QVERIFY(parser.series().steps.empty());
        QVERIFY2(QString::fromStdString(parser.error()).contains("newer than this Unroll reads"),
                 parser.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "test_run_store.moc"
