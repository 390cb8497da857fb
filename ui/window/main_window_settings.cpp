// What the window remembers between sessions (QSettings): its geometry and dock layout, the tab
// last shown, the last configuration, the comparison's choices, and the recent corpora,
// checkpoints and run logs (File menu). Restored only when the application asks (tests build
// windows that must start from the defaults).
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "panels/config_panel.h"
#include "runs/runs_panel.h"
#include "text/engine_text.h"
#include "window/main_window.h"

namespace unroll {

namespace {
const char* kGeometryKey = "window/geometry";
const char* kStateKey = "window/state";
const char* kTabKey = "window/tab";
const char* kConfigKey = "lastConfig";
const char* kSelectedRunsKey = "runs/selected";
}  // namespace

void MainWindow::restoreSession() {
    persist_ = true;
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    tabs_->setCurrentIndex(settings.value(kTabKey, 0).toInt());
    const QString config = settings.value(kConfigKey).toString();
    if (!config.isEmpty()) {
        try {
            config_->setConfig(Config::fromJson(config.toStdString()));
        } catch (const std::exception& e) {
            // A configuration from an older Unroll: start from the defaults, and say so.
            statusBar()->showMessage(
                tr("The last session's settings could not be restored (%1); the defaults are "
                   "shown.")
                    .arg(engineText(e)),
                10000);
        }
    }
    runs_->select(settings.value(kSelectedRunsKey).toStringList());
}

void MainWindow::saveSession() const {
    if (!persist_)
        return;
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kTabKey, tabs_->currentIndex());
    settings.setValue(kConfigKey, QString::fromStdString(config_->config().toJson()));
    settings.setValue(kSelectedRunsKey, runs_->selectedIds());
}

}  // namespace unroll
