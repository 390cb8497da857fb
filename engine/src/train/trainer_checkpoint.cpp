// Trainer::save and Trainer::load: the whole state of a run in one safetensors file, written
// atomically and read back only after every byte of it has been checked.
#include <cmath>
#include <cstring>
#include <ctime>
#include <set>

#include "io/base64.h"
#include "io/checkpoint_file.h"
#include "io/checkpoint_metadata.h"
#include "io/json_fields.h"
#include "kernels/buffer_stats.h"
#include "train/trainer_impl.h"
#include "unroll/checkpoint.h"
#include "unroll/files.h"
#include "unroll/version.h"

namespace unroll {

using namespace checkpoint_file;
using json = nlohmann::json;

void Trainer::save(const std::string& path) const {
    const Impl& s = *impl_;
    const FlatAdam& opt = *s.optimizer;
    std::vector<safetensors::TensorData> tensors;
    // Written from host memory, whatever the device: a checkpoint holds no device, so one saved
    // on a GPU opens on a CPU and the other way round, the same bytes. (On the CPU .cpu() is the
    // tensor itself, no copy.)
    const torch::Tensor host_params = opt.params().cpu();
    const torch::Tensor exp_avg = opt.expAvg().cpu(), exp_avg_sq = opt.expAvgSq().cpu();
    const float* params = host_params.data_ptr<float>();
    for (const ParameterSlot& slot : opt.slots())
        tensors.push_back({slot.name, "F32", slot.shape, params + slot.offset,
                           static_cast<size_t>(slot.numel) * 4});
    const size_t n = static_cast<size_t>(opt.numel());
    tensors.push_back({kExpAvg, "F32", {opt.numel()}, exp_avg.data_ptr<float>(), n * 4});
    tensors.push_back({kExpAvgSq, "F32", {opt.numel()}, exp_avg_sq.data_ptr<float>(), n * 4});
    const torch::Tensor rng = s.model->generator().get_state().contiguous();
    tensors.push_back(
        {kRng, "U8", {rng.numel()}, rng.data_ptr(), static_cast<size_t>(rng.numel())});
    std::vector<torch::Tensor> carried;
    json carried_flags = json::array();
    for (const torch::Tensor& t : s.model->carriedState()) {
        carried_flags.push_back(t.defined());
        carried.push_back(t.defined() ? t.detach().cpu().contiguous() : torch::Tensor());
    }
    for (size_t i = 0; i < carried.size(); ++i)
        if (carried[i].defined())
            tensors.push_back({stateName(i), "F32", carried[i].sizes().vec(),
                               carried[i].data_ptr<float>(),
                               static_cast<size_t>(carried[i].numel()) * 4});

    json vocab = json::array();
    for (const std::string& w : s.corpus.vocab.tokens())
        vocab.push_back(w);
    nlohmann::ordered_json history = nlohmann::ordered_json::array();
    for (const EpochMetrics& e : s.history)
        history.push_back(epochJson(e));
    const json position = {{"step", s.pos.step},
                           {"epoch", s.pos.epoch},
                           {"batch", s.pos.batch},
                           {"first_loss", s.pos.first_loss},
                           {"epoch_loss_sum", s.pos.epoch_loss_sum},
                           {"epoch_losses", s.pos.epoch_losses},
                           {"epoch_seconds", s.pos.epoch_seconds},
                           {"epoch_tokens", s.pos.epoch_tokens},
                           {"smooth_average", s.smooth.average()},
                           {"smooth_count", s.smooth.count()},
                           {"paused", s.paused},
                           {"cycle_start", s.pos.cycle_start}};
    json corpus = {{"name", s.corpus.name},
                   {"source", s.corpus.source},
                   {"tokens", s.corpus.tokens.size()},
                   {"fingerprint", corpusFingerprint(s.corpus.tokens)}};
    // A subword corpus is read with the model trained on it: keep the model with the weights.
    if (!s.corpus.subword_model.empty())
        corpus["subword_model"] = toBase64(s.corpus.subword_model);
    std::map<std::string, std::string> metadata = {
        {"format", kCheckpointFormat},
        {"format_version", kCheckpointFormatVersion},
        {"unroll", unrollVersion()},
        {"libtorch", libtorchVersion()},
        {"created", utcNow()},
        {"config", json::parse(s.config.toJson()).dump()},
        {"vocab", vocab.dump()},
        {"corpus", corpus.dump()},
        {"position", position.dump()},
        {"optimizer", json{{"steps", opt.steps()}}.dump()},
        {"carried", carried_flags.dump()},
        {"history", history.dump()}};
    metadata[checkpoint_file::kChecksumKey] = checkpoint_file::checksum(tensors, metadata);
    // A FileError says why: the CLI tells a bad path (exit 2) from a full disk (exit 4).
    writeFile(path, safetensors::serialize(tensors, metadata));
}

std::unique_ptr<Trainer> Trainer::load(const std::string& path,
                                       const std::function<void(Config&)>& adjust,
                                       const Corpus* given_corpus) {
    const std::string bytes = readCheckpoint(path);
    const safetensors::File file = parseFile(path, bytes);
    const bool checked = checkpoint_file::verifyChecksum(file, bytes, path);
    const SavedMetadata saved = readMetadata(file, path);
    const CheckpointInfo& info = saved.info;

    // What may change on resume: the total epochs, the corpus file's location, and the settings
    // a run may change while it goes; for a finished run given more epochs, also the schedule
    // they follow.
    // Where it trains, and in how many processes, is this machine's choice, not the
    // checkpoint's: a run saved on a GPU opens on the CPU unless `adjust` asks for a device again.
    Config config = info.config;
    config.set(settings::device.name, findSetting(settings::device.name)->default_value);
    if (adjust)
        adjust(config);
    const bool continued = saved.position.epoch >= info.config.get(settings::epochs);
    std::vector<ConfigIssue> refused;
    for (const std::string& key : changedSettings(info.config, config)) {
        if (findSetting(key)->live || key == settings::epochs.name ||
            key == settings::corpus.name || key == settings::device.name ||
            key == settings::workers.name || key == settings::worker_timeout.name ||
            (continued && key == settings::schedule.name))
            continue;
        refused.push_back({key, formatValue(config.get(key)),
                           Message(UNROLL_TEXT("%1 cannot change when resuming: the checkpoint was "
                                               "trained with %1 = %2"),
                                   key, formatValue(info.config.get(key)))});
    }
    if (!refused.empty())
        throw ConfigError(std::move(refused));
    config.validate();
    const int64_t epochs = config.get(settings::epochs);
    const int64_t needed =
        saved.position.batch > 0 ? saved.position.epoch + 1 : saved.position.epoch;
    if (epochs < needed)
        throw ConfigError(ConfigIssue{
            "epochs", std::to_string(epochs),
            Message(
                UNROLL_TEXT("epochs = %1 is fewer than the %2 the checkpoint has already begun"),
                std::to_string(epochs), needed)});

    const Corpus corpus =
        given_corpus
            ? *given_corpus
            : loadCorpus(config, {}, info.subword_model.empty() ? nullptr : &info.subword_model);
    if (corpus.vocab.tokens() != info.vocab ||
        static_cast<int64_t>(corpus.tokens.size()) != info.corpus_tokens ||
        corpusFingerprint(corpus.tokens) != info.corpus_fingerprint)
        failCheckpoint(
            path, Message(UNROLL_TEXT("it was trained on '%1' (%2 tokens, %3 words), but '%4' is "
                                      "different (%5 tokens, %6 words) — give the same corpus "
                                      "(--corpus FILE) to continue"),
                          info.corpus_name, info.corpus_tokens, info.vocab.size(), corpus.name,
                          corpus.tokens.size(), corpus.vocab.size()));

    auto trainer = std::make_unique<Trainer>(config, corpus);
    Impl& s = *trainer->impl_;
    FlatAdam& opt = *s.optimizer;
    const SavedPosition& p = saved.position;
    if (p.step != static_cast<int64_t>(p.epoch) * s.batches() + p.batch || p.batch > s.batches())
        failCheckpoint(
            path, Message(UNROLL_TEXT("its position (step %1, epoch %2, batch %3) does not fit %4 "
                                      "batches per epoch"),
                          p.step, p.epoch, p.batch, s.batches()));

    // Every tensor the model needs, and nothing else.
    std::set<std::string> expected = {kExpAvg, kExpAvgSq, kRng};
    for (const ParameterSlot& slot : opt.slots())
        expected.insert(slot.name);
    for (size_t i = 0; i < saved.carried.size(); ++i)
        if (saved.carried[i])
            expected.insert(stateName(i));
    for (const safetensors::TensorInfo& t : file.tensors)
        if (!expected.count(t.name))
            failCheckpoint(
                path,
                Message(UNROLL_TEXT("unexpected tensor '%1' (not part of this model)"), t.name));

    // Read into host memory; FlatAdam::restore copies it onto the model's device.
    const auto host = opt.params().options().device(torch::kCPU);
    FlatAdam::State state{torch::empty({opt.numel()}, host), torch::empty({opt.numel()}, host),
                          torch::empty({opt.numel()}, host), saved.optimizer_steps};
    for (const ParameterSlot& slot : opt.slots()) {
        const char* src = tensorBytes(file, bytes, path, slot.name, "F32", slot.shape);
        float* dst = state.params.data_ptr<float>() + slot.offset;
        std::memcpy(dst, src, static_cast<size_t>(slot.numel) * 4);
        requireFinite(dst, slot.numel, path, slot.name);
    }
    for (const auto& [name, target] :
         {std::pair<const char*, torch::Tensor*>{kExpAvg, &state.exp_avg},
          std::pair<const char*, torch::Tensor*>{kExpAvgSq, &state.exp_avg_sq}}) {
        std::memcpy(target->data_ptr<float>(),
                    tensorBytes(file, bytes, path, name, "F32", {opt.numel()}),
                    static_cast<size_t>(opt.numel()) * 4);
        requireFinite(target->data_ptr<float>(), opt.numel(), path, name);
    }
    if ((state.exp_avg_sq < 0).any().item<bool>())
        failCheckpoint(path, Message(UNROLL_TEXT("tensor '%1' holds negative values"),
                                     "optimizer.exp_avg_sq"));

    at::Generator generator = s.model->generator().clone();
    const int64_t rng_bytes = generator.get_state().numel();
    torch::Tensor rng = torch::empty({rng_bytes}, torch::kUInt8);
    std::memcpy(rng.data_ptr(), tensorBytes(file, bytes, path, kRng, "U8", {rng_bytes}),
                static_cast<size_t>(rng_bytes));
    try {
        generator.set_state(rng);
    } catch (const c10::Error&) {
        failCheckpoint(path, Message(UNROLL_TEXT("tensor '%1' is not a random generator state"),
                                     "rng.dropout"));
    }

    std::vector<torch::Tensor> carried(saved.carried.size());
    for (size_t i = 0; i < saved.carried.size(); ++i) {
        if (!saved.carried[i])
            continue;
        const safetensors::TensorInfo* t = file.find(stateName(i));
        if (!t)
            failCheckpoint(path, Message(UNROLL_TEXT("tensor '%1' is missing"), stateName(i)));
        if (t->shape.size() != 2 || t->shape[1] != config.get(settings::hidden))
            failCheckpoint(path,
                           Message(UNROLL_TEXT("tensor '%1' is not a hidden state of width %2"),
                                   stateName(i), config.get(settings::hidden)));
        const char* src = tensorBytes(file, bytes, path, stateName(i), "F32", t->shape);
        carried[i] = torch::empty(t->shape, torch::kFloat);
        std::memcpy(carried[i].data_ptr<float>(), src, static_cast<size_t>(carried[i].numel()) * 4);
        requireFinite(carried[i].data_ptr<float>(), carried[i].numel(), path, stateName(i));
        carried[i] = carried[i].to(s.device);
    }

    // Everything checked: only now does the new trainer take the saved state.
    opt.restore(state);
    s.model->setGenerator(generator);
    s.model->setCarriedState(carried);
    s.pos = {p.step,           p.epoch,        p.batch,         p.first_loss,
             p.epoch_loss_sum, p.epoch_losses, p.epoch_seconds, p.epoch_tokens};
    s.pos.cycle_start = p.cycle_start;
    // A finished run given more epochs goes on with a new cycle over them (Trainer::extend).
    if (continued && epochs > p.epoch)
        s.pos.cycle_start = p.step;
    s.smooth.restore(p.smooth_average, p.smooth_count);
    s.paused = p.paused;
    s.history = info.history;
    s.load_note = checked ? Message() : noChecksumNote();
    return trainer;
}

const Message& Trainer::loadNote() const {
    return impl_->load_note;
}

}  // namespace unroll
