// Atomic writes: a write that fails at any point — mid-data (a full disk), at fsync, at the
// rename — leaves the previous file byte for byte, and no temporary file behind.
#include <QtTest>

#include <QDir>

#include "io/atomic_file.h"

using namespace unroll;

namespace {

int temporaries(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList({".*unroll-tmp*"}, QDir::Files | QDir::Hidden).size();
}

}  // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ck.safetensors").toStdString();
        writeFileAtomically(path, "first");
        writeFileAtomically(path, "second, longer");
        QCOMPARE(readWholeFile(path, 1 << 20), std::string("second, longer"));
        QCOMPARE(temporaries(dir), 0);
    }

    void failedWriteKeepsThePreviousFile_data() {
        QTest::addColumn<int>("failAfter");
        QTest::addColumn<bool>("failSync");
        QTest::addColumn<bool>("failRename");
        QTest::newRow("disk full at once") << 0 << false << false;
        QTest::newRow("disk full midway") << 3000 << false << false;
        QTest::newRow("fsync fails") << -1 << true << false;
        QTest::newRow("rename fails") << -1 << false << true;
    }
    void failedWriteKeepsThePreviousFile() {
        QFETCH(int, failAfter);
        QFETCH(bool, failSync);
        QFETCH(bool, failRename);
        QTemporaryDir dir;
        const std::string path = dir.filePath("ck.safetensors").toStdString();
        const std::string old(5000, 'o');
        writeFileAtomically(path, old);
        WriteFaults faults;
        if (failAfter >= 0)
            faults.fail_after_bytes = size_t(failAfter);
        faults.fail_sync = failSync;
        faults.fail_rename = failRename;
        try {
            writeFileAtomically(path, std::string(8000, 'n'), faults);
            QFAIL("the write did not fail");
        } catch (const FileError& e) {
            const QString msg = e.what();
            QVERIFY2(msg.startsWith(
                         QStringLiteral("cannot save '%1': ").arg(QString::fromStdString(path))),
                     qPrintable(msg));
            QVERIFY2(msg.endsWith("the previous file is unchanged"), qPrintable(msg));
        }
        QCOMPARE(readWholeFile(path, 1 << 20), old);
        QCOMPARE(temporaries(dir), 0);
    }

    // A process killed mid-save leaves its temporary file; the next save clears it away.
    void staleTemporariesAreRemoved() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ck.safetensors").toStdString();
        QFile stale(dir.filePath(QString::fromStdString(temporaryPrefixFor(path)) + "12345"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half a checkpoint");
        stale.close();
        QCOMPARE(temporaries(dir), 1);
        writeFileAtomically(path, "whole");
        QCOMPARE(temporaries(dir), 0);
    }

    void unwritableFolder() {
        try {
            writeFileAtomically("/no/such/folder/ck.safetensors", "x");
            QFAIL("no error");
        } catch (const FileError& e) {
            QVERIFY(QString(e.what()).contains("No such file or directory"));
        }
    }

    void readingIsChecked() {
        QVERIFY_THROWS_EXCEPTION(FileError, readWholeFile("/no/such/file", 10));
        QTemporaryDir dir;
        const std::string path = dir.filePath("big").toStdString();
        writeFileAtomically(path, std::string(100, 'x'));
        try {
            readWholeFile(path, 50);
            QFAIL("no error");
        } catch (const FileError& e) {
            QVERIFY(QString(e.what()).contains("100 bytes is more than"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
