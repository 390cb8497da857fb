// Helpers the GUI tests share.
#pragma once

#include <QtTest>

#include "controller/training_controller.h"
#include "panels/config_panel.h"
#include "panels/epoch_table.h"
#include "window/main_window.h"
#include "window/window_questions.h"

namespace unroll::test {

// Answers the window's questions as the test says, and counts them.
class ScriptedQuestions : public WindowQuestions {
public:
    Unsaved unsaved = Unsaved::Discard;
    QString save_path;  // "" cancels the dialog
    QString open_path;
    int asked_unsaved = 0;
    Unsaved unsavedModel(QWidget*, const QString&) override {
        ++asked_unsaved;
        return unsaved;
    }
    QString checkpointToSave(QWidget*, const QString&) override { return save_path; }
    QString checkpointToOpen(QWidget*) override { return open_path; }
};

// Installs ScriptedQuestions in `w`; the window owns it.
inline ScriptedQuestions* answerQuestions(MainWindow& w) {
    auto* q = new ScriptedQuestions;
    w.setQuestions(std::unique_ptr<WindowQuestions>(q));
    return q;
}

// Runs the event loop until the controller reports state `s`, or `ms` pass.
inline bool waitForState(TrainingController& c, RunState s, int ms = 20000) {
    return QTest::qWaitFor([&] { return c.state() == s; }, ms);
}

inline bool waitForState(MainWindow& w, RunState s, int ms = 30000) {
    return waitForState(*w.controller(), s, ms);
}

// `preset` trained for one epoch in `w`, to its end; false when it did not finish in time.
inline bool trainOneEpoch(MainWindow& w, const std::string& preset = "lm1") {
    w.configPanel()->loadPreset(preset);
    return w.configPanel()->setValueText("epochs", "1") && (w.startRun(), true) &&
           waitForState(w, RunState::Finished);
}

// A run trained in a window of its own and saved to `path`, as a person would: `preset` for
// `epochs`, stopped after its first epoch when `stop_after_first_epoch`, else to its end
// (within `finish_ms`). False when a step of it did not happen in time.
inline bool saveRun(const QString& path, const std::string& preset, int epochs,
                    bool stop_after_first_epoch, int finish_ms = 60000) {
    MainWindow w;
    w.configPanel()->loadPreset(preset);
    if (!w.configPanel()->setValueText("epochs", QString::number(epochs)))
        return false;
    QSignalSpy saved(w.controller(), &TrainingController::saved);
    w.startRun();
    if (stop_after_first_epoch) {
        if (!QTest::qWaitFor([&] { return w.epochTable()->rowCount() >= 1; }, 30000))
            return false;
        w.stopRun();
        if (!waitForState(w, RunState::Stopped))
            return false;
    } else if (!waitForState(w, RunState::Finished, finish_ms)) {
        return false;
    }
    w.controller()->save(path);
    return saved.wait(10000);
}

}  // namespace unroll::test
