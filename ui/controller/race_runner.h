// A race: several configurations trained on the same corpus with the same seed (so the same
// batch order), on a thread of their own, either interleaved step by step or one after another.
// Every racer is recorded in the run store like any run; the Runs panel follows their logs, so
// their curves fill in together.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <vector>

#include "unroll/config.h"

namespace unroll {

class RaceWorker;

class RaceRunner : public QObject {
    Q_OBJECT

public:
    struct Racer {
        QString name;
        Config config;
    };
    enum class Order { Interleaved, OneAfterAnother };

    // Owned by the TrainingController, the one owner of training threads.
    explicit RaceRunner(QObject* parent = nullptr);
    ~RaceRunner() override;  // stops the race and joins its thread

    // The racers' configurations with what must be the same for a fair race taken from `base`:
    // the corpus and how it is read, the seed, the epochs and the threads.
    static std::vector<Racer> racersFor(const QStringList& presets, const Config& base);

    // Every racer is recorded in the run store at `runs_folder`.
    void start(std::vector<Racer> racers, Order order, const QString& runs_folder);
    void stop();  // after the step in progress; the racers are recorded as "stopped"
    bool running() const { return running_; }
    // Which racer (by index) took each of the race's first steps: 0 1 2 0 1 2 … interleaved,
    // 0 0 0 … in turn. Set when a race finishes.
    static constexpr size_t kOpeningSteps = 12;
    const std::vector<int>& openingSteps() const { return opening_; }

Q_SIGNALS:
    // The racers are built and recorded (run ids, in racer order); training begins.
    void started(const QStringList& run_ids);
    void finished(bool stopped);
    void failed(const QString& message);

private:
    friend class RaceWorker;
    QThread thread_;
    RaceWorker* worker_ = nullptr;
    std::atomic<bool> stop_{false};
    bool running_ = false;
    std::vector<int> opening_;
};

}  // namespace unroll
