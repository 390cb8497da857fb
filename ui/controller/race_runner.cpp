#include "controller/race_runner.h"

#include <memory>

#include "text/engine_text.h"
#include "unroll/trainer.h"
#include "unroll/training_session.h"

namespace unroll {

class RaceWorker : public QObject {
public:
    explicit RaceWorker(RaceRunner* runner) : runner_(runner) {}

    void start(const std::vector<RaceRunner::Racer>& racers, RaceRunner::Order order,
               const QString& runs_folder) {
        sessions_.clear();
        order_ = order;
        next_ = 0;
        opening_.clear();
        QStringList ids;
        try {
            for (const RaceRunner::Racer& r : racers) {
                RecordOptions record;
                record.runs_folder = runs_folder.toStdString();
                record.origin = "race";
                record.name = r.name.toStdString();
                sessions_.push_back(newTrainerSession(r.config, {}, record));
                ids << QString::fromStdString(sessions_.back()->info().run_id);
            }
            configureWorkerThread(static_cast<int>(racers.front().config.get(settings::threads)));
        } catch (const std::exception& e) {
            fail(engineText(e));
            return;
        }
        reply([ids](RaceRunner& r) { Q_EMIT r.started(ids); });
        schedule();
    }

private:
    // The race ends; the racers' recorders note how far each got.
    void fail(const QString& message) {
        sessions_.clear();
        reply([message](RaceRunner& r) {
            r.running_ = false;
            Q_EMIT r.failed(message);
        });
    }

    void schedule() {
        QMetaObject::invokeMethod(
            this, [this] { step(); }, Qt::QueuedConnection);
    }

    // One step of one racer per event, so that a stop is seen between any two steps.
    void step() {
        if (runner_->stop_.load()) {
            sessions_.clear();  // their recorders mark them "stopped"
            reply([](RaceRunner& r) {
                r.running_ = false;
                Q_EMIT r.finished(true);
            });
            return;
        }
        TrainingSession* racer = nullptr;
        for (size_t tried = 0; tried < sessions_.size() && !racer; ++tried) {
            const size_t i = (next_ + tried) % sessions_.size();
            if (!sessions_[i]->finished()) {
                racer = sessions_[i].get();
                // Interleaved: the next step is the next racer's; in turn: the same one's.
                next_ = order_ == RaceRunner::Order::Interleaved ? i + 1 : i;
                if (opening_.size() < RaceRunner::kOpeningSteps)
                    opening_.push_back(static_cast<int>(i));
            }
        }
        if (!racer) {
            sessions_.clear();
            reply([opening = opening_](RaceRunner& r) {
                r.running_ = false;
                r.opening_ = opening;
                Q_EMIT r.finished(false);
            });
            return;
        }
        try {
            TrainObserver nobody;  // the session's own recorder keeps everything
            if (racer->step(nobody) == TrainingSession::StepResult::Diverged)
                throw UserError(Message(UNROLL_TEXT("a racer diverged: %1 — its log names the "
                                                    "step; lower its learning rate"),
                                        nameOf(racer->info().config.get(settings::arch))));
        } catch (const std::exception& e) {
            fail(engineText(e));
            return;
        }
        schedule();
    }

    void reply(std::function<void(RaceRunner&)> fn) {
        RaceRunner* r = runner_;
        QMetaObject::invokeMethod(
            r, [r, fn = std::move(fn)] { fn(*r); }, Qt::QueuedConnection);
    }

    RaceRunner* runner_;
    std::vector<std::unique_ptr<TrainingSession>> sessions_;
    RaceRunner::Order order_ = RaceRunner::Order::Interleaved;
    size_t next_ = 0;
    std::vector<int> opening_;
};

RaceRunner::RaceRunner(QObject* parent) : QObject(parent) {
    worker_ = new RaceWorker(this);
    worker_->moveToThread(&thread_);
    thread_.setObjectName(QStringLiteral("race"));
    thread_.start();
}

RaceRunner::~RaceRunner() {
    stop_ = true;
    thread_.quit();
    thread_.wait();
    delete worker_;
}

std::vector<RaceRunner::Racer> RaceRunner::racersFor(const QStringList& presets,
                                                     const Config& base) {
    std::vector<Racer> racers;
    for (const QString& name : presets) {
        Config c = findPreset(name.toStdString()).config();
        for (const char* key : {settings::corpus.name, settings::tokenizer.name,
                                settings::line_break.name, settings::subword_vocab.name,
                                settings::subword_model.name, settings::max_corpus_mb.name,
                                settings::seed.name, settings::epochs.name, settings::threads.name})
            c.set(key, base.get(key));
        racers.push_back({name, c});
    }
    return racers;
}

void RaceRunner::start(std::vector<Racer> racers, Order order, const QString& runs_folder) {
    if (running_ || racers.empty())
        return;
    running_ = true;
    stop_ = false;
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_, racers = std::move(racers), order, runs_folder] {
            w->start(racers, order, runs_folder);
        },
        Qt::QueuedConnection);
}

void RaceRunner::stop() {
    stop_ = true;
}

}  // namespace unroll
