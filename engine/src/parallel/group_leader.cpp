// Rank 0's session in a data-parallel run: the session that trains rank 0's share, with every
// operation that changes the run announced to the other workers first (those every worker takes
// part in: a step, a validation, a sweep) or after it succeeded here (those that may be refused:
// settings, a continuation, a remedy), so that the followers do exactly what rank 0 did.
// Generating, inspecting a batch and saving read rank 0's weights alone, which are everyone's.
#include <chrono>
#include <thread>
#include <type_traits>
#include <utility>

#include "parallel/group_commands.h"
#include "parallel/group_leader.h"
#include "parallel/group_ops.h"
#include "parallel/worker_processes.h"
#include "unroll/group_session.h"

namespace unroll {

namespace {

namespace gc = group_commands;

// `e` with the workers that failed, and how, where rank 0 knows it: its own children's ends, and
// the words a follower left in the store before it exited.
WorkerGroupError withFailedWorkers(const WorkerGroupError& e, WorkerGroup& group,
                                   WorkerProcesses* children) {
    std::string why = children ? children->failures(true) : "";
    for (int rank = 1; rank < group.world(); ++rank) {
        std::string said;
        try {
            said = group.impl().peek(gc::errorKey(rank));
        } catch (const std::exception&) {
            // The store is gone with the group: nothing more to learn.
        }
        if (!said.empty())
            why += (why.empty() ? "" : "; ") + ("worker " + std::to_string(rank) + ": ") + said;
    }
    return why.empty() ? e
                       : WorkerGroupError(Message("%1 (%2)", e.message(), Message::verbatim(why)));
}

class GroupLeaderSession : public TrainingSession {
public:
    GroupLeaderSession(std::unique_ptr<TrainingSession> own, std::shared_ptr<WorkerGroup> group,
                       std::unique_ptr<WorkerProcesses> children)
        : own_(std::move(own)), group_(std::move(group)), children_(std::move(children)) {}

    // Ends the followers' run: they obey "quit" and exit; rank 0 waits for them, but not for
    // workers that are gone already (the window's training thread ended before its session,
    // and PR_SET_PDEATHSIG took its workers with it) nor for longer than a few seconds (a
    // worker that does not answer is stopped by ~WorkerProcesses).
    ~GroupLeaderSession() override {
        try {
            if (!broken_) {
                announce({{"op", "quit"}});
                const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
                while (group_->impl().count(gc::kDoneKey, 0) < group_->world() - 1 &&
                       !(children_ && children_->allEnded()) &&
                       std::chrono::steady_clock::now() < until)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        } catch (const std::exception&) {
            // The group is broken: the workers are stopped below all the same.
        }
        if (children_)
            children_->finish(broken_ ? 0.0 : 2.0);
        children_.reset();  // SIGTERM, then SIGKILL, to any worker still running
    }

    SessionInfo info() const override { return own_->info(); }
    bool finished() const override { return own_->finished(); }

    StepResult step(TrainObserver& observer) override {
        announce({{"op", "step"}});
        return guarded([&] { return own_->step(observer); });
    }
    EpochMetrics evaluate(bool shuffled, std::uint64_t seed) override {
        announce({{"op", "evaluate"}, {"shuffled", shuffled}, {"seed", seed}});
        return guarded([&] { return own_->evaluate(shuffled, seed); });
    }
    LrFindResult findLearningRate(const LrFindOptions& options,
                                  const std::atomic<bool>* stop) override {
        announce({{"op", "lr_find"}, {"options", gc::toJson(options)}});
        return guarded([&] { return own_->findLearningRate(options, stop); });
    }

    void applyLive(const Config& config) override {
        own_->applyLive(config);
        announce({{"op", "live"}, {"config", config.toJson(-1)}});
    }
    void continueRun(const Config& config) override {
        own_->continueRun(config);
        announce({{"op", "continue"}, {"config", config.toJson(-1)}});
    }
    TrainEvent recover(const Remedy& remedy, TrainObserver& observer) override {
        TrainEvent done = own_->recover(remedy, observer);
        announce({{"op", "recover"}, {"remedy", gc::toJson(remedy)}});
        return done;
    }

    void startRecording(const RecordOptions& record) override { own_->startRecording(record); }
    void markEnded(const std::string& outcome) override { own_->markEnded(outcome); }
    Config config() const override { return own_->config(); }
    std::int64_t rewindPoint() const override { return own_->rewindPoint(); }
    void save(const std::string& path) const override { own_->save(path); }
    Generation generate(const std::string& prompt, const SamplingOptions& options,
                        const std::function<bool(const GeneratedToken&)>& on_token) override {
        return own_->generate(prompt, options, on_token);
    }
    BatchView inspectValidBatch(std::int64_t index, const BatchViewOptions& options) override {
        return own_->inspectValidBatch(index, options);
    }

private:
    void announce(const nlohmann::json& command) {
        if (broken_)
            throw WorkerGroupError(
                Message(UNROLL_TEXT("the worker group broke earlier; start the run again")));
        guarded([&] { group_->impl().sendCommand(command.dump()); });
    }

    // A broken group stays broken; its error names the workers that failed (withFailedWorkers).
    template <typename F>
    std::invoke_result_t<F&> guarded(F&& f) {
        try {
            return f();
        } catch (const WorkerGroupError& e) {
            broken_ = true;
            throw withFailedWorkers(e, *group_, children_.get());
        }
    }

    std::unique_ptr<TrainingSession> own_;
    std::shared_ptr<WorkerGroup> group_;
    std::unique_ptr<WorkerProcesses> children_;
    bool broken_ = false;
};

std::unique_ptr<TrainingSession> leadGroup(const Config& config, const LoadProgress& progress,
                                           const RecordOptions& record,
                                           std::shared_ptr<WorkerGroup> group,
                                           std::unique_ptr<WorkerProcesses> children) {
    config.validate();
    group->impl().publish(group_commands::kConfigKey, config.toJson(-1));
    std::unique_ptr<TrainingSession> own;
    try {
        own = newTrainerSession(config, progress, record, group);
    } catch (const WorkerGroupError& e) {  // the group did not form: a worker failed to start
        throw withFailedWorkers(e, *group, children.get());
    }
    return std::make_unique<GroupLeaderSession>(std::move(own), std::move(group),
                                                std::move(children));
}

}  // namespace

std::unique_ptr<TrainingSession> newGroupLeaderSession(const Config& config,
                                                       const LoadProgress& progress,
                                                       const RecordOptions& record,
                                                       std::shared_ptr<WorkerGroup> group) {
    return leadGroup(config, progress, record, std::move(group), nullptr);
}

std::unique_ptr<TrainingSession> newLocalGroupSession(const Config& config,
                                                      const LoadProgress& progress,
                                                      const RecordOptions& record) {
    std::shared_ptr<WorkerGroup> group = WorkerGroup::local(
        static_cast<int>(config.get(settings::workers)), config.get(settings::worker_timeout));
    auto children = std::make_unique<WorkerProcesses>(group->address());
    return leadGroup(config, progress, record, std::move(group), std::move(children));
}

}  // namespace unroll
