// A run's state ("finished", "interrupted", ...: the engine's words in run.json) as the window
// shows it, translated.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace unroll {

inline QString runStatusText(const std::string& status) {
    if (status == "running")
        return QCoreApplication::translate("RunStatus", "running");
    if (status == "finished")
        return QCoreApplication::translate("RunStatus", "finished");
    if (status == "stopped")
        return QCoreApplication::translate("RunStatus", "stopped");
    if (status == "paused")
        return QCoreApplication::translate("RunStatus", "paused");
    if (status == "diverged")
        return QCoreApplication::translate("RunStatus", "diverged");
    if (status == "failed")
        return QCoreApplication::translate("RunStatus", "failed");
    if (status == "interrupted")
        return QCoreApplication::translate("RunStatus", "interrupted");
    return QString::fromStdString(status);
}

}  // namespace unroll
