// unroll-cli's data-parallel runs (issue #21) as a user starts them: two processes joined over
// 127.0.0.1 through --rank/--world-size/--master-addr/--master-port, as two machines would be;
// --set workers=2, where rank 0 starts the other itself; and a worker killed or frozen mid-run,
// which must stop rank 0 within the timeout with the worker named, leaving nothing running.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cli_runner.h"

using namespace unroll::test;

namespace {

QJsonObject lastJson(const QString& out) {
    const QStringList lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last().toUtf8()).object();
}

// A port nothing listens on now: the kernel's pick for port 0, released again.
int freePort() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof a;
    bind(s, reinterpret_cast<sockaddr*>(&a), size);
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &size);
    close(s);
    return ntohs(a.sin_port);
}

// The worker rank 0 started: its child process, once it has one.
pid_t childOf(qint64 pid) {
    QFile children(QString("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> pids = children.readAll().trimmed().split(' ');
    return pids.isEmpty() || pids.first().isEmpty() ? -1 : pids.first().toInt();
}

// Running: it exists and is not a zombie.
bool running(pid_t pid) {
    QFile stat(QString("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const int close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s[close + 2] != 'Z';
}

const QStringList kLm4 = {"train", "--preset", "lm4", "--epochs", "1", "--no-record", "--json"};

// A run long enough to interfere with, and a timeout a test can wait out.
const QStringList kLong = {"train",       "--preset", "lm6",       "--epochs", "50",
                           "--no-record", "--set",    "workers=2", "--set",    "worker_timeout=5"};

}  // namespace

class TestWorkersCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoProcessesJoinOverLoopback() {
        const QJsonObject alone = lastJson(runCli(kLm4).out);
        const QString port = QString::number(freePort());
        const QStringList group = {"--world-size",  "2", "--master-addr", "127.0.0.1",
                                   "--master-port", port};
        // Rank 1 is started as a scheduler would, without the run's settings: it takes rank 0's.
        QProcess rank1;
        rank1.start(QStringLiteral(UNROLL_CLI),
                    QStringList{"train", "--no-record", "--rank", "1"} + group);
        QVERIFY(rank1.waitForStarted());
        const CliResult rank0 = runCli(kLm4 + group + QStringList{"--rank", "0"});
        QVERIFY(rank1.waitForFinished(60000));
        QCOMPARE(rank0.code, 0);
        QCOMPARE(rank1.exitCode(), 0);
        QVERIFY2(rank1.readAllStandardOutput().isEmpty(), "rank 1 printed: rank 0 alone prints");
        const QJsonObject joined = lastJson(rank0.out);
        const double want = alone["valid_loss"].toDouble();
        QVERIFY2(std::fabs(joined["valid_loss"].toDouble() - want) <= 1e-5 * want,
                 qPrintable(rank0.out));
        QCOMPARE(joined["valid_accuracy"].toDouble(), alone["valid_accuracy"].toDouble());
    }

    void theWorkersSettingStartsTheOthers() {
        const QJsonObject alone = lastJson(runCli(kLm4).out);
        const CliResult two = runCli(kLm4 + QStringList{"--set", "workers=2"});
        QCOMPARE(two.code, 0);
        const QJsonObject j = lastJson(two.out);
        QVERIFY(std::fabs(j["valid_loss"].toDouble() - alone["valid_loss"].toDouble()) <=
                1e-5 * alone["valid_loss"].toDouble());
        QCOMPARE(j["config"].toObject()["workers"].toInt(), 2);
    }

    void aWorkerThatCannotLoadTheCorpusIsNamed() {
        // Rank 0's configuration names a corpus by a relative path; rank 1 runs in a folder
        // without it, as a machine without the file would. Rank 0 says why rank 1 did not join.
        QTemporaryDir here, elsewhere;
        QFile words(here.filePath("words.txt"));
        QVERIFY(words.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4000; ++i)
            words.write(i % 3 ? "one two three " : "four five\n");
        words.close();
        const QString port = QString::number(freePort());
        const QStringList group = {"--world-size",  "2", "--master-addr", "127.0.0.1",
                                   "--master-port", port};
        QProcess rank1;
        rank1.setWorkingDirectory(elsewhere.path());
        rank1.start(QStringLiteral(UNROLL_CLI),
                    QStringList{"train", "--no-record", "--rank", "1"} + group);
        QVERIFY(rank1.waitForStarted());
        QProcess rank0;
        rank0.setWorkingDirectory(here.path());
        rank0.start(QStringLiteral(UNROLL_CLI),
                    QStringList{"train", "--preset", "lm4", "--corpus", "words.txt", "--epochs",
                                "1", "--no-record", "--set", "worker_timeout=3", "--rank", "0"} +
                        group);
        QVERIFY(rank0.waitForFinished(30000));
        QVERIFY(rank1.waitForFinished(30000));
        const QString err = QString::fromUtf8(rank0.readAllStandardError());
        QVERIFY(rank0.exitCode() != 0);
        QVERIFY2(err.contains("worker 1: cannot read corpus 'words.txt'"), qPrintable(err));
        QVERIFY(rank1.exitCode() != 0);
    }

    void aCheckpointOfSeveralWorkersGoesOnInOneProcess() {
        QTemporaryDir dir;
        const QString saved = dir.filePath("two.safetensors");
        QCOMPARE(runCli(kLm4 + QStringList{"--set", "workers=2", "--save", saved}).code, 0);
        const CliResult resumed =
            runCli({"train", "--resume", saved, "--epochs", "2", "--no-record", "--json"});
        QCOMPARE(resumed.code, 0);
        QVERIFY2(resumed.err.contains("this run was trained by 2 workers; it goes on in one "
                                      "process"),
                 qPrintable(resumed.err));
        QCOMPARE(lastJson(resumed.out)["config"].toObject()["workers"].toInt(), 1);
    }

    void lrFindSaysItRunsInOneProcess() {
        const QString curve = QDir::temp().filePath("unroll-workers-curve.csv");
        const CliResult r = runCli(
            {"lr-find", "--preset", "lm4", "--set", "workers=2", "--out", curve, "--num-it", "10"});
        QFile::remove(curve);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("the sweep runs in one process (workers = 2 applies to train)"),
                 qPrintable(r.err));
    }

    void aKilledWorkerStopsRankZeroNamingIt() {
        pid_t child = -1;
        CliOptions o;
        o.once_started = [&](QProcess& p) {
            QTRY_VERIFY_WITH_TIMEOUT((child = childOf(p.processId())) > 0, 10000);
            QTest::qWait(1500);  // into the training
            kill(child, SIGKILL);
        };
        const CliResult r = runCli(kLong, o);
        QVERIFY2(r.code != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("worker 1 was killed by signal 9"), qPrintable(r.err));
        QVERIFY2(r.ms < 30000, "rank 0 took too long to notice");
    }

    void aFrozenWorkerStopsRankZeroWithinTheTimeout() {
        pid_t child = -1;
        qint64 stopped_at = 0;
        QElapsedTimer clock;
        CliOptions o;
        o.timeout_ms = 40000;  // a rank 0 that hangs fails here, not after two minutes
        o.once_started = [&](QProcess& p) {
            QTRY_VERIFY_WITH_TIMEOUT((child = childOf(p.processId())) > 0, 10000);
            QTest::qWait(1500);
            kill(child, SIGSTOP);
            clock.start();
        };
        const CliResult r = runCli(kLong, o);
        stopped_at = clock.elapsed();
        QVERIFY2(r.code != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("worker 1 is still running but did not answer"), qPrintable(r.err));
        // worker_timeout=5: within it and a margin, never a silent hang.
        QVERIFY2(stopped_at < 15000, qPrintable(QString::number(stopped_at)));
        // Nothing left running: the frozen worker died with rank 0.
        QTRY_VERIFY_WITH_TIMEOUT(!running(child), 5000);
    }
};

QTEST_GUILESS_MAIN(TestWorkersCli)
#include "test_workers_cli.moc"
