#include "unroll/run_log.h"
#include "unroll/trainer.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <stdexcept>

#include "io/json_fields.h"
#include "unroll/files.h"
#include "unroll/version.h"

namespace unroll {

namespace {

using json = nlohmann::ordered_json;

// A reader following the file sees new lines at least this often.
constexpr std::chrono::milliseconds kFlushInterval(500);

json histogram(const Histogram& h) {
    return {{"lo", h.lo}, {"hi", h.hi}, {"counts", h.counts}};
}

const char* kindName(TrainEvent::Kind k) {
    return k == TrainEvent::Kind::LossLimit ? "loss_limit" : "nonfinite";
}

}  // namespace

RunLogWriter::RunLogWriter(const std::string& path, const Trainer& trainer,
                           const std::string& preset)
    : path_(path), last_flush_(std::chrono::steady_clock::now()) {
    try {
        file_ = std::make_unique<LogFile>(path, Message(UNROLL_TEXT("run log")));
    } catch (const FileError& e) {
        throw RunLogError(e.message());
    }
    json parameters = json::array();
    for (size_t i = 0; i < trainer.parameterNames().size(); ++i)
        parameters.push_back(
            {{"name", trainer.parameterNames()[i]}, {"shape", trainer.parameterShapes()[i]}});
    const Corpus& corpus = trainer.corpus();
    json header = {{"type", "run"},
                   {"format", 1},
                   {"unroll", unrollVersion()},
                   {"libtorch", libtorchVersion()},
                   {"created", utcNow()},
                   {"preset", preset.empty() ? json(nullptr) : json(preset)},
                   {"config", json::parse(trainer.config().toJson())},
                   {"corpus",
                    {{"name", corpus.name},
                     {"source", corpus.source},
                     {"tokens", corpus.tokens.size()},
                     {"vocab_size", corpus.vocab.size()}}},
                   {"params", trainer.parameterCount()},
                   {"parameters", parameters},
                   {"activations", trainer.activationNames()},
                   {"epochs", trainer.epochs()},
                   {"batches_per_epoch", trainer.batchesPerEpoch()}};
    try {
        write(header.dump(), true);
    } catch (const FileError& e) {
        throw RunLogError(e.message());
    }
}

RunLogWriter::~RunLogWriter() = default;

void RunLogWriter::write(const std::string& line, bool flush_now) {
    if (failed_)
        return;  // reported once; the records after a failed write would leave a gap
    try {
        file_->append(line);
        file_->append("\n");
        const auto now = std::chrono::steady_clock::now();
        if (flush_now || now - last_flush_ >= kFlushInterval) {
            file_->flush();
            last_flush_ = now;
        }
    } catch (const FileError&) {
        failed_ = true;
        throw;
    }
}

void RunLogWriter::onStep(const StepMetrics& s) {
    json rms = json::array(), max_abs = json::array();
    for (const ActivationStat& a : s.activations) {
        rms.push_back(a.rms);
        max_abs.push_back(a.max_abs);
    }
    // Non-finite numbers have no JSON spelling; nlohmann writes them as null (docs/runlog.md).
    const json record = {{"type", "step"},
                         {"step", s.step},
                         {"epoch", s.epoch},
                         {"batch", s.batch},
                         {"loss", s.loss},
                         {"smooth_loss", s.smooth_loss},
                         {"lr", s.lr},
                         {"beta1", s.beta1},
                         {"grad_norm", s.grad_norm},
                         {"grad_norm_clipped", s.grad_norm_clipped},
                         {"ar", s.ar},
                         {"tar", s.tar},
                         {"tokens", s.tokens},
                         {"seconds", s.seconds},
                         {"applied", s.applied},
                         {"grad_norms", s.grad_norms},
                         {"update_ratios", s.update_ratios},
                         {"activation_rms", rms},
                         {"activation_max", max_abs}};
    write(record.dump(), false);
}

void RunLogWriter::onEpoch(const EpochMetrics& e) {
    json record = {{"type", "epoch"}};
    record.update(epochJson(e));
    write(record.dump(), true);
}

void RunLogWriter::onProbe(const ProbeFrame& p) {
    json gates = json::array(), weights = json::array(), grads = json::array();
    for (const GateSaturation& g : p.gates)
        gates.push_back({{"layer", g.layer},
                         {"gate", g.gate},
                         {"function", g.function},
                         {"saturated", g.saturated}});
    for (const Histogram& h : p.weight_histograms)
        weights.push_back(histogram(h));
    for (const Histogram& h : p.grad_histograms)
        grads.push_back(histogram(h));
    const json record = {{"type", "probe"},
                         {"step", p.step},
                         {"epoch", p.epoch},
                         {"layers", p.layers},
                         {"time_steps", p.time_steps},
                         {"grad_norm", p.grad_norm},
                         {"grad_norm_from_last", p.grad_norm_from_last},
                         {"hidden_rms", p.hidden_rms},
                         {"gates", gates},
                         {"weight_hist", weights},
                         {"grad_hist", grads},
                         {"seconds", p.seconds}};
    write(record.dump(), false);
}

void RunLogWriter::onEvent(const TrainEvent& e) {
    const json record = {
        {"type", "event"},          {"kind", kindName(e.kind)},   {"step", e.step},
        {"epoch", e.epoch},         {"batch", e.batch},           {"tensor", e.tensor.english()},
        {"time_step", e.time_step}, {"action", nameOf(e.action)}, {"message", e.message.english()}};
    write(record.dump(), true);
}

void RunLogWriter::continued(const Trainer& trainer) {
    const json record = {{"type", "continue"},
                         {"step", trainer.stepsDone()},
                         {"epochs", trainer.epochs()},
                         {"schedule", trainer.config().get(settings::schedule)},
                         {"cycle_start", trainer.cycleStart()}};
    write(record.dump(), true);
}

void RunLogWriter::finish(const std::string& outcome, std::int64_t steps, double train_seconds,
                          std::int64_t train_tokens) {
    const json record = {{"type", "end"},
                         {"outcome", outcome},
                         {"steps", steps},
                         {"train_seconds", train_seconds},
                         {"train_tokens", train_tokens}};
    write(record.dump(), true);
}

}  // namespace unroll
