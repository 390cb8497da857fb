// Screenshots and benchmarks are scripted runs of the real program: they must not write where
// the person did not ask — no autosave even when the person's Autosave is on, and no record in
// the Runs list — and they leave the person's settings as they were.
#include <QtTest>

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtEndian>

namespace {

// The program offscreen, with its settings and data in `dir` (not the person's).
QProcessEnvironment offscreenIn(const QTemporaryDir& dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    return env;
}

}  // namespace

class TestScriptedRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aScreenshotWritesOnlyItsPicture() {
        QTemporaryDir dir;
        const QString config_home = dir.filePath("config");
        const QString settings_file = config_home + "/Unroll/Unroll.conf";
        {
            QSettings person(settings_file, QSettings::IniFormat);
            person.setValue("autosave", true);  // the person autosaves their own runs
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", config_home);
        env.insert("XDG_DATA_HOME", dir.filePath("data"));
        env.insert("UNROLL_RUNS", dir.filePath("runs"));
        QProcess p;
        p.setProcessEnvironment(env);
        const QString png = dir.filePath("shot.png");
        // LM1 has 262 batches an epoch: 300 steps close one, when an autosave would happen.
        p.start(QStringLiteral(UNROLL_GUI), {"--screenshot", png, "--preset", "lm1",
                                             "--train-steps", "300", "--size", "1280x720"});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(png));
        // The picture is the window at the size asked for (a PNG's IHDR: width, height).
        QFile shot(png);
        QVERIFY(shot.open(QIODevice::ReadOnly));
        const QByteArray head = shot.read(24);
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 16), quint32(1280));
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 20), quint32(720));

        QStringList written;
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f != png && !f.startsWith(config_home))
                written << f;
        }
        QVERIFY2(written.isEmpty(), qPrintable("also written: " + written.join(", ")));
        QSettings person(settings_file, QSettings::IniFormat);
        QCOMPARE(person.value("autosave").toBool(), true);
    }

    // The window's runs of several workers start copies of the real program as followers
    // (`unroll --group-worker`): one that opened a window instead would never join, and the run
    // would fail after worker_timeout.
    void theProgramIsItsOwnWorker() {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessEnvironment(offscreenIn(dir));
        const QString png = dir.filePath("workers.png");
        p.start(QStringLiteral(UNROLL_GUI),
                {"--screenshot", png, "--preset", "lm4", "--train-steps", "60", "--set",
                 "workers=2", "--set", "worker_timeout=5"});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFile::exists(png));
    }

    // `unroll FILE` (the menu's "Open with Unroll"): a text file is the corpus of the run.
    void aFileOnTheCommandLineIsTheCorpus() {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessEnvironment(offscreenIn(dir));
        const QString missing = dir.filePath("no-such-book.txt");
        p.start(QStringLiteral(UNROLL_GUI),
                {"--screenshot", dir.filePath("shot.png"), "--train-steps", "5", missing});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("cannot read corpus '" + missing + "'"), qPrintable(err));
    }

    // A size that is not WIDTHxHEIGHT is refused with what to write, before any window opens.
    void aBadSizeIsRefused() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        for (const char* size : {"1280", "1280x", "axb", "100x100"}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(UNROLL_GUI), {"--size", size});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("WIDTHxHEIGHT"));
        }
    }

    // --help and --version answer in a terminal with no display at all (no X, no Wayland, no
    // platform chosen), where the window system would refuse to start.
    void helpNeedsNoDisplay() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(var);
        for (const char* flag : {"--help", "--version"}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(UNROLL_GUI), {flag});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(qstrcmp(flag, "--help") != 0 || out.contains("--preset"), qPrintable(out));
            QVERIFY2(qstrcmp(flag, "--version") != 0 || out.startsWith("Unroll "), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptedRun)
#include "test_scripted_run.moc"
