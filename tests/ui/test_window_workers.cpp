// The window's data-parallel runs (issue #21): a run with workers=2 starts a second process from
// the window's training thread, which obeys rank 0 through pauses longer than the workers'
// timeout, changed settings and stops; the status bar says how many workers train; and
// resetting, closing the window or a worker that dies leave nothing running and the window's
// buttons working.
#include <QtTest>

#include <QDir>
#include <QLabel>
#include <QSet>
#include <QStatusBar>

#include <signal.h>
#include <unistd.h>

#include "unroll/group_session.h"
#include "window_test_support.h"

using namespace unroll;
using unroll::test::waitForState;

namespace {

// This process's children that exist, zombies (ended but not waited for) included.
QList<pid_t> childProcesses() {
    QList<pid_t> found;
    const QStringList entries = QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile stat("/proc/" + entry + "/stat");
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces, so read after its ')'.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> after = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (after.size() > 1 && after[1].toInt() == getpid())
            found.push_back(pid);
    }
    return found;
}

// The TCP ports this process and its children listen on, as "address:port" in /proc/net's hex,
// and whether each is a loopback address. (Gloo closes its own listener once connected.)
QList<QPair<QString, bool>> listeningSockets() {
    QSet<QString> ours;  // socket inodes
    QList<pid_t> pids = childProcesses();
    pids.push_back(getpid());
    for (pid_t pid : pids) {
        const QString fds = QString("/proc/%1/fd").arg(pid);
        for (const QString& fd :
             QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFile::symLinkTarget(fds + "/" + fd);
            if (target.contains("socket:["))
                ours.insert(target.section('[', 1).section(']', 0, 0));
        }
    }
    QList<QPair<QString, bool>> found;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(table);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() < 10 || cols[3] != "0A" || !ours.contains(QString(cols[9])))
                continue;  // not listening, or not ours
            const QString address = QString(cols[1]).section(':', 0, 0);
            const bool loopback = address == "0100007F" || (address.endsWith("01000000") &&
                                                            address.startsWith("0000000000000000"));
            found.push_back({QString(cols[1]), loopback});
        }
    }
    return found;
}

bool noChildrenWithin(int ms) {
    return QTest::qWaitFor([] { return childProcesses().isEmpty(); }, ms);
}

// `w` set up for a run of two workers of LM4 on Human Numbers.
void twoWorkers(MainWindow& w, const QString& epochs = "3") {
    w.configPanel()->loadPreset("lm4");
    QVERIFY(w.configPanel()->setValueText("epochs", epochs));
    QVERIFY(w.configPanel()->setValueText("workers", "2"));
    QVERIFY(w.configPanel()->setValueText("worker_timeout", "1"));
}

}  // namespace

class TestWindowWorkers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(childProcesses().isEmpty(), "a process from an earlier test is left"); }

    void aTwoWorkerRunPausesResumesAndStopsCleanly() {
        MainWindow w;
        test::answerQuestions(w);
        w.resize(1280, 800);
        w.show();
        twoWorkers(w, "30");
        w.startRun();
        TrainingController& c = *w.controller();
        QVERIFY(waitForState(c, RunState::Running));
        QCOMPARE(childProcesses().size(), 1);
        // A group on one machine is reachable from it alone: Gloo's connections on loopback,
        // the rendezvous in a private file (no TCP store listening on every interface).
        for (const auto& [where, loopback] : listeningSockets())
            QVERIFY2(loopback, qPrintable("listening on a network address: " + where));
        auto* label = w.statusBar()->findChild<QLabel*>("runWorkers");
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), QString("2 workers"));
        QTest::qWait(500);

        // Paused for longer than worker_timeout (1 s): the worker waits for the person.
        c.pause();
        QVERIFY(waitForState(c, RunState::Paused));
        QTest::qWait(1800);
        QSignalSpy failures(&c, &TrainingController::failed);
        Config lower = c.session().config;
        lower.set("lr", 1e-3);
        c.applyLive(lower);
        c.resume();
        QVERIFY(waitForState(c, RunState::Running));
        QTest::qWait(500);
        c.stop();
        QVERIFY(waitForState(c, RunState::Stopped));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.isEmpty() ? "" : failures.first().at(1).toString()));
        // A stopped run keeps its workers (Continue goes on with them) until it is reset.
        QCOMPARE(childProcesses().size(), 1);
        c.reset();
        QVERIFY(waitForState(c, RunState::Idle));
        QVERIFY2(noChildrenWithin(5000), "the worker outlived its run");
        QVERIFY(!label->isVisible());
    }

    void aRunThatFinishesValidatesAcrossWorkers() {
        MainWindow w;
        test::answerQuestions(w);
        twoWorkers(w, "1");
        w.startRun();
        QVERIFY(waitForState(*w.controller(), RunState::Finished, 60000));
        const SessionInfo run = w.controller()->session();
        QCOMPARE(int(run.config.get(settings::workers)), 2);
        w.controller()->reset();
        QVERIFY(noChildrenWithin(5000));
    }

    void closingTheWindowMidRunEndsTheWorkers() {
        QElapsedTimer clock;
        {
            MainWindow w;
            test::answerQuestions(w);
            twoWorkers(w);
            QVERIFY(w.configPanel()->setValueText("worker_timeout", "60"));  // the default
            w.startRun();
            QVERIFY(waitForState(*w.controller(), RunState::Running));
            QCOMPARE(childProcesses().size(), 1);
            clock.start();
            w.close();
        }
        // The window's thread ends before its session: its worker goes with it, and the
        // session does not wait for the worker's answer, let alone for worker_timeout.
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(noChildrenWithin(5000), "the worker outlived the window");
    }

    void aWorkerThatDiesStopsTheRunNamingIt() {
        MainWindow w;
        test::answerQuestions(w);
        twoWorkers(w, "20");
        TrainingController& c = *w.controller();
        QSignalSpy failures(&c, &TrainingController::failed);
        w.startRun();
        QVERIFY(waitForState(c, RunState::Running));
        QVERIFY(QTest::qWaitFor([] { return childProcesses().size() == 1; }));
        QTest::qWait(300);
        kill(childProcesses().front(), SIGKILL);
        QVERIFY2(waitForState(c, RunState::Stopped, 10000), "the run did not notice in time");
        QVERIFY(QTest::qWaitFor([&] { return !failures.isEmpty(); }));
        const QString message = failures.first().at(1).toString();
        QVERIFY2(message.contains("worker 1 was killed by signal 9"), qPrintable(message));
        // The buttons still work: Continue says the group is gone, Reset ends the run.
        failures.clear();
        c.continueRun(c.session().config);
        QVERIFY(QTest::qWaitFor([&] { return !failures.isEmpty(); }));
        QVERIFY2(failures.first().at(1).toString().contains("start the run again"),
                 qPrintable(failures.first().at(1).toString()));
        c.reset();
        QVERIFY(waitForState(c, RunState::Idle));
        QVERIFY(noChildrenWithin(5000));
    }
};

// The workers the window starts are copies of this program, `--group-worker`: so is this test.
int main(int argc, char** argv) {
    if (argc == 2 && qstrcmp(argv[1], kGroupWorkerFlag) == 0)
        return runGroupWorker();
    QApplication app(argc, argv);
    TestWindowWorkers test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_window_workers.moc"
