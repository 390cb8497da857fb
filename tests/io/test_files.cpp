// The one reader and the one writer (unroll/files.h) against the paths a hostile or careless user
// gives: devices, FIFOs with no writer, sockets, folders, files larger than they say, symbolic
// links, files of other users, and disks that fill up mid-write. Each case must end at once with
// a message naming what is wrong, and change nothing it should not.
#include <QtTest>

#include <QDir>

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <thread>

#include "unroll/files.h"

using namespace unroll;

namespace {

int temporaries(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList({".*unroll-tmp*"}, QDir::Files | QDir::Hidden).size();
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The message of the FileError `f` throws; fails the test when it throws none or another.
template <typename F>
std::pair<FileProblem, QString> failure(F&& f) {
    try {
        f();
    } catch (const FileError& e) {
        return {e.problem(), QString::fromUtf8(e.what())};
    }
    return {FileProblem::Io, QStringLiteral("<no FileError thrown>")};
}

// A unix socket bound at `path`, as a stray socket file in a folder would be.
class BoundSocket {
public:
    explicit BoundSocket(const std::string& path) : fd_(::socket(AF_UNIX, SOCK_STREAM, 0)) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
        ok_ = ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~BoundSocket() { ::close(fd_); }
    bool ok() const { return ok_; }

private:
    int fd_;
    bool ok_ = false;
};

// Writes beyond `bytes` fail with EFBIG, as on a disk that is full at that point (RLIMIT_FSIZE;
// SIGXFSZ ignored so the write returns the error instead of killing the test).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previous_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = saved_;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_);
    }

private:
    rlimit saved_{};
    void (*previous_)(int) = nullptr;
};

}  // namespace

class TestFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- writing ----

    void writesAndReplaces() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ck.safetensors").toStdString();
        writeFile(path, "first");
        writeFile(path, "second, longer");
        QCOMPARE(readFile(path), std::string("second, longer"));
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
        writeFile(path, old);
        WriteFaults faults;
        if (failAfter >= 0)
            faults.fail_after_bytes = size_t(failAfter);
        faults.fail_sync = failSync;
        faults.fail_rename = failRename;
        const auto [problem, msg] =
            failure([&] { writeFile(path, std::string(8000, 'n'), faults); });
        QVERIFY2(
            msg.startsWith(QStringLiteral("cannot save '%1': ").arg(QString::fromStdString(path))),
            qPrintable(msg));
        QVERIFY2(msg.endsWith("the previous file is unchanged"), qPrintable(msg));
        QCOMPARE(problem, failAfter >= 0 ? FileProblem::NoSpace : FileProblem::Io);
        QCOMPARE(readFile(path), old);
        QCOMPARE(temporaries(dir), 0);
    }

    // A real short write, not a simulated one: the file system refuses the bytes past a limit.
    void aDiskFullMidwayIsANoSpaceErrorAndKeepsTheFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ck.safetensors").toStdString();
        writeFile(path, "previous");
        std::pair<FileProblem, QString> result;
        {
            FileSizeLimit limit(4096);
            result = failure([&] { writeFile(path, std::string(100000, 'n')); });
        }
        QCOMPARE(result.first, FileProblem::NoSpace);
        QVERIFY2(result.second.contains("the previous file is unchanged"),
                 qPrintable(result.second));
        QCOMPARE(readFile(path), std::string("previous"));
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
        writeFile(path, "whole");
        QCOMPARE(temporaries(dir), 0);
    }

    void unwritableFolder() {
        const auto [problem, msg] =
            failure([] { writeFile("/no/such/folder/ck.safetensors", "x"); });
        QCOMPARE(problem, FileProblem::Missing);
        QVERIFY2(msg.contains("No such file or directory"), qPrintable(msg));
        QVERIFY2(!msg.contains("previous file"), qPrintable(msg));  // there was none
    }

    // A FIFO, a socket or a folder at the target is refused and left as it was (the defect: a
    // save to /dev/null replaced the system's null device with a regular file).
    void aSpecialFileAtTheTargetIsRefusedAndKept() {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath("fifo").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        const std::string socket = dir.filePath("sock").toStdString();
        BoundSocket bound(socket);
        QVERIFY(bound.ok());
        const std::string folder = dir.filePath("folder").toStdString();
        QVERIFY(QDir().mkdir(QString::fromStdString(folder)));
        const std::pair<std::string, QString> cases[] = {
            {fifo, "a FIFO (named pipe)"}, {socket, "a socket"}, {folder, "a folder"}};
        for (const auto& [path, kind] : cases) {
            const auto [problem, msg] = failure([&] { writeFile(path, "x"); });
            QCOMPARE(problem, FileProblem::NotAFile);
            QVERIFY2(msg.contains("it is " + kind + ", not a regular file"), qPrintable(msg));
            QCOMPARE(QString::fromStdString(specialFileKind(path).english()), kind);
        }
        struct stat st {};
        QCOMPARE(::lstat(fifo.c_str(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QCOMPARE(::lstat(socket.c_str(), &st), 0);
        QVERIFY(S_ISSOCK(st.st_mode));
        QCOMPARE(temporaries(dir), 0);
        // A device, checked only: nothing is written to it whatever the outcome.
        QCOMPARE(QString::fromStdString(specialFileKind("/dev/null").english()),
                 QString("a character device"));
    }

    // A symbolic link is written through: the file it names gets the bytes, the link stays.
    void aSymbolicLinkIsWrittenThrough() {
        QTemporaryDir dir;
        const std::string real = dir.filePath("real.safetensors").toStdString();
        const std::string link = dir.filePath("link.safetensors").toStdString();
        writeFile(real, "old");
        QCOMPARE(::symlink("real.safetensors", link.c_str()), 0);
        writeFile(link, "new");
        QCOMPARE(slurp(real), std::string("new"));
        struct stat st {};
        QCOMPARE(::lstat(link.c_str(), &st), 0);
        QVERIFY(S_ISLNK(st.st_mode));
        // A dangling link names the file to create.
        const std::string dangling = dir.filePath("dangling").toStdString();
        QCOMPARE(::symlink("created.safetensors", dangling.c_str()), 0);
        writeFile(dangling, "made");
        QCOMPARE(slurp(dir.filePath("created.safetensors").toStdString()), std::string("made"));
        // A link to a FIFO is refused like the FIFO.
        const std::string fifo = dir.filePath("fifo").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        const std::string to_fifo = dir.filePath("to-fifo").toStdString();
        QCOMPARE(::symlink(fifo.c_str(), to_fifo.c_str()), 0);
        QCOMPARE(failure([&] { writeFile(to_fifo, "x"); }).first, FileProblem::NotAFile);
        // A link to itself ends with a message, not a hang.
        const std::string loop = dir.filePath("loop").toStdString();
        QCOMPARE(::symlink("loop", loop.c_str()), 0);
        const auto [problem, msg] = failure([&] { writeFile(loop, "x"); });
        QVERIFY2(msg.contains("symbolic links"), qPrintable(msg));
        QCOMPARE(problem, FileProblem::Missing);
    }

    // Replacing a private file keeps it private; root replacing a user's file keeps the user's.
    void theReplacedFileKeepsItsModeAndOwner() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ck.safetensors").toStdString();
        writeFile(path, "old");
        QCOMPARE(::chmod(path.c_str(), 0600), 0);
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(::chown(path.c_str(), 65534, 65534), 0);
        writeFile(path, "new");
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        if (root) {
            QCOMPARE(st.st_uid, uid_t(65534));
            QCOMPARE(st.st_gid, gid_t(65534));
        }
        QCOMPARE(readFile(path), std::string("new"));
    }

    // ---- reading ----

    void readingRefusesWhatIsNotARegularFile() {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath("fifo").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        const std::pair<std::string, QString> cases[] = {
            {"/dev/zero", "a character device"},
            {"/dev/urandom", "a character device"},
            {fifo, "a FIFO (named pipe)"},  // no writer: the open itself would block
            {dir.path().toStdString(), "a folder"}};
        for (const auto& [path, kind] : cases) {
            QElapsedTimer clock;
            clock.start();
            ReadLimits limits;
            limits.what = Message("corpus");
            limits.max_bytes = 64 << 20;  // a reader that reads /dev/zero stops here, not at OOM
            const auto [problem, msg] = failure([&] { readFile(path, limits); });
            QCOMPARE(problem, FileProblem::NotAFile);
            QVERIFY2(msg.startsWith(QString("cannot read corpus '%1': it is %2, not a regular file")
                                        .arg(QString::fromStdString(path), kind)),
                     qPrintable(msg));
            QVERIFY(clock.elapsed() < 5000);
        }
        const auto [problem, msg] = failure([] { readFile("/no/such/file"); });
        QCOMPARE(problem, FileProblem::Missing);
        QVERIFY2(msg.contains("check the path"), qPrintable(msg));
        QCOMPARE(failure([] { readFile(""); }).first, FileProblem::Missing);
    }

    // A 2 GB sparse file is refused from its size, before a byte is read (it was read whole).
    void aFileOverTheLimitIsRefusedBeforeReading() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("sparse").toStdString();
        {
            QFile f(QString::fromStdString(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(2) << 30));
        }
        ReadLimits limits;
        limits.max_bytes = 1 << 20;
        limits.what = Message("checkpoint");
        limits.too_large_hint = Message("is it a checkpoint?");
        bool read_any = false;
        limits.progress = [&](std::uint64_t, std::uint64_t) { read_any = true; };
        const auto [problem, msg] = failure([&] { readFile(path, limits); });
        QCOMPARE(problem, FileProblem::TooLarge);
        QVERIFY2(msg.contains("it is 2.0 GB, more than the limit of 1 MB — is it a checkpoint?"),
                 qPrintable(msg));
        QVERIFY(!read_any);
        // Sizes round up: a file a byte over a 1 MB limit never reads as "1 MB".
        QCOMPARE(byteSize((1 << 20) + 1).english(), std::string("2 MB"));
        QCOMPARE(byteSize(1023).english(), std::string("1023 bytes"));
        QCOMPARE(byteSize(std::uint64_t(3) << 30).english(), std::string("3.0 GB"));
    }

    // The limit counts what is read, not what stat says: /proc files say 0 bytes.
    void theLimitCountsTheBytesRead() {
        const std::string whole = readFile("/proc/self/maps");
        QVERIFY(whole.size() > 100);
        ReadLimits limits;
        limits.max_bytes = 64;
        const auto [problem, msg] = failure([&] { readFile("/proc/self/maps", limits); });
        QCOMPARE(problem, FileProblem::TooLarge);
        QVERIFY2(msg.contains("more than the limit of 64 bytes"), qPrintable(msg));
    }

    // Ctrl-C between chunks: a 3 MB file read in 1 MB chunks stops after the first.
    void readingStopsWhenCancelled() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("big").toStdString();
        writeFile(path, std::string(3 << 20, 'x'));
        std::atomic<bool> cancel{false};
        int chunks = 0;
        ReadLimits limits;
        limits.cancel = &cancel;
        limits.progress = [&](std::uint64_t, std::uint64_t) {
            ++chunks;
            cancel = true;
        };
        const auto [problem, msg] = failure([&] { readFile(path, limits); });
        QCOMPARE(problem, FileProblem::Cancelled);
        QVERIFY2(msg.contains("was cancelled"), qPrintable(msg));
        QCOMPARE(chunks, 1);
    }

    void chunksFromAnOffset() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("log").toStdString();
        writeFile(path, "0123456789");
        std::string got;
        readFileChunks(
            path, {}, [&](std::string_view c) { got.append(c); }, 4);
        QCOMPARE(got, std::string("456789"));
    }

    // ---- logs ----

    void aLogIsWrittenAndLockedAgainstASecondWriter() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("log.jsonl").toStdString();
        writeFile(path, "an older log that is replaced\n");
        {
            LogFile log(path, Message("run log"));
            log.append("{\"a\":1}\n");
            log.flush();
            QCOMPARE(slurp(path), std::string("{\"a\":1}\n"));
            // Two trainers given the same --log interleaved their records; the second is refused
            // and the first's log is left alone.
            const auto [problem, msg] = failure([&] { LogFile second(path, Message("run log")); });
            QCOMPARE(problem, FileProblem::Busy);
            QVERIFY2(msg.contains("another process is writing it"), qPrintable(msg));
            log.append("{\"b\":2}\n");
        }
        QCOMPARE(slurp(path), std::string("{\"a\":1}\n{\"b\":2}\n"));
    }

    void aLogRefusesASpecialFile() {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath("fifo").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        QElapsedTimer clock;
        clock.start();
        const auto [problem, msg] = failure([&] { LogFile log(fifo, Message("run log")); });
        QCOMPARE(problem, FileProblem::NotAFile);
        QVERIFY2(msg.contains("cannot write run log"), qPrintable(msg));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(failure([] { LogFile log("/dev/full", Message("run log")); }).first,
                 FileProblem::NotAFile);
    }

    // A full disk mid-log: the failed flush is an error, and the file is cut back to its whole
    // records (it was cut mid-line and the run went on with exit 0).
    void aFullDiskMidLogIsAnErrorAndLeavesWholeRecords() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("log.jsonl").toStdString();
        LogFile log(path, Message("run log"));
        log.append("first record\n");
        log.flush();
        std::pair<FileProblem, QString> result;
        {
            FileSizeLimit limit(64);
            log.append(std::string(200, 'x') + "\n");
            result = failure([&] { log.flush(); });
        }
        QCOMPARE(result.first, FileProblem::NoSpace);
        QVERIFY2(result.second.startsWith(
                     QString("cannot write run log '%1': ").arg(QString::fromStdString(path))),
                 qPrintable(result.second));
        QCOMPARE(slurp(path), std::string("first record\n"));
        log.append("after\n");
        log.flush();
        QCOMPARE(slurp(path), std::string("first record\nafter\n"));
    }
};

QTEST_GUILESS_MAIN(TestFiles)
#include "test_files.moc"
