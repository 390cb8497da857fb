#include "io/checkpoint_metadata.h"

#include "io/base64.h"

#include <set>

namespace unroll {

namespace {

using json = nlohmann::json;

const std::string& entry(const std::map<std::string, std::string>& meta, const std::string& key,
                         const std::string& path) {
    const auto it = meta.find(key);
    if (it == meta.end())
        failCheckpoint(path, Message(UNROLL_TEXT("its metadata has no \"%1\""), key));
    return it->second;
}

json parseField(const std::map<std::string, std::string>& meta, const std::string& key,
                const std::string& path) {
    try {
        return json::parse(entry(meta, key, path));
    } catch (const json::exception& e) {  // parse_error, and out_of_range for huge numbers
        failCheckpoint(path, Message(UNROLL_TEXT("metadata \"%1\" is not valid JSON (%2)"), key,
                                     std::string(e.what())));
    }
}

// Reads a typed field of a JSON object, or fails naming it.
template <class T>
T get(const json& object, const char* key, const std::string& field, const std::string& path) {
    try {
        return object.at(key).get<T>();
    } catch (const json::exception&) {
        failCheckpoint(path,
                       Message(UNROLL_TEXT("metadata \"%1\" lacks a valid \"%2\""), field, key));
    }
}

EpochMetrics epochFrom(const json& j, const std::string& path) {
    EpochMetrics e;
    e.epoch = get<int>(j, "epoch", "history", path);
    e.train_loss = get<double>(j, "train_loss", "history", path);
    e.train_loss_mean = get<double>(j, "train_loss_mean", "history", path);
    e.valid_loss = get<double>(j, "valid_loss", "history", path);
    e.valid_accuracy = get<double>(j, "accuracy", "history", path);
    e.perplexity = get<double>(j, "perplexity", "history", path);
    e.train_seconds = get<double>(j, "train_seconds", "history", path);
    e.valid_seconds = get<double>(j, "valid_seconds", "history", path);
    e.train_tokens = get<std::int64_t>(j, "train_tokens", "history", path);
    return e;
}

}  // namespace

void failCheckpoint(const std::string& path, const Message& what) {
    throw CheckpointError(Message(UNROLL_TEXT("checkpoint '%1': %2"), path, what));
}

SavedMetadata readMetadata(const safetensors::File& file, const std::string& path) {
    const auto& meta = file.metadata;
    if (!meta.count("format"))
        failCheckpoint(
            path, Message(UNROLL_TEXT("not an Unroll checkpoint: its metadata has no \"format\" "
                                      "(a safetensors file from another program?)")));
    if (meta.at("format") != kCheckpointFormat)
        failCheckpoint(path, Message(UNROLL_TEXT("not an Unroll checkpoint: its format is \"%1\""),
                                     meta.at("format")));
    const std::string& version = entry(meta, "format_version", path);
    if (version != kCheckpointFormatVersion)
        failCheckpoint(
            path, Message(UNROLL_TEXT("written in checkpoint format %1; this Unroll reads format "
                                      "%2 — open it with the Unroll that wrote it"),
                          version, kCheckpointFormatVersion));

    SavedMetadata out;
    CheckpointInfo& info = out.info;
    info.path = path;
    info.unroll_version = entry(meta, "unroll", path);
    info.libtorch_version = meta.count("libtorch") ? meta.at("libtorch") : "";
    info.created = meta.count("created") ? meta.at("created") : "";
    try {
        info.config = Config::fromJson(entry(meta, "config", path), "its config");
        info.config.validate();
    } catch (const ConfigError& e) {
        failCheckpoint(
            path, Message(UNROLL_TEXT("its configuration is not valid here: %1"), e.message()));
    }

    const json vocab = parseField(meta, "vocab", path);
    if (!vocab.is_array() || vocab.empty())
        failCheckpoint(path,
                       Message(UNROLL_TEXT("metadata \"%1\" is not a non-empty list"), "vocab"));
    std::set<std::string> seen;
    for (const json& w : vocab) {
        if (!w.is_string())
            failCheckpoint(path,
                           Message(UNROLL_TEXT("metadata \"%1\" holds a non-string"), "vocab"));
        if (!seen.insert(w.get<std::string>()).second)
            failCheckpoint(path, Message(UNROLL_TEXT("metadata \"%1\" lists \"%2\" twice"), "vocab",
                                         w.get<std::string>()));
        info.vocab.push_back(w.get<std::string>());
    }

    const json corpus = parseField(meta, "corpus", path);
    info.corpus_name = get<std::string>(corpus, "name", "corpus", path);
    info.corpus_source = get<std::string>(corpus, "source", "corpus", path);
    info.corpus_tokens = get<std::int64_t>(corpus, "tokens", "corpus", path);
    info.corpus_fingerprint = get<std::string>(corpus, "fingerprint", "corpus", path);
    if (corpus.contains("subword_model")) {
        const auto model = fromBase64(get<std::string>(corpus, "subword_model", "corpus", path));
        if (!model || model->empty())
            failCheckpoint(path,
                           Message(UNROLL_TEXT("metadata \"%1\" has a subword_model that is not "
                                               "base64"),
                                   "corpus"));
        info.subword_model = *model;
    }

    const json pos = parseField(meta, "position", path);
    SavedPosition& p = out.position;
    p.step = get<std::int64_t>(pos, "step", "position", path);
    p.epoch = get<int>(pos, "epoch", "position", path);
    p.batch = get<int>(pos, "batch", "position", path);
    p.first_loss = get<double>(pos, "first_loss", "position", path);
    p.epoch_loss_sum = get<double>(pos, "epoch_loss_sum", "position", path);
    p.epoch_losses = get<int>(pos, "epoch_losses", "position", path);
    p.epoch_seconds = get<double>(pos, "epoch_seconds", "position", path);
    p.epoch_tokens = get<std::int64_t>(pos, "epoch_tokens", "position", path);
    p.smooth_average = get<double>(pos, "smooth_average", "position", path);
    p.smooth_count = get<std::int64_t>(pos, "smooth_count", "position", path);
    p.paused = get<bool>(pos, "paused", "position", path);
    if (pos.contains("cycle_start"))
        p.cycle_start = get<std::int64_t>(pos, "cycle_start", "position", path);
    if (p.step < 0 || p.epoch < 0 || p.batch < 0 || p.smooth_count < 0 || p.epoch_losses < 0 ||
        p.cycle_start < 0 || p.cycle_start > p.step)
        failCheckpoint(
            path, Message(UNROLL_TEXT("metadata \"%1\" holds a negative count (or a cycle start "
                                      "past its step)"),
                          "position"));
    if (p.epoch > info.config.get(settings::epochs))
        failCheckpoint(path,
                       Message(UNROLL_TEXT("metadata \"%1\" is at epoch %2 of a %3-epoch run"),
                               "position", p.epoch, info.config.get(settings::epochs)));
    info.epochs_done = p.epoch;
    info.steps_done = p.step;

    const json optimizer = parseField(meta, "optimizer", path);
    out.optimizer_steps = get<std::int64_t>(optimizer, "steps", "optimizer", path);
    if (out.optimizer_steps < 0)
        failCheckpoint(
            path, Message(UNROLL_TEXT("metadata \"%1\" has a negative step count"), "optimizer"));

    const json carried = parseField(meta, "carried", path);
    if (!carried.is_array())
        failCheckpoint(path, Message(UNROLL_TEXT("metadata \"%1\" is not a list"), "carried"));
    for (const json& c : carried) {
        if (!c.is_boolean())
            failCheckpoint(path,
                           Message(UNROLL_TEXT("metadata \"%1\" holds a non-boolean"), "carried"));
        out.carried.push_back(c.get<bool>());
    }

    const json history = parseField(meta, "history", path);
    if (!history.is_array())
        failCheckpoint(path, Message(UNROLL_TEXT("metadata \"%1\" is not a list"), "history"));
    for (const json& e : history)
        info.history.push_back(epochFrom(e, path));

    for (const safetensors::TensorInfo& t : file.tensors)
        info.tensors.push_back({t.name, t.dtype, t.shape});
    return out;
}

}  // namespace unroll
