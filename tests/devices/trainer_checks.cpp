#include "trainer_checks.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "check.h"
#include "kernels/kernel_path.h"
#include "test_support.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/trainer.h"

namespace unroll::device_check {

namespace {

constexpr int kSteps = 40;

Config preset(const std::string& name, const std::string& device) {
    Config c = findPreset(name).config();
    c.setFromText("device", device);
    c.setFromText("probe_every", "10");  // the traced steps too: the probes' tapped replays
    return c;
}

struct Trace {
    std::vector<double> losses;
    // What the window plots of each step: AR, TAR, gradient norms, update ratios, activation
    // sizes.
    std::vector<double> statistics;
    EpochMetrics valid;
};

// kSteps steps of `config`, then a validation of the weights they reached.
Trace train(Trainer& trainer) {
    Trace t;
    for (int i = 0; i < kSteps && !trainer.finished(); ++i) {
        const StepMetrics m = trainer.trainStep();
        t.losses.push_back(m.loss);
        t.statistics.push_back(m.ar);
        t.statistics.push_back(m.tar);
        for (const std::vector<double>* v : {&m.grad_norms, &m.update_ratios})
            t.statistics.insert(t.statistics.end(), v->begin(), v->end());
        for (const ActivationStat& a : m.activations) {
            t.statistics.push_back(a.rms);
            t.statistics.push_back(a.max_abs);
        }
        if (m.last_in_epoch)
            trainer.endEpoch();
    }
    t.valid = trainer.evaluate();
    return t;
}

// The same steps on `device` as on the CPU kernels. The initial weights and the dropout masks
// are drawn on the host, so the runs differ only by rounding: 1e-4 relative over 40 steps.
void sameLosses(const std::string& name, const std::string& device, const Corpus& corpus) {
    const Trace want = [&] {
        Trainer cpu(preset(name, "cpu"), corpus);
        return train(cpu);
    }();
    std::unique_ptr<LibtorchPathOnCpu> libtorch;
    if (device == "cpu")
        libtorch = std::make_unique<LibtorchPathOnCpu>();
    Trainer other(preset(name, device), corpus);
    const Trace got = train(other);
    const double worst = test::worstRelative(got.losses, want.losses);
    const std::string where = device == "cpu" ? "cpu, libtorch path" : device;
    check(worst <= 1e-4, name + ": " + std::to_string(kSteps) + " steps on " + where +
                             " give the CPU kernels' losses (worst " + scientific(worst) + ")");
    // Update ratios are differences of nearly equal weights: looser than the losses.
    const double stats = test::worstRelative(got.statistics, want.statistics);
    check(!want.statistics.empty() && stats <= 1e-3,
          name + ": ... and their statistics (worst " + scientific(stats) + ")");
}

// Saved on `device`, opened on the CPU: the same weights, bit for bit, and the same valid loss.
void checkpointToCpu(const std::string& device, const Corpus& corpus) {
    Trainer trainer(preset("lm7", device), corpus);
    const Trace t = train(trainer);
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("unroll-device-" + std::to_string(getpid()) + ".ckpt"))
                                 .string();
    trainer.save(path);
    const std::unique_ptr<Trainer> cpu = Trainer::load(
        path, [](Config& c) { c.setFromText("device", "cpu"); }, &corpus);
    std::filesystem::remove(path);
    bool same = true;
    for (const std::string& name : trainer.parameterNames())
        same = same && trainer.parameterValues(name) == cpu->parameterValues(name);
    check(same, "a checkpoint saved on " + device + " opens on the CPU with the same weights");
    const double loss = cpu->evaluate().valid_loss;
    const double rel = std::fabs(loss - t.valid.valid_loss) / t.valid.valid_loss;
    check(rel <= 1e-5,
          "... and evaluates to the same valid loss (relative " + scientific(rel) + ")");
    // And back: the CPU's checkpoint opens on the device.
    cpu->save(path);
    const std::unique_ptr<Trainer> back = Trainer::load(
        path, [&](Config& c) { c.setFromText("device", device); }, &corpus);
    std::filesystem::remove(path);
    same = true;
    for (const std::string& name : trainer.parameterNames())
        same = same && back->parameterValues(name) == cpu->parameterValues(name);
    check(same, "a checkpoint saved on the CPU opens on " + device + " with the same weights");
}

}  // namespace

void checkTraining(const std::string& device) {
    const Corpus corpus = humanNumbersCorpus();
    for (const char* name : {"lm4", "lm5", "lm7", "gru"})
        sameLosses(name, device, corpus);
    if (device != "cpu")
        checkpointToCpu(device, corpus);
}

}  // namespace unroll::device_check
