// A worker other than rank 0: it builds the run rank 0 published and does what rank 0 says, in
// order, until rank 0 ends the run (parallel/group_leader.cpp). It prints nothing and records
// nothing: rank 0 alone does.
#include <cstdio>

#include "parallel/group_commands.h"
#include "parallel/group_ops.h"
#include "unroll/group_session.h"

namespace unroll {

namespace gc = group_commands;

namespace {

void obey(const std::shared_ptr<WorkerGroup>& group) {
    WorkerGroup::Impl& g = group->impl();
    const Config config = Config::fromJson(g.await(gc::kConfigKey), "rank 0's configuration");
    g.timeout_seconds = config.get(settings::worker_timeout);  // rank 0's, for the collectives
    const std::unique_ptr<TrainingSession> session = newTrainerSession(config, {}, {}, group);
    configureWorkerThread(static_cast<int>(config.get(settings::threads)));
    TrainObserver silent;
    for (;;) {
        const nlohmann::json command = nlohmann::json::parse(g.receiveCommand());
        const std::string op = command.at("op").get<std::string>();
        if (op == "step") {
            session->step(silent);
        } else if (op == "evaluate") {
            session->evaluate(command.at("shuffled").get<bool>(),
                              command.at("seed").get<std::uint64_t>());
        } else if (op == "lr_find") {
            session->findLearningRate(gc::lrFindOptionsFrom(command.at("options")), nullptr);
        } else if (op == "live") {
            const Config live =
                Config::fromJson(command.at("config").get<std::string>(), "rank 0's settings");
            session->applyLive(live);
            configureWorkerThread(static_cast<int>(live.get(settings::threads)));
        } else if (op == "continue") {
            session->continueRun(
                Config::fromJson(command.at("config").get<std::string>(), "rank 0's settings"));
        } else if (op == "recover") {
            session->recover(gc::remedyFrom(command.at("remedy")), silent);
        } else if (op == "quit") {
            g.count(gc::kDoneKey, 1);
            return;
        } else {
            throw WorkerGroupError(Message(
                UNROLL_TEXT("rank 0 sent a command this worker does not know (%1): run the same "
                            "version of Unroll on every machine"),
                Message::verbatim(op)));
        }
    }
}

}  // namespace

void followGroup(const std::shared_ptr<WorkerGroup>& group) {
    try {
        obey(group);
    } catch (const std::exception& e) {
        try {  // for rank 0 to name what stopped this worker
            group->impl().publish(gc::errorKey(group->rank()), textOf(e).english());
        } catch (const std::exception&) {
            // Rank 0 is gone: there is no one to tell.
        }
        throw;
    }
}

int runGroupWorker() {
    try {
        const std::optional<GroupAddress> address = groupAddressFromEnvironment();
        if (!address || address->rank == 0)
            throw WorkerGroupError(Message(UNROLL_TEXT(
                "--group-worker is for the workers rank 0 starts: RANK (1 or more), WORLD_SIZE, "
                "and UNROLL_GROUP_FILE or MASTER_ADDR and MASTER_PORT must describe the group")));
        // Until rank 0's configuration says otherwise, the default wait to reach it.
        followGroup(std::make_shared<WorkerGroup>(*address, 60.0));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", textOf(e).english().c_str());
        return 1;
    }
}

}  // namespace unroll
