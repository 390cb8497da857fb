// A data-parallel run driven as the window drives one (issue #21): rank 0's session leads, a
// follower on another thread obeys its commands through the group's store, and whatever the user
// does between steps — a pause longer than the workers' timeout, a changed learning rate, a
// shuffled validation, a learning-rate sweep stopped half-way, more epochs, a rewind after a
// divergence — the group trains as one process does, step for step.
#include <QtTest>

#include "test_support.h"

#include <atomic>
#include <cmath>
#include <future>
#include <thread>

#include "unroll/group_session.h"
#include "unroll/training_session.h"

using namespace unroll;
using unroll::test::quick;
using unroll::test::worstRelative;

namespace {

struct Trace : TrainObserver {
    void onStep(const StepMetrics& s) override { losses.push_back(s.loss); }
    void onEpoch(const EpochMetrics& e) override { valid.push_back(e.valid_loss); }
    std::vector<double> losses, valid, evaluated;
    int diverged = 0;
    std::int64_t rewound_to = -1;
};

// The user's actions, the same for one process and for a group.
Trace drive(TrainingSession& s) {
    configureWorkerThread(1);
    Trace t;
    for (int i = 0; i < 5; ++i)
        s.step(t);
    // A pause longer than worker_timeout: the followers wait for rank 0, not for the timeout.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    Config lower = s.config();
    lower.set("lr", lower.get(settings::lr) * 0.5);
    s.applyLive(lower);
    t.evaluated.push_back(s.evaluate(true, 7).valid_loss);
    // A sweep stopped from another thread at whatever step it has reached: it puts the run back.
    std::atomic<bool> stop{false};
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        stop = true;
    });
    s.findLearningRate(LrFindOptions{1e-7, 10.0, 60, false}, &stop);
    stopper.join();
    while (!s.finished())
        s.step(t);
    Config more = s.config();
    more.set("epochs", std::int64_t{2});
    s.continueRun(more);
    // A learning rate no model survives: the guard withholds the step everywhere, and a rewind
    // with the rate divided back down goes on.
    Config wild = s.config();
    wild.set("lr", 100.0);
    s.applyLive(wild);
    for (int i = 0; i < 20 && t.diverged == 0; ++i)
        if (s.step(t) == TrainingSession::StepResult::Diverged)
            ++t.diverged;
    if (t.diverged)
        t.rewound_to = s.recover(Remedy{Remedy::Kind::Rewind, 1e5, 0.0}, t).rewind_to;
    for (int i = 0; i < 5; ++i)
        s.step(t);
    t.evaluated.push_back(s.evaluate(false, 0).valid_loss);
    return t;
}

Config runConfig() {
    Config c = quick("lm4");
    c.set("on_nonfinite", std::string("pause"));
    c.set("worker_timeout", 1.0);
    return c;
}

}  // namespace

class TestGroupSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aDrivenGroupTrainsAsOneProcess() {
        const Trace one = drive(*newTrainerSession(runConfig()));
        QVERIFY2(one.diverged == 1, "the wild learning rate did not make the guard withhold");
        QVERIFY2(one.rewound_to > 0, "the rewind went nowhere");

        Config config = runConfig();
        config.set("workers", std::int64_t{2});
        auto rank0 = std::make_shared<WorkerGroup>(GroupAddress{0, 2, "127.0.0.1", 0, ""}, 10.0);
        std::future<void> follower = std::async(std::launch::async, [port = rank0->port()] {
            followGroup(
                std::make_shared<WorkerGroup>(GroupAddress{1, 2, "127.0.0.1", port, ""}, 10.0));
        });
        Trace two;
        {
            std::unique_ptr<TrainingSession> leader = newGroupLeaderSession(config, {}, {}, rank0);
            two = drive(*leader);
        }  // ends the follower's run
        const bool ended = follower.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
        rank0.reset();  // a follower still waiting now fails at once instead of waiting forever
        QVERIFY2(ended, "the follower did not end with the leader");
        follower.get();  // and it ended without an error

        const double losses = worstRelative(two.losses, one.losses);
        qInfo("%zu steps: losses within %.1e; validations %.8f, %.8f against %.8f, %.8f",
              one.losses.size(), losses, two.evaluated[0], two.evaluated[1], one.evaluated[0],
              one.evaluated[1]);
        QCOMPARE(two.diverged, 1);
        QCOMPARE(two.rewound_to, one.rewound_to);
        for (double v : two.evaluated)
            QVERIFY2(std::isfinite(v), "the rewind did not bring the run back");
        QVERIFY2(losses <= 1e-4, "a step's loss differs from one process's");
        QVERIFY(worstRelative(two.valid, one.valid) <= 1e-5);
        QVERIFY(worstRelative(two.evaluated, one.evaluated) <= 1e-5);
    }

    void aFollowerEndsWhenRankZeroGoesAway() {
        auto rank0 = std::make_shared<WorkerGroup>(GroupAddress{0, 2, "127.0.0.1", 0, ""}, 10.0);
        std::future<void> follower = std::async(std::launch::async, [port = rank0->port()] {
            followGroup(
                std::make_shared<WorkerGroup>(GroupAddress{1, 2, "127.0.0.1", port, ""}, 10.0));
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        rank0.reset();  // rank 0 ends before it published anything (a crash)
        QVERIFY2(follower.wait_for(std::chrono::seconds(10)) == std::future_status::ready,
                 "the follower waits for a rank 0 that is gone");
        try {
            follower.get();
            QFAIL("the follower ended as if rank 0 had ended the run");
        } catch (const WorkerGroupError& e) {
            QVERIFY2(QString(e.what()).contains("lost rank 0"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestGroupSession)
#include "test_group_session.moc"
