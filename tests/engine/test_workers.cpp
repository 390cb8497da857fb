// Data-parallel training (issue #21) in one process: two trainers, each on its own thread, joined
// over 127.0.0.1 through the same rank/address interface that two machines use, against one
// trainer on the whole batch. The same maths: the same losses step by step, the same weights.
#include <QtTest>

#include "test_support.h"

#include <cmath>
#include <future>
#include <thread>

#include "unroll/trainer.h"
#include "unroll/worker_group.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;
using unroll::test::worstRelative;

namespace {

struct Run {
    std::vector<double> losses;
    EpochMetrics epoch;
    std::vector<std::vector<float>> weights;
    std::vector<std::int64_t> tokens;
};

// One epoch of `config`, with the trainer given (a worker, or one on its own).
Run epochOf(Trainer& t) {
    configureWorkerThread(1);
    Run r;
    while (t.stepsDone() < t.batchesPerEpoch()) {
        const StepMetrics m = t.trainStep();
        r.losses.push_back(m.loss);
        r.tokens.push_back(m.tokens);
    }
    r.epoch = t.endEpoch();
    for (const std::string& name : t.parameterNames())
        r.weights.push_back(t.parameterValues(name));
    return r;
}

// The same epoch by `world` workers, each on a thread of its own; every worker's result.
std::vector<Run> inGroup(const Config& config, int world, double timeout = 30.0) {
    std::promise<int> port;
    std::shared_future<int> known = port.get_future().share();
    std::vector<std::future<Run>> runs;
    for (int rank = 0; rank < world; ++rank)
        runs.push_back(std::async(std::launch::async, [&, rank] {
            GroupAddress a{rank, world, "127.0.0.1", 0, ""};
            std::shared_ptr<WorkerGroup> group;
            if (rank == 0) {
                group = std::make_shared<WorkerGroup>(a, timeout);
                port.set_value(group->port());
            } else {
                a.port = known.get();
                group = std::make_shared<WorkerGroup>(a, timeout);
            }
            Trainer t(config, numbers(), group);
            return epochOf(t);
        }));
    std::vector<Run> out;
    for (auto& r : runs)
        out.push_back(r.get());
    return out;
}

// max |a − b| over max |b|, over every parameter.
double weightDifference(const Run& a, const Run& b) {
    double diff = 0.0, scale = 0.0;
    for (size_t p = 0; p < b.weights.size(); ++p)
        for (size_t i = 0; i < b.weights[p].size(); ++i) {
            diff = std::max(diff, double(std::fabs(a.weights[p][i] - b.weights[p][i])));
            scale = std::max(scale, double(std::fabs(b.weights[p][i])));
        }
    return diff / scale;
}

}  // namespace

class TestWorkers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoWorkersTrainAsOne_data() {
        QTest::addColumn<QString>("preset");
        QTest::newRow("lm4: fixed windows") << "lm4";
        QTest::newRow("lm3: stateful, group_chunks") << "lm3";
        QTest::newRow("lm6: stateful 2-layer LSTM") << "lm6";
        QTest::newRow("gru") << "gru";
    }
    void twoWorkersTrainAsOne() {
        QFETCH(QString, preset);
        const Config config = quick(preset.toStdString());
        Trainer alone(config, numbers());
        const Run one = epochOf(alone);
        const std::vector<Run> two = inGroup(config, 2);
        for (const Run& worker : two) {
            const double losses = worstRelative(worker.losses, one.losses);
            const double weights = weightDifference(worker, one);
            qInfo("%s: losses within %.1e, weights within %.1e, valid loss %.8f against %.8f",
                  qPrintable(preset), losses, weights, worker.epoch.valid_loss,
                  one.epoch.valid_loss);
            QVERIFY2(losses <= 1e-4, "a step's loss differs from one worker's");
            QVERIFY2(weights <= 1e-5, "the weights differ from one worker's");
            QVERIFY(std::fabs(worker.epoch.valid_loss - one.epoch.valid_loss) <=
                    1e-5 * one.epoch.valid_loss);
            QVERIFY(std::fabs(worker.epoch.valid_accuracy - one.epoch.valid_accuracy) <= 1e-6);
            // Every worker counts the whole batch's tokens: the group's throughput.
            QCOMPARE(worker.tokens, one.tokens);
        }
        // And the workers hold the very same weights, bit for bit.
        QVERIFY(two[0].weights == two[1].weights);
    }

    void threeWorkersSplitUnevenRows() {
        // 64 rows over 3 workers: 21, 21 and 22. Each share is weighted by its rows.
        const Config config = quick("lm4");
        Trainer alone(config, numbers());
        const Run one = epochOf(alone);
        const std::vector<Run> three = inGroup(config, 3);
        QVERIFY(worstRelative(three[2].losses, one.losses) <= 1e-4);
        QVERIFY(weightDifference(three[2], one) <= 1e-5);
    }

    void dropoutDrawsPerWorker() {
        // LM7's masks come from each worker's own stream: the run differs from one worker's,
        // but the workers still agree on every weight.
        const std::vector<Run> two = inGroup(quick("lm7"), 2);
        QVERIFY(two[0].weights == two[1].weights);
        Trainer alone(quick("lm7"), numbers());
        const Run one = epochOf(alone);
        QVERIFY(worstRelative(two[0].losses, one.losses) > 1e-4);
    }

    void aWorkerThatNeverComesIsNamedAfterTheTimeout() {
        // Rank 0 of two waits for rank 1, which never joins.
        WorkerGroup lonely(GroupAddress{0, 2, "127.0.0.1", 0, ""}, 1.0);
        QElapsedTimer clock;
        clock.start();
        try {
            Trainer t(quick("lm4"), numbers(),
                      std::shared_ptr<WorkerGroup>(&lonely, [](WorkerGroup*) {}));
            QFAIL("a group of two formed with one worker");
        } catch (const WorkerGroupError& e) {
            QVERIFY2(QString(e.what()).contains("did not form within 1 s"), e.what());
            QVERIFY2(QString(e.what()).contains("worker 0 of 2"), e.what());
        }
        QVERIFY(clock.elapsed() < 10000);
    }

    void theEnvironmentDescribesAGroup() {
        qunsetenv("RANK");
        QVERIFY(!groupAddressFromEnvironment());
        qputenv("RANK", "1");
        qputenv("WORLD_SIZE", "4");
        qputenv("MASTER_ADDR", "10.0.0.2");
        qputenv("MASTER_PORT", "29500");
        const GroupAddress a = *groupAddressFromEnvironment();
        QCOMPARE(a.rank, 1);
        QCOMPARE(a.world, 4);
        QCOMPARE(a.host, std::string("10.0.0.2"));
        QCOMPARE(a.port, 29500);
        qputenv("RANK", "4");  // not below the world size
        QVERIFY_THROWS_EXCEPTION(WorkerGroupError, groupAddressFromEnvironment());
        qputenv("RANK", "1");
        qunsetenv("MASTER_PORT");
        try {
            groupAddressFromEnvironment();
            QFAIL("an incomplete description was taken");
        } catch (const WorkerGroupError& e) {
            QVERIFY(QString(e.what()).contains("MASTER_PORT"));
        }
        qunsetenv("RANK");
        qunsetenv("WORLD_SIZE");
        qunsetenv("MASTER_ADDR");
    }
};

QTEST_GUILESS_MAIN(TestWorkers)
#include "test_workers.moc"
