// What a front end consumes: per-step statistics, probe frames, the run log, the bounded snapshot
// buffer, and the LR finder — all through the engine's public, torch-free API.
#include <QtTest>

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <thread>

#include "unroll/run_log.h"
#include "unroll/snapshot_buffer.h"
#include "unroll/trainer.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;
using unroll::test::Recorder;

namespace {}  // namespace

class TestObservability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void everyStepIsMeasured() {
        Config c = quick("lm6");
        c.setAssignment("probe_every=0");
        Trainer t(c, numbers());
        QCOMPARE(t.activationNames(),
                 (std::vector<std::string>{"embedding", "layer 1", "layer 2", "logits"}));
        QCOMPARE(t.parameterNames().size(), size_t(11));
        for (int i = 0; i < 3; ++i) {
            const StepMetrics m = t.trainStep();
            QCOMPARE(m.grad_norms.size(), t.parameterNames().size());
            QCOMPARE(m.update_ratios.size(), t.parameterNames().size());
            QCOMPARE(m.activations.size(), t.activationNames().size());
            double sq = 0;
            for (double g : m.grad_norms)
                sq += g * g;
            QVERIFY(std::abs(std::sqrt(sq) - m.grad_norm) < 1e-6 * m.grad_norm);
            for (double r : m.update_ratios)
                QVERIFY(r > 0 && r < 1);
            for (const ActivationStat& a : m.activations) {
                QVERIFY(a.finite && a.rms > 0 && a.max_abs >= a.rms);
            }
            QVERIFY(m.probe == nullptr);
        }
    }

    // ‖Δw‖/‖w‖ from the values before and after a step, read through the public API.
    void updateRatioMatchesTheWeights() {
        Config c = quick("lm4");
        c.setAssignment("probe_every=0");
        Trainer t(c, numbers());
        const std::vector<float> before = t.parameterValues("h_h.weight");
        const StepMetrics m = t.trainStep();
        const std::vector<float> after = t.parameterValues("h_h.weight");
        double d2 = 0, w2 = 0;
        for (size_t i = 0; i < after.size(); ++i) {
            d2 += std::pow(double(after[i]) - before[i], 2);
            w2 += double(after[i]) * after[i];
        }
        size_t slot = 0;
        while (t.parameterNames()[slot] != "h_h.weight")
            ++slot;
        QVERIFY(std::abs(m.update_ratios[slot] - std::sqrt(d2 / w2)) < 1e-6);
    }

    void probeRowOfAOnePredictionModel() {
        Config c = quick("lm1");
        c.setAssignment("probe_every=10");
        Trainer t(c, numbers());
        Recorder r;
        t.fit(&r);
        QVERIFY(!r.probes.empty());
        const ProbeFrame& p = r.probes.front();
        QCOMPARE(p.inputs.size(), size_t(3));  // 3 tokens predict the 4th
        QCOMPARE(p.targets.size(), size_t(1));
        QCOMPARE(p.predictions.size(), size_t(1));
    }

    void probesArriveOnSchedule() {
        Config c = quick("lm6");
        c.setAssignment("probe_every=5");
        Trainer t(c, numbers());
        Recorder r;
        t.fit(&r);
        QCOMPARE(r.probes.size(), size_t(10));  // steps 1, 6, ..., 46 of 49
        int64_t step = 1;
        for (const ProbeFrame& p : r.probes) {
            QCOMPARE(p.step, step);
            step += 5;
            QCOMPARE(p.layers, 2);
            QCOMPARE(p.time_steps, 16);
            QCOMPARE(p.grad_norm.size(), size_t(2));
            QCOMPARE(p.grad_norm[1].size(), size_t(16));
            QCOMPARE(p.gates.size(), size_t(10));  // 5 per LSTM layer
            QCOMPARE(p.weight_histograms.size(), t.parameterNames().size());
            size_t count = 0;
            for (auto n : p.weight_histograms[0].counts)
                count += n;
            QCOMPARE(count, size_t(30 * 64));  // every value of i_h.weight
            // The first row of the batch: 16 tokens read, each one's next token the target.
            QCOMPARE(p.inputs.size(), size_t(16));
            QCOMPARE(p.targets.size(), size_t(16));
            QCOMPARE(p.predictions.size(), size_t(16));
            for (size_t i = 0; i + 1 < 16; ++i)
                QCOMPARE(p.targets[i], p.inputs[i + 1]);
            for (int token : p.predictions)
                QVERIFY(token >= 0 && token < 30);
        }
        for (const auto& layer : r.probes.back().grad_norm)
            for (double g : layer)
                QVERIFY(std::isfinite(g) && g > 0);
    }

    // Probing is observation: a run probed every step trains exactly as one never probed — the
    // same loss at every step and the same weights at the end — whether the probe runs inside
    // the step (lm6, gru, awd: the fused kernels' tap) or replays before it (lm5).
    void probingDoesNotChangeTheRun_data() {
        QTest::addColumn<QString>("preset");
        for (const char* p : {"lm6", "gru", "awd", "lm5"})
            QTest::newRow(p) << p;
    }
    void probingDoesNotChangeTheRun() {
        QFETCH(QString, preset);
        std::vector<std::vector<double>> losses(2);
        std::vector<std::vector<float>> weights(2);
        for (int probed = 0; probed < 2; ++probed) {
            Config c = quick(preset.toStdString());
            c.setAssignment(probed ? "probe_every=1" : "probe_every=0");
            Trainer t(c, numbers());
            for (int i = 0; i < 12; ++i) {
                const StepMetrics m = t.trainStep();
                QCOMPARE(m.probe != nullptr, probed == 1);
                losses[size_t(probed)].push_back(m.loss);
            }
            weights[size_t(probed)] = t.parameterValues(t.parameterNames().back());
        }
        QCOMPARE(losses[1], losses[0]);
        QCOMPARE(weights[1], weights[0]);
    }

    void runLogParsesBackAndMatchesTheSchema() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("run.jsonl").toStdString();
        Config c = quick("lm7", 2);
        c.setAssignment("probe_every=20");
        Trainer t(c, numbers());
        {
            RunLogWriter log(path, t, "lm7");
            const FitSummary fit = t.fit(&log);
            log.finish("finished", t.stepsDone(), fit.train_seconds, fit.train_tokens);
        }
        std::ifstream in(path);
        std::vector<nlohmann::json> records;
        for (std::string line; std::getline(in, line);)
            records.push_back(nlohmann::json::parse(line));
        QCOMPARE(records.front()["type"].get<std::string>(), std::string("run"));
        QCOMPARE(records.back()["type"].get<std::string>(), std::string("end"));
        const nlohmann::json& head = records.front();
        for (const char* k :
             {"format", "unroll", "libtorch", "created", "preset", "config", "corpus", "params",
              "parameters", "activations", "epochs", "batches_per_epoch"})
            QVERIFY2(head.contains(k), k);
        QCOMPARE(head["config"]["arch"].get<std::string>(), std::string("lm7"));
        QCOMPARE(head["corpus"]["vocab_size"].get<int>(), 30);
        const size_t params = head["parameters"].size(), acts = head["activations"].size();
        std::map<std::string, int> counts;
        int64_t expected_step = 1;
        for (const auto& r : records) {
            const std::string type = r["type"];
            ++counts[type];
            if (type == "step") {
                QCOMPARE(r["step"].get<int64_t>(), expected_step++);
                for (const char* k : {"loss", "smooth_loss", "lr", "beta1", "grad_norm",
                                      "grad_norm_clipped", "ar", "tar"})
                    QVERIFY2(r[k].is_number(), k);
                QCOMPARE(r["grad_norms"].size(), params);
                QCOMPARE(r["update_ratios"].size(), params);
                QCOMPARE(r["activation_rms"].size(), acts);
                QVERIFY(r["ar"].get<double>() > 0);  // lm7's AR is on
            } else if (type == "probe") {
                QCOMPARE(r["grad_norm"].size(), size_t(2));
                QCOMPARE(r["grad_norm"][0].size(), size_t(16));
                QCOMPARE(r["weight_hist"].size(), params);
            } else if (type == "epoch") {
                for (const char* k :
                     {"epoch", "train_loss", "valid_loss", "accuracy", "perplexity"})
                    QVERIFY2(r.contains(k), k);
            }
        }
        QCOMPARE(counts["step"], 2 * 49);
        QCOMPARE(counts["epoch"], 2);
        QCOMPARE(counts["probe"], 5);  // steps 1, 21, 41, 61, 81
        QCOMPARE(records.back()["outcome"].get<std::string>(), std::string("finished"));
    }

    void unwritableRunLogIsExplained() {
        Trainer t(quick("lm1"), numbers());
        try {
            RunLogWriter log("/nonexistent-dir/run.jsonl", t);
            QFAIL("no error");
        } catch (const std::runtime_error& e) {
            QVERIFY(QString(e.what()).contains(
                "cannot write run log '/nonexistent-dir/run.jsonl': No such file"));
        }
    }

    // A consumer that never drains: memory stays bounded, the series thins out evenly and the
    // newest step is always there.
    void boundedBufferUnderAStalledConsumer() {
        SnapshotBuffer::Limits limits;
        limits.steps = 1000;
        limits.probes = 4;
        SnapshotBuffer buffer(limits);
        for (int64_t i = 1; i <= 100000; ++i) {
            StepMetrics s;
            s.step = i;
            buffer.onStep(s);
            QVERIFY(buffer.queuedSteps() <= 1000);
            if (i % 1000 == 0) {
                ProbeFrame p;
                p.step = i;
                buffer.onProbe(p);
            }
        }
        const SnapshotBuffer::Drained d = buffer.drain();
        QVERIFY(d.steps.size() <= 1000 && d.steps.size() > 250);
        QCOMPARE(d.steps.back().step, int64_t(100000));
        for (size_t i = 1; i < d.steps.size(); ++i)
            QVERIFY(d.steps[i].step > d.steps[i - 1].step);
        QCOMPARE(d.dropped_steps + int64_t(d.steps.size()), int64_t(100000));
        QCOMPARE(d.probes.size(), size_t(4));
        QCOMPARE(d.probes.front().step, int64_t(97000));   // the newest four
        QCOMPARE(buffer.drain().steps.size(), size_t(0));  // drained means empty
    }

    void bufferHandsOffAcrossThreads() {
        SnapshotBuffer buffer;
        Trainer t(quick("lm4"), numbers());
        std::atomic<bool> done{false};
        std::vector<StepMetrics> seen;
        std::thread consumer([&] {
            while (!done.load()) {
                auto d = buffer.drain();
                seen.insert(seen.end(), d.steps.begin(), d.steps.end());
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        });
        std::thread worker([&] {
            configureWorkerThread(1);
            t.fit(&buffer);
            done.store(true);
        });
        worker.join();
        consumer.join();
        auto d = buffer.drain();
        seen.insert(seen.end(), d.steps.begin(), d.steps.end());
        QCOMPARE(seen.size(), size_t(49));  // fast enough consumer: nothing thinned out
        for (size_t i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i].step, int64_t(i + 1));
    }

    // fastai's suggestions on a curve worked out by hand: the loss falls over lrs 1e-5..1e-2 and
    // then rises.
    void lrSuggestionsByHand() {
        std::vector<double> lrs, losses;
        for (int i = 0; i < 40; ++i) {
            lrs.push_back(1e-6 * std::pow(10.0, i / 8.0));
            losses.push_back(i < 30 ? 3.0 - 0.1 * i : 0.1 + 0.5 * (i - 29));
        }
        const LrSuggestions s = suggestLearningRates(lrs, losses, 40);
        // Points 4..34 are used; the longest descent runs from 4 to 29: start 3, end 29 (fastai
        // counts the valley's start one before its first point), sections = 26/3 → idx 3 + 8 + 4.
        QVERIFY(std::abs(s.valley - lrs[15]) < 1e-15);
        QVERIFY(std::abs(s.minimum - lrs[29] / 10) < 1e-15);  // lowest loss at point 29
        QVERIFY(s.steep > 0);
    }

    // The finder trains on the model and then puts everything back: a run after it is bit for
    // bit the run without it.
    void lrFinderLeavesTheRunUntouched() {
        Config c = quick("lm7");
        c.setAssignment("probe_every=0");
        Trainer plain(c, numbers()), probed(c, numbers());
        plain.trainStep();
        probed.trainStep();
        const LrFindResult r = probed.findLearningRate();
        QVERIFY(r.lrs.size() >= 20);
        QCOMPARE(r.lrs.front(), 1e-7);
        for (size_t i = 1; i < r.lrs.size(); ++i)
            QVERIFY(r.lrs[i] > r.lrs[i - 1]);
        QVERIFY(r.suggestions.valley > 1e-7 && r.suggestions.valley < 10);
        QCOMPARE(probed.stepsDone(), int64_t(1));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(probed.trainStep().loss, plain.trainStep().loss);
        for (const std::string& n : plain.parameterNames())
            QVERIFY(plain.parameterValues(n) == probed.parameterValues(n));
    }
};

QTEST_GUILESS_MAIN(TestObservability)
#include "test_observability.moc"
