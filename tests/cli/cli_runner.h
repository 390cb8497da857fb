// Running the real unroll-cli from a test: its exit code, its output, and how long it took.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace unroll::test {

struct CliResult {
    int code = -1;  // -1: killed (the timeout) or crashed
    QString out;
    QString err;
    qint64 ms = 0;
};

struct CliOptions {
    int timeout_ms = 120000;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Runs in the child before exec (a signal disposition, a resource limit).
    std::function<void()> in_child;
    // Called once the process has started (to signal it); gets the process.
    std::function<void(QProcess&)> once_started;
    // Standard output and error into one pipe, as `2>&1 | less` gives them (read from out).
    bool merged = false;
};

inline CliResult runCli(const QStringList& args, const CliOptions& options = {}) {
    QProcess p;
    p.setProcessEnvironment(options.env);
    if (options.merged)
        p.setProcessChannelMode(QProcess::MergedChannels);
    if (options.in_child)
        p.setChildProcessModifier(options.in_child);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(UNROLL_CLI), args);
    p.waitForStarted();
    if (options.once_started)
        options.once_started(p);
    if (!p.waitForFinished(options.timeout_ms)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), clock.elapsed()};
}

}  // namespace unroll::test
