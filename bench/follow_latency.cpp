// How soon the window shows an epoch that a headless run has just written (issue #9: within one
// second). A real `unroll-cli train --log FILE` writes the log; a watcher thread notes when each
// epoch line has arrived in the file (checking every millisecond); the GUI side is the Runs tab's
// ComparePanel following FILE, as a person following the run would have it. Latency = the time
// the comparison's table first shows epoch k minus the time epoch k's line arrived.
//
//   QT_QPA_PLATFORM=offscreen build/release/bench/unroll-bench-follow build/release/app/unroll-cli
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "runs/compare_panel.h"
#include "runs/log_follower.h"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH/TO/unroll-cli [EPOCHS]\n", argv[0]);
        return 2;
    }
    const int epochs = argc > 2 ? std::atoi(argv[2]) : 15;
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("live.jsonl"));

    // The file side: when each epoch line is complete in the file.
    std::mutex mutex;
    std::vector<Clock::time_point> written;
    std::atomic<bool> done{false};
    std::thread watcher([&] {
        size_t offset = 0;
        std::string pending;
        while (!done) {
            std::ifstream in(log.toStdString(), std::ios::binary);
            if (in) {
                in.seekg(static_cast<std::streamoff>(offset));
                std::string added((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
                offset += added.size();
                pending += added;
                for (size_t nl; (nl = pending.find('\n')) != std::string::npos;) {
                    if (pending.compare(0, 15, "{\"type\":\"epoch\"") == 0) {
                        std::lock_guard<std::mutex> lock(mutex);
                        written.push_back(Clock::now());
                    }
                    pending.erase(0, nl + 1);
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });

    // The window side: the comparison following the log.
    unroll::ComparePanel panel;
    panel.resize(1000, 700);
    panel.show();
    panel.follow(log);
    std::vector<Clock::time_point> shown;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &panel, [&] {
        const QTableWidgetItem* cell = panel.finals()->item(0, 3);  // "k / n" epochs
        if (!cell)
            return;
        const int k = cell->text().section(QLatin1Char('/'), 0, 0).trimmed().toInt();
        while (static_cast<int>(shown.size()) < k)
            shown.push_back(Clock::now());
    });
    check.start();

    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QString::fromLocal8Bit(argv[1]),
              {QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("lm6"),
               QStringLiteral("--epochs"), QString::number(epochs), QStringLiteral("--log"), log,
               QStringLiteral("--no-record")});
    QObject::connect(&cli, &QProcess::finished, &app, [&] {
        QTimer::singleShot(1500, &app, &QApplication::quit);  // let the last epoch show
    });
    cli.setStandardOutputFile(QProcess::nullDevice());
    app.exec();
    done = true;
    watcher.join();

    std::vector<double> latency_ms;
    {
        std::lock_guard<std::mutex> lock(mutex);
        for (size_t i = 0; i < std::min(written.size(), shown.size()); ++i)
            latency_ms.push_back(
                std::chrono::duration<double, std::milli>(shown[i] - written[i]).count());
        if (shown.size() < written.size()) {
            std::fprintf(stderr, "only %zu of %zu epochs were shown\n", shown.size(),
                         written.size());
            return 1;
        }
    }
    if (latency_ms.empty())
        return 1;
    std::vector<double> sorted = latency_ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf(
        "epochs %zu, latency from the line's arrival to the table showing it: median %.1f ms, "
        "max %.1f ms\n",
        sorted.size(), sorted[sorted.size() / 2], sorted.back());
    std::printf("per epoch (ms):");
    for (const double v : latency_ms)
        std::printf(" %.1f", v);
    std::printf("\n");
    return sorted.back() < 1000.0 ? 0 : 1;
}
