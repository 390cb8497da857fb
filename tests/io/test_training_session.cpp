// The session the CLI, the window and races all train through: one step dispatch and one way of
// recording a run. What a front end hears, the records already hold; every ending is written
// once to both the run store and the --log file; a log that cannot be written is refused up
// front, a store that cannot be written costs only the record.
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "unroll/run_log.h"
#include "unroll/run_store.h"
#include "unroll/training_session.h"

using namespace unroll;
using unroll::test::quick;

namespace {

std::vector<nlohmann::json> logLines(const std::string& path) {
    std::vector<nlohmann::json> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        out.push_back(nlohmann::json::parse(line));
    return out;
}

int recordsOfType(const std::string& path, const std::string& type) {
    int n = 0;
    for (const nlohmann::json& j : logLines(path))
        n += j.value("type", "") == type;
    return n;
}

// At each epoch, what the run store and the log file hold at that moment.
class EpochWitness : public TrainObserver {
public:
    EpochWitness(std::string root, std::string id, std::string log)
        : root_(std::move(root)), id_(std::move(id)), log_(std::move(log)) {}
    void onStep(const StepMetrics& s) override {
        ++steps;
        applied_tokens += s.applied ? s.tokens : 0;
    }
    void onEpoch(const EpochMetrics& e) override {
        store_epochs_done.push_back(RunStore(root_).find(id_).epochs_done);
        log_epochs.push_back(recordsOfType(log_, "epoch"));
        heard.push_back(e.epoch);
    }
    std::vector<int> store_epochs_done, log_epochs, heard;
    int steps = 0;
    std::int64_t applied_tokens = 0;

private:
    std::string root_, id_, log_;
};

}  // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theRecordsHoldAnEpochBeforeTheFrontEndHearsOfIt() {
        QTemporaryDir dir;
        RecordOptions record;
        record.runs_folder = dir.filePath("runs").toStdString();
        record.origin = "cli";
        record.preset = "lm1";
        record.log_file = dir.filePath("run.jsonl").toStdString();
        auto session = newTrainerSession(quick("lm1", 2), {}, record);
        const SessionInfo info = session->info();
        QVERIFY(!info.run_id.empty());
        QVERIFY(info.record_problem.empty());
        EpochWitness witness(record.runs_folder, info.run_id, record.log_file);
        while (!session->finished())
            QVERIFY(session->step(witness) == TrainingSession::StepResult::Trained);
        QVERIFY(session->step(witness) == TrainingSession::StepResult::Finished);
        QCOMPARE(witness.heard, (std::vector<int>{0, 1}));
        QCOMPARE(witness.store_epochs_done, (std::vector<int>{1, 2}));
        QCOMPARE(witness.log_epochs, (std::vector<int>{1, 2}));

        // Finished: both records say so, once, with the steps and tokens trained.
        const RunSummary run = RunStore(record.runs_folder).find(info.run_id);
        QCOMPARE(run.status, std::string("finished"));
        QCOMPARE(run.preset, std::string("lm1"));
        QCOMPARE(run.origin, std::string("cli"));
        const std::vector<nlohmann::json> lines = logLines(record.log_file);
        QCOMPARE(recordsOfType(record.log_file, "end"), 1);
        const nlohmann::json& end = lines.back();
        QCOMPARE(end["outcome"].get<std::string>(), std::string("finished"));
        QCOMPARE(end["steps"].get<int>(), witness.steps);
        QCOMPARE(end["train_tokens"].get<std::int64_t>(), witness.applied_tokens);
        QCOMPARE(recordsOfType(record.log_file, "step"), witness.steps);
        // The store's own log holds the same steps.
        QCOMPARE(recordsOfType(run.logPath(), "step"), witness.steps);

        // A later ending does not overwrite the first.
        session->markEnded("failed");
        QCOMPARE(RunStore(record.runs_folder).find(info.run_id).status, std::string("finished"));
        QCOMPARE(recordsOfType(record.log_file, "end"), 1);
    }

    void aStoppedRunSaysSoInBothRecords() {
        QTemporaryDir dir;
        RecordOptions record;
        record.runs_folder = dir.filePath("runs").toStdString();
        record.log_file = dir.filePath("run.jsonl").toStdString();
        auto session = newTrainerSession(quick("lm3", 1), {}, record);
        TrainObserver nobody;
        for (int i = 0; i < 5; ++i)
            session->step(nobody);
        session->save(dir.filePath("lm3.safetensors").toStdString());
        session->markEnded("stopped");
        const RunSummary run = RunStore(record.runs_folder).find(session->info().run_id);
        QCOMPARE(run.status, std::string("stopped"));
        QVERIFY(QFile::exists(QString::fromStdString(run.checkpoint)));
        const nlohmann::json end = logLines(record.log_file).back();
        QCOMPARE(end["type"].get<std::string>(), std::string("end"));
        QCOMPARE(end["outcome"].get<std::string>(), std::string("stopped"));
        QCOMPARE(end["steps"].get<int>(), 5);
    }

    void aLogThatCannotBeWrittenIsRefusedBeforeTraining() {
        QTemporaryDir dir;
        RecordOptions record;
        record.log_file = dir.filePath("no/such/folder/run.jsonl").toStdString();
        QVERIFY_THROWS_EXCEPTION(RunLogError, newTrainerSession(quick("lm1"), {}, record));
    }

    void aStoreThatCannotBeWrittenCostsOnlyTheRecord() {
        QTemporaryDir dir;
        const QString file = dir.filePath("a-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        RecordOptions record;
        record.runs_folder = (file + "/runs").toStdString();  // under a file: cannot be made
        auto session = newTrainerSession(quick("lm1"), {}, record);
        QVERIFY(session->info().run_id.empty());
        QVERIFY(!session->info().record_problem.empty());
        TrainObserver nobody;
        QVERIFY(session->step(nobody) == TrainingSession::StepResult::Trained);
    }
};

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "test_training_session.moc"
