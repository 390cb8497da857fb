// A run's state ("finished", "interrupted", ...: the engine's words in run.json) and its
// training time as the Runs tab shows them, the same in its list and its comparison.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <string>

#include "text/numbers.h"

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

inline QString trainingTimeText(double seconds) {
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(fixedNumber(seconds, 1));
    const int s = static_cast<int>(std::lround(seconds));
    return s < 3600 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60)
                    : QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

}  // namespace unroll
