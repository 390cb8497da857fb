#include "runs/log_follower.h"

#include <QFileInfo>

#include "unroll/files.h"

namespace unroll {

namespace {
constexpr int kSafetyPollMs = 1000;
}

LogFollower::LogFollower(const QString& path, QObject* parent) : QObject(parent), path_(path) {
    // The folder too: an editor or a writer that replaces the file gives the folder the notice.
    watcher_.addPath(path_);
    watcher_.addPath(QFileInfo(path_).absolutePath());
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!watcher_.files().contains(path_))
            watcher_.addPath(path_);  // it was replaced: watch the new file
        readMore();
    });
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!watcher_.files().contains(path_) && QFileInfo::exists(path_))
            watcher_.addPath(path_);
        readMore();
    });
    poll_.setInterval(kSafetyPollMs);
    connect(&poll_, &QTimer::timeout, this, &LogFollower::readMore);
    poll_.start();
    readMore();
}

void LogFollower::readMore() {
    // Through the engine's reader: a log replaced by a FIFO or a device is not waited on.
    const QFileInfo file(path_);
    if (!file.exists())
        return;  // not there yet, or gone: the next notice or poll tries again
    if (file.size() < offset_) {
        parser_ = RunLogParser();  // rewritten from the start
        offset_ = 0;
    }
    if (file.size() == offset_)
        return;
    const std::int64_t lines_before = parser_.lines();
    try {
        ReadLimits limits;
        limits.what = unroll::Message(UNROLL_TEXT("run log"));
        readFileChunks(
            path_.toStdString(), limits,
            [this](std::string_view added) {
                offset_ += static_cast<qint64>(added.size());
                parser_.feed(added.data(), added.size());
            },
            static_cast<std::uint64_t>(offset_));
    } catch (const FileError&) {
        return;  // unreadable now: the next notice or poll tries again
    }
    if (ended()) {
        poll_.stop();
        watcher_.removePaths(watcher_.files() + watcher_.directories());
    }
    if (parser_.lines() != lines_before)
        Q_EMIT changed();
}

}  // namespace unroll
