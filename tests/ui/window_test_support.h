// Helpers the GUI tests share.
#pragma once

#include <QtTest>

#include "controller/training_controller.h"
#include "window/main_window.h"

namespace unroll::test {

// Runs the event loop until the controller reports state `s`, or `ms` pass.
inline bool waitForState(TrainingController& c, RunState s, int ms = 20000) {
    return QTest::qWaitFor([&] { return c.state() == s; }, ms);
}

inline bool waitForState(MainWindow& w, RunState s, int ms = 30000) {
    return waitForState(*w.controller(), s, ms);
}

}  // namespace unroll::test
