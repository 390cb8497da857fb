// Drives the window without a person, for the screenshot mode and the GUI benchmark: start a
// preset, train a number of steps (or to the end), then render the window to a PNG and/or write a
// report of throughput and event-loop lag, and quit.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace unroll {

class MainWindow;

class ScriptedRun : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString preset;          // empty: the form's settings
        QStringList settings;    // key=value, applied after the preset
        qint64 train_steps = 0;  // 0: do not train; < 0: train to the end
        QString screenshot;      // PNG to render, or empty
        QString report;          // JSON report to write, or empty
        int tab = 0;             // the tab to show in the screenshot
        bool open_cell = false;  // the diagram opens its cell
        bool rolled = false;     // the diagram shows the rolled form
        QString prompt;          // generate from it before the screenshot ("": do not)
        QStringList race;        // presets to race (interleaved) instead of one run
        QString follow;          // a run log to follow (the screenshot waits for its end)
        int runs = 1;            // runs one after another; the report has the memory after each
    };
    ScriptedRun(MainWindow* window, Options options);
    // Begins once the event loop runs; the application exits with 0 on success.
    void begin();
    // false: only set up the form (unroll --preset P) and leave the window to the person.
    void setQuitWhenDone(bool quit) { quit_when_done_ = quit; }

private:
    void check();
    void finish();
    void measureLag();

    MainWindow* window_;
    Options options_;
    QTimer lag_timer_;
    QElapsedTimer clock_;
    qint64 expected_ms_ = 0;
    std::vector<double> lateness_ms_;
    QElapsedTimer run_clock_;
    double train_seconds_ = 0.0;
    qint64 train_tokens_ = 0;
    bool finishing_ = false;
    bool done_ = false;
    bool generated_ = false;
    bool quit_when_done_ = true;
    int runs_done_ = 0;
    std::vector<qint64> rss_kb_;  // resident memory after each run
};

}  // namespace unroll
