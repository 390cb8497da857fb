// unroll-cli against the paths and inputs an adversarial user gives (issue #17): devices, FIFOs
// and folders where files belong, a disk that fills up or fails mid-write, Ctrl-C during loading
// and generation, nonsense sampling options, settings too large for the machine, a diverging run
// with --save, overflowing weights, and a runs folder whose records lie. Each case must end
// within 5 seconds with its documented exit code (docs/failures.md) and a message that says what
// is wrong, keep memory bounded, and leave nothing outside the chosen paths changed.
#include <QtTest>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <thread>

#include "cli_runner.h"
#include "io/checkpoint_file.h"
#include "io/safetensors.h"
#include "unroll/memory_estimate.h"

using unroll::test::CliOptions;
using unroll::test::CliResult;
using unroll::test::runCli;

namespace {

constexpr qint64 kQuickMs = 5000;  // every refusal within this

std::string slurp(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void spill(const QString& path, const std::string& bytes) {
    std::ofstream(path.toStdString(), std::ios::binary | std::ios::trunc) << bytes;
}

// The largest resident set of any child waited for so far, in bytes.
std::int64_t childrenPeakBytes() {
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<std::int64_t>(usage.ru_maxrss) * 1024;
}

// Waits until `pid` catches SIGINT (its handler is installed), then sends one: a signal sent
// earlier would meet the default action (or, inherited, SIG_IGN) and test nothing.
void interruptOnceHandled(qint64 pid) {
    const QString status = QStringLiteral("/proc/%1/status").arg(pid);
    for (int i = 0; i < 2000; ++i) {
        QFile f(status);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith("SigCgt:") &&
                    (line.mid(7).trimmed().toULongLong(nullptr, 16) & (1ull << (SIGINT - 1)))) {
                    ::kill(static_cast<pid_t>(pid), SIGINT);
                    return;
                }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

bool everyLineIsJson(const std::string& text, int* lines = nullptr) {
    if (text.empty() || text.back() != '\n')
        return false;
    int n = 0;
    for (const QByteArray& line : QByteArray::fromStdString(text).trimmed().split('\n')) {
        QJsonParseError error{};
        QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        ++n;
    }
    if (lines)
        *lines = n;
    return true;
}

}  // namespace

class TestCliFailures : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString checkpoint_;  // a 1-epoch LM1, saved once

    QString path(const QString& name) const { return dir_.filePath(name); }
    QString fifo(const QString& name) const {
        const QString p = path(name);
        ::mkfifo(p.toLocal8Bit().constData(), 0644);
        return p;
    }
    CliOptions inRuns(const QString& runs) const {
        CliOptions o;
        o.env.insert("UNROLL_RUNS", runs);
        return o;
    }
    CliOptions failingWrites(const QString& match, qint64 after,
                             const char* kind = "ENOSPC") const {
        CliOptions o;
        o.env.insert("LD_PRELOAD", QStringLiteral(UNROLL_FAIL_WRITES));
        o.env.insert("UNROLL_FAIL_WRITES_TO", match);
        o.env.insert("UNROLL_FAIL_WRITES_AFTER", QString::number(after));
        o.env.insert("UNROLL_FAIL_WRITES_ERRNO", kind);
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        checkpoint_ = path("lm1.safetensors");
        const CliResult r = runCli(
            {"train", "--preset", "lm1", "--epochs", "1", "--no-record", "--save", checkpoint_});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // Devices, FIFOs with no writer and folders as inputs: refused before a byte is read, at
    // once, without the memory a read would take (/dev/zero grew to 17 GB; a FIFO blocked
    // forever; `runs` hung on a FIFO in a run folder).
    void specialFilesAsInputsEndAtOnce() {
        const CliResult normal =
            runCli({"train", "--preset", "lm1", "--epochs", "1", "--no-record"});
        QCOMPARE(normal.code, 0);
        const std::int64_t normal_peak = childrenPeakBytes();

        const QString pipe = fifo("pipe");
        // A checkpoint trained on a text file that is now a FIFO: eval follows the recorded path.
        const QString text = path("words.txt");
        QByteArray words;
        for (int i = 0; i < 4000; ++i)
            words += "one two three four five six seven eight nine ten\n";
        spill(text, words.toStdString());
        const QString trained_on_text = path("text.safetensors");
        const CliResult trained = runCli({"train", "--preset", "lm4", "--epochs", "1", "--corpus",
                                          text, "--no-record", "--save", trained_on_text});
        QVERIFY2(trained.code == 0, qPrintable(trained.err));
        QFile::remove(text);
        ::mkfifo(text.toLocal8Bit().constData(), 0644);

        // A 3 GB sparse file as a checkpoint: refused from its size (it was read whole first).
        const QString sparse = path("sparse.safetensors");
        {
            QFile f(sparse);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(qint64(3) << 30));
        }
        const struct {
            QStringList args;
            QString message;
        } cases[] = {
            {{"inspect", sparse}, "it is 3.0 GB, more than the limit of 2.0 GB"},
            {{"train", "--corpus", "/dev/zero"}, "corpus '/dev/zero': it is a character device"},
            {{"train", "--corpus", "/dev/urandom"}, "it is a character device, not a regular"},
            {{"train", "--corpus", pipe}, "it is a FIFO (named pipe), not a regular file"},
            {{"train", "--config", "/dev/zero"}, "config file '/dev/zero': it is a character"},
            {{"train", "--config", pipe}, "config file '" + pipe + "': it is a FIFO"},
            {{"train", "--config", dir_.path()}, "it is a folder, not a regular file"},
            {{"inspect", pipe}, "checkpoint '" + pipe + "': it is a FIFO"},
            {{"inspect", "/dev/zero"}, "checkpoint '/dev/zero': it is a character device"},
            {{"eval", "--checkpoint", pipe}, "it is a FIFO"},
            {{"generate", "--checkpoint", "/dev/zero", "--prompt", "one"}, "character device"},
            {{"train", "--resume", pipe}, "it is a FIFO"},
            {{"eval", "--checkpoint", checkpoint_, "--corpus", "/dev/zero"}, "character device"},
            {{"eval", "--checkpoint", trained_on_text}, "it is a FIFO (named pipe)"},
        };
        for (const auto& c : cases) {
            QStringList args = c.args;
            if (args.first() == "train")
                args << "--no-record";
            const CliResult r = runCli(args);
            const QString what = c.args.join(' ');
            QVERIFY2(r.code == 2,
                     qPrintable(what + " → " + QString::number(r.code) + ": " + r.err));
            QVERIFY2(r.err.contains(c.message), qPrintable(what + ": " + r.err));
            QVERIFY2(r.ms < kQuickMs, qPrintable(what + QStringLiteral(": %1 ms").arg(r.ms)));
        }
        // A run folder whose records are FIFOs is listed, not waited on.
        const QString runs = path("fifo-runs");
        QDir().mkpath(runs + "/20260101-000000-lm1-0000");
        ::mkfifo((runs + "/20260101-000000-lm1-0000/run.json").toLocal8Bit().constData(), 0644);
        ::mkfifo((runs + "/20260101-000000-lm1-0000/log.jsonl").toLocal8Bit().constData(), 0644);
        const CliResult listed = runCli({"runs", "--runs", runs, "--json"});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.ms < kQuickMs);
        const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0]["status"].toString(), QString("interrupted"));
        QVERIFY2(list[0]["problem"].toString().contains("FIFO"), qPrintable(listed.out));

        // None of them read what it was given: no more memory than a normal run's.
        const std::int64_t peak = childrenPeakBytes();
        QVERIFY2(peak <= normal_peak + (200 << 20),
                 qPrintable(QStringLiteral("peak %1 MB, a normal run %2 MB")
                                .arg(peak >> 20)
                                .arg(normal_peak >> 20)));
    }

    // --save and --log at something that is not a regular file: refused before training, and
    // left as it was (a save to /dev/null replaced the null device with a regular file).
    void specialFilesAsTargetsAreRefusedAndKept() {
        const QString pipe = fifo("target-pipe");
        for (const QStringList& flags : {QStringList{"--save", pipe}, QStringList{"--log", pipe},
                                         QStringList{"--save", dir_.path()}}) {
            const CliResult r = runCli(
                QStringList{"train", "--preset", "lm1", "--epochs", "1", "--no-record"} + flags);
            QVERIFY2(r.code == 2, qPrintable(flags.join(' ') + ": " + r.err));
            QVERIFY2(r.err.contains("not a regular file") || r.err.contains("names a folder"),
                     qPrintable(r.err));
            QVERIFY2(!r.out.contains("epoch "), "training ran before the refusal");
            QVERIFY(r.ms < kQuickMs);
        }
        struct stat st {};
        QCOMPARE(::lstat(pipe.toLocal8Bit().constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        // A symbolic link is written through to the file it names, and stays a link.
        const QString real = path("real.safetensors"), link = path("link.safetensors");
        QVERIFY(QFile::link(real, link));
        const CliResult r =
            runCli({"train", "--preset", "lm1", "--epochs", "1", "--no-record", "--save", link});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(runCli({"inspect", real}).code, 0);
    }

    // Two trainers given the same --log: the second is refused while the first writes (their
    // records were interleaved into one corrupt log).
    void aLogHasOneWriter() {
        const QString log = path("shared.jsonl");
        QProcess first;
        first.start(QStringLiteral(UNROLL_CLI),
                    {"train", "--preset", "lm1", "--epochs", "50", "--no-record", "--log", log});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(log).size() > 0, 30000);  // the first holds it
        const CliResult second =
            runCli({"train", "--preset", "lm1", "--epochs", "1", "--no-record", "--log", log});
        first.kill();
        first.waitForFinished();
        QCOMPARE(second.code, 2);
        QVERIFY2(second.err.contains("another process is writing it"), qPrintable(second.err));
        // Only the first run's records: one header, not two.
        const std::string text = slurp(log);
        const size_t header = text.find("\"type\":\"run\"");
        QVERIFY(header != std::string::npos);
        QVERIFY(text.find("\"type\":\"run\"", header + 1) == std::string::npos);
    }

    // A disk that fills up (or fails) while a checkpoint, a run log or a run record is written:
    // exit 4 with the reason, the previous checkpoint unchanged, the logs cut to whole records.
    void aFailingDiskIsExitFourAndLosesNothing_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("checkpoint, disk full") << "ck.safetensors" << qint64(20000) << "ENOSPC"
                                               << "the disk is full";
        QTest::newRow("checkpoint, device fails") << "ck.safetensors" << qint64(0) << "EIO"
                                                  << "the device failed";
        QTest::newRow("--log") << "own.jsonl" << qint64(30000) << "ENOSPC"
                               << "cannot write run log";
        QTest::newRow("runs folder log") << "log.jsonl" << qint64(30000) << "ENOSPC"
                                         << "cannot write run log";
        QTest::newRow("run record") << "run.json" << qint64(1200) << "ENOSPC"
                                    << "the disk is full";
    }
    void aFailingDiskIsExitFourAndLosesNothing() {
        QFETCH(QString, target);
        QFETCH(qint64, after);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir here;
        const QString runs = here.filePath("runs"), ck = here.filePath("ck.safetensors"),
                      log = here.filePath("own.jsonl");
        const QStringList train = {"train", "--preset", "lm1", "--epochs", "2", "--runs", runs};
        // The checkpoint a failed save must not damage.
        QCOMPARE(runCli(train + QStringList{"--save", ck}).code, 0);
        const std::string previous = slurp(ck);
        CliOptions options = failingWrites(target, after, kind.toLatin1().constData());
        const CliResult r = runCli(train + QStringList{"--save", ck, "--log", log}, options);
        QVERIFY2(r.code == 4, qPrintable(QString::number(r.code) + ": " + r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.err.contains("Exception raised from"), qPrintable(r.err));
        QVERIFY(slurp(ck) == previous);
        QCOMPARE(QDir(here.path()).entryList({".*unroll-tmp*"}, QDir::Files | QDir::Hidden).size(),
                 0);
        // Every log holds whole records only; the one that failed has no end record.
        QDir runs_dir(runs);
        const QStringList folders =
            runs_dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
        QVERIFY(folders.size() == 2);
        const QString failed_id = folders.first();  // the newest
        const QString failed_run = runs + "/" + failed_id;
        for (const QString& file : {log, failed_run + "/log.jsonl"}) {
            const std::string text = slurp(file);
            int lines = 0;
            QVERIFY2(everyLineIsJson(text, &lines), qPrintable(file));
            QVERIFY2(lines > 0, qPrintable(file));
        }
        const std::string failed_log =
            slurp(target == "own.jsonl" ? log : failed_run + "/log.jsonl");
        if (target.endsWith(".jsonl"))
            QVERIFY(failed_log.find("\"type\":\"end\"") == std::string::npos);
        // The run is listed, as interrupted when its record could not say how it ended.
        const CliResult listed = runCli({"runs", "--runs", runs, "--json"});
        QCOMPARE(listed.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QString status;
        for (const QJsonValue& run : list)
            if (run["id"].toString() == failed_id)
                status = run["status"].toString();
        // A run.json that cannot be written keeps saying "running" for a process that is gone;
        // a log that cannot be written ends the run, which run.json records.
        const QString expected = target == "run.json"        ? "interrupted"
                                 : target.endsWith(".jsonl") ? "failed"
                                                             : "finished";
        QCOMPARE(status, expected);
    }

    // Ctrl-C while the corpus loads: exit 130 before any training, nothing recorded — even when
    // the parent ignored SIGINT (a script's background job), which the loader used to inherit.
    void interruptStopsCorpusLoading() {
        const QString big = path("big.txt");
        {
            std::ofstream out(big.toStdString());
            const std::string line =
                "one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty\n";
            for (int i = 0; i < 400000; ++i)
                out << line;
        }
        const QString runs = path("interrupted-runs");
        CliOptions options = inRuns(runs);
        options.in_child = [] { std::signal(SIGINT, SIG_IGN); };
        options.once_started = [](QProcess& p) { interruptOnceHandled(p.processId()); };
        const CliResult r = runCli({"train", "--preset", "lm4", "--corpus", big}, options);
        QVERIFY2(r.code == 130, qPrintable(QString::number(r.code) + ": " + r.err));
        QVERIFY2(r.err.contains("interrupted: loading corpus") && r.err.contains("was cancelled"),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains("parameters,"), qPrintable(r.err));  // no model was built
        QVERIFY(!QDir(runs).exists() || QDir(runs).isEmpty());
        QVERIFY(r.ms < kQuickMs);
    }

    // Ctrl-C during a long generation stops it after the current token (it ran to the end).
    void interruptStopsGeneration() {
        CliOptions options;
        options.once_started = [](QProcess& p) {
            p.waitForReadyRead(30000);  // the prompt is echoed: generating
            ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        };
        const CliResult r = runCli({"generate", "--checkpoint", checkpoint_, "--prompt",
                                    "one . two", "--max-tokens", "100000"},
                                   options);
        QVERIFY2(r.code == 130, qPrintable(QString::number(r.code) + ": " + r.err));
        QVERIFY2(r.err.contains("interrupted after "), qPrintable(r.err));
        QVERIFY(r.out.split(' ').size() < 90000);
        QVERIFY(r.ms < kQuickMs);
    }

    void samplingOptionsAreChecked_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("nan temperature") << QStringList{"--temperature", "nan"}
                                         << "temperature cannot be 'nan': allowed 0 to 100";
        QTest::newRow("nan top-p") << QStringList{"--top-p", "nan"}
                                   << "top_p cannot be 'nan': allowed greater than 0 up to 1";
        QTest::newRow("zero top-p") << QStringList{"--top-p", "0"} << "top_p cannot be '0'";
        QTest::newRow("negative seed")
            << QStringList{"--seed", "-1"}
            << "seed cannot be '-1': allowed a whole number from 0 to 2147483647";
        QTest::newRow("20-digit seed") << QStringList{"--seed", "12345678901234567890"}
                                       << "seed cannot be '12345678901234567890'";
        QTest::newRow("no tokens") << QStringList{"--max-tokens", "0"}
                                   << "max_tokens cannot be '0': allowed a whole number from 1";
        QTest::newRow("negative top-k") << QStringList{"--top-k", "-3"} << "top_k cannot be '-3'";
        QTest::newRow("empty temperature")
            << QStringList{"--temperature", ""} << "temperature cannot be ''";
    }
    void samplingOptionsAreChecked() {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        const CliResult r = runCli(
            QStringList{"generate", "--checkpoint", checkpoint_, "--prompt", "one . two"} + flags);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.err.contains("0.000000"), qPrintable(r.err));  // CLI11's own range text
    }

    void configInputsAreChecked_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL byte") << QStringList{}
                                  << QByteArray("{\"lr\": 0.1}\0{\"epochs\": 9}", 26)
                                  << "a NUL byte at offset 11";
        QTest::newRow("key twice") << QStringList{} << QByteArray("{\"lr\": 0.1, \"lr\": 0.2}")
                                   << "setting 'lr' appears twice";
        QTest::newRow("huge") << QStringList{} << QByteArray(2 << 20, ' ')
                              << "more than the limit of 1 MB";
        QTest::newRow("--set twice") << QStringList{"--set", "lr=1", "--set", "lr=2"}
                                     << QByteArray() << "setting 'lr' is given twice";
        QTest::newRow("--epochs and --set epochs")
            << QStringList{"--epochs", "3", "--set", "epochs=5"} << QByteArray()
            << "setting 'epochs' is given twice (--epochs 3 and --set epochs=5)";
        QTest::newRow("empty preset")
            << QStringList{"--preset", ""} << QByteArray() << "--preset is empty";
        QTest::newRow("empty corpus")
            << QStringList{"--corpus", ""} << QByteArray() << "--corpus is empty";
        QTest::newRow("empty config")
            << QStringList{"--config", ""} << QByteArray() << "--config is empty";
        QTest::newRow("not a device")
            << QStringList{"--set", "device=gpu"} << QByteArray() << "write cpu, cuda or cuda:N";
        // Debian's libtorch has no CUDA: the message names what the build has. (A CUDA build
        // on a machine with fewer than 100 GPUs says it has no such GPU.)
        QTest::newRow("a GPU this build or machine lacks")
            << QStringList{"--set", "device=cuda:99"} << QByteArray() << "device = cuda:99: this";
        // Refused before a single worker is started.
        QTest::newRow("more workers than rows")
            << QStringList{"--set", "workers=100"} << QByteArray()
            << "workers = 100 is more than batch_size = 64";
        QTest::newRow("half a group of machines")
            << QStringList{"--rank", "0", "--world-size", "2"} << QByteArray()
            << "needs all four of --rank, --world-size, --master-addr and --master-port";
    }
    void configInputsAreChecked() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        if (!file.isEmpty()) {
            spill(path("config.json"), file.toStdString());
            args << "--config" << path("config.json");
        }
        const CliResult r = runCli(QStringList{"train", "--no-record"} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // Settings inside their ranges that the machine cannot hold are refused with the estimate
    // (this climbed past 9.7 GB with no word, or died in the allocator with a c10 backtrace).
    void aRunThatCannotFitIsRefused() {
        CliResult r =
            runCli({"train", "--preset", "lm1", "--set", "max_memory_mb=1", "--no-record"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("more than the max_memory_mb = 1"), qPrintable(r.err));
        // Under a data limit, so that an estimate that let this through fails in the allocator
        // (exit 5) instead of taking the test machine's memory.
        CliOptions limited;
        limited.in_child = [] {
            rlimit limit{rlim_t(3) << 30, rlim_t(3) << 30};
            ::setrlimit(RLIMIT_DATA, &limit);
        };
        QStringList huge = {"train",       "--preset", "lm6",       "--set",
                            "hidden=4096", "--set",    "layers=16", "--no-record"};
        if (unroll::availableMemory() > (std::uint64_t(100) << 30))  // a machine that could
            huge << "--set"
                 << "max_memory_mb=16384";
        r = runCli(huge, limited);
        QVERIFY2(r.code == 2, qPrintable(QString::number(r.code) + ": " + r.err));
        QVERIFY2(r.err.contains("this run needs about ") && r.err.contains("weights 8.0 GB") &&
                     r.err.contains("lower hidden or layers") && r.err.contains("max_memory_mb"),
                 qPrintable(r.err));
        QVERIFY(r.ms < kQuickMs);
        // The setting overrides the machine's figure the other way too.
        r = runCli({"train", "--preset", "lm1", "--epochs", "1", "--set", "max_memory_mb=100000",
                    "--no-record"});
        QCOMPARE(r.code, 0);
    }

    // A diverged run with --save writes the last good weights (nothing was saved).
    void divergenceKeepsTheLastGoodWeights() {
        const QString ck = path("diverged.safetensors");
        const CliResult r =
            runCli({"train", "--preset", "lm5", "--set", "lr=10", "--no-record", "--save", ck});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("the checkpoint holds the weights of the last step before the "
                                "divergence"),
                 qPrintable(r.err));
        const QRegularExpressionMatch step =
            QRegularExpression("training diverged: step (\\d+)").match(r.err);
        QVERIFY2(step.hasMatch(), qPrintable(r.err));
        const CliResult inspected = runCli({"inspect", ck, "--json"});
        QCOMPARE(inspected.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
        QCOMPARE(info["steps_done"].toInteger(), step.captured(1).toLongLong() - 1);
        const CliResult eval = runCli({"eval", "--checkpoint", ck});
        QVERIFY2(eval.code == 0, qPrintable(eval.err));  // finite weights, a finite loss
    }

    // Finite weights that overflow (3e38) give an infinite loss: a failure, not a result.
    void overflowingWeightsAreNotAResult() {
        std::string bytes = slurp(checkpoint_);
        const unroll::safetensors::File file = unroll::safetensors::parse(bytes);
        const unroll::safetensors::TensorInfo* w = file.find("h_h.weight");
        QVERIFY(w);
        const float huge = 3e38f;
        for (std::uint64_t at = w->begin; at < w->end; at += 4)
            std::memcpy(&bytes[file.data_start + at], &huge, 4);
        // Resealed, as a program writing such weights on purpose would: the checksum matches.
        const std::string old_sum = file.metadata.at(unroll::checkpoint_file::kChecksumKey);
        const std::string new_sum = unroll::checkpoint_file::checksum(
            std::string_view(bytes).substr(file.data_start), file.metadata);
        bytes.replace(bytes.find(old_sum), old_sum.size(), new_sum);
        const QString ck = path("huge.safetensors");
        spill(ck, bytes);
        const CliResult r = runCli({"eval", "--checkpoint", ck});
        QVERIFY2(r.code == 3, qPrintable(QString::number(r.code) + ": " + r.err));
        QVERIFY2(r.err.contains("the validation loss is"), qPrintable(r.err));
    }

    // run.json and log.jsonl are untrusted: every number range-checked, pids validated, a
    // damaged or looping entry listed as such without hiding the others, names escaped.
    void theRunsReaderTrustsNothing() {
        const QString runs = path("lying-runs");
        for (int i = 0; i < 6; ++i)
            QCOMPARE(runCli({"train", "--preset", "lm1", "--epochs", "1", "--runs", runs}).code, 0);
        QStringList ids = QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(ids.size(), 6);
        const auto edit = [&](const QString& id, const std::function<void(QJsonObject&)>& change) {
            const QString file = runs + "/" + id + "/run.json";
            QJsonObject j =
                QJsonDocument::fromJson(QByteArray::fromStdString(slurp(file))).object();
            change(j);
            spill(file, QJsonDocument(j).toJson().toStdString());
        };
        edit(ids[0], [](QJsonObject& j) { j["epochs"] = 1e308; });
        edit(ids[1], [](QJsonObject& j) {
            j["status"] = "running";
            j["pid"] = double(std::int64_t(1) << 40);
        });
        QFile::remove(runs + "/" + ids[2] + "/run.json");  // the log is complete: "finished"
        QFile::remove(runs + "/" + ids[3] + "/run.json");
        QVERIFY(QFile::link("run.json", runs + "/" + ids[3] + "/run.json"));  // loops
        edit(ids[4], [](QJsonObject& j) { j["name"] = "evil\x1b[2J\nname"; });
        const CliResult table = runCli({"runs", "--runs", runs});
        QCOMPARE(table.code, 0);
        QVERIFY2(!table.out.contains('\x1b'), qPrintable(table.out));
        QCOMPARE(table.out.trimmed().split('\n').size(), 1 + 6);  // one row per run
        QVERIFY2(table.out.contains("evil\\x1b[2J\\x0a"), qPrintable(table.out));
        const CliResult listed = runCli({"runs", "--runs", runs, "--json"});
        const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(list.size(), 6);
        QMap<QString, QJsonObject> by_id;
        for (const QJsonValue& v : list)
            by_id[v["id"].toString()] = v.toObject();
        QCOMPARE(by_id[ids[0]]["status"].toString(), QString("interrupted"));
        QVERIFY(by_id[ids[0]]["problem"].toString().contains("epochs is 1e+308"));
        QCOMPARE(by_id[ids[0]]["epochs"].toInt(), 1);  // from the log
        QCOMPARE(by_id[ids[1]]["status"].toString(), QString("interrupted"));
        QVERIFY(by_id[ids[1]]["problem"].toString().contains("pid is 1099511627776"));
        QCOMPARE(by_id[ids[2]]["status"].toString(), QString("interrupted"));
        QVERIFY(by_id[ids[2]]["problem"].toString().contains("run.json is missing"));
        QCOMPARE(by_id[ids[3]]["status"].toString(), QString("interrupted"));
        QVERIFY(by_id[ids[3]]["problem"].toString().contains("symbolic links"));
        QCOMPARE(by_id[ids[5]]["status"].toString(), QString("finished"));
        // Deleting "" is a mistake, not a listing.
        const CliResult removed = runCli({"runs", "--runs", runs, "--delete", ""});
        QCOMPARE(removed.code, 2);
        QCOMPARE(QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCliFailures)
#include "test_cli_failures.moc"
