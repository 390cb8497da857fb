// Lists of recently used files kept in QSettings (corpora, checkpoints, run logs): newest first,
// no duplicates, at most kMaxRecent, and files that no longer exist dropped when read.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;

namespace unroll {

inline constexpr int kMaxRecent = 8;
// The lists' keys.
inline constexpr const char* kRecentCorpora = "recent/corpora";
inline constexpr const char* kRecentCheckpoints = "recent/checkpoints";
inline constexpr const char* kRecentRunLogs = "recent/runLogs";

QStringList recentFiles(const QString& key);
void addRecentFile(const QString& key, const QString& path);
// Fills `menu` with the list under `key` (rebuilt each time it opens); choosing one calls `use`.
void attachRecentMenu(QMenu* menu, const QString& key, std::function<void(const QString&)> use);

}  // namespace unroll
