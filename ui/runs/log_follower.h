// Follows a run log while something (unroll-cli train --log, or a run of this window) is still
// writing it: the file system's change notice (inotify through QFileSystemWatcher) wakes it, it
// reads only the bytes added since, and the RunLogParser holds back a truncated last line until
// its newline arrives. A slow safety poll (once a second, only until the run's "end" record)
// covers file systems that send no notices; there is no polling storm. A file that shrinks
// (rewritten from the start) is read again from the top.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include "unroll/run_log_reader.h"

namespace unroll {

class LogFollower : public QObject {
    Q_OBJECT

public:
    explicit LogFollower(const QString& path, QObject* parent = nullptr);

    const QString& path() const { return path_; }
    const RunSeries& series() const { return parser_.series(); }
    const RunLogParser& parser() const { return parser_; }
    // The run wrote its "end" record: nothing more will come.
    bool ended() const { return !parser_.series().outcome.empty(); }
    qint64 bytesRead() const { return offset_; }
    // Reads whatever has been added now (the watcher and the poll call this).
    void readMore();

Q_SIGNALS:
    // New complete records were parsed.
    void changed();

private:
    QString path_;
    QFileSystemWatcher watcher_;
    QTimer poll_;
    RunLogParser parser_;
    qint64 offset_ = 0;
};

}  // namespace unroll
