// The estimate counts the tensors the engine allocates, by their shapes: it need not be exact,
// only of the right size, since what it guards against is a run ten times larger than the machine.
#include "unroll/memory_estimate.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "unroll/topology.h"
#include "unroll/trainer.h"

namespace unroll {

namespace {

constexpr std::uint64_t kFloat = 4;
constexpr std::uint64_t kMB = 1 << 20;

int gatesOf(Topology::Cell cell) {
    switch (cell) {
        case Topology::Cell::LSTM:
            return 4;
        case Topology::Cell::GRU:
            return 3;
        default:
            return 1;
    }
}

// A number from a /proc or /sys file's first line, or 0.
std::uint64_t firstNumber(const std::string& path) {
    std::ifstream in(path);  // kernel files: always regular, never blocking
    std::uint64_t value = 0;
    in >> value;
    return in ? value : 0;
}

}  // namespace

Message MemoryEstimate::describe() const {
    return Message(UNROLL_TEXT("%1 (weights %2, gradients, optimizer and snapshots %3, one step's "
                               "activations %4, data %5)"),
                   byteSize(total()), byteSize(parameters), byteSize(training),
                   byteSize(activations), byteSize(data));
}

MemoryEstimate estimateMemory(const Config& config, std::int64_t vocab_size,
                              std::int64_t corpus_tokens) {
    const Topology t = topologyOf(config);
    const auto h = static_cast<std::uint64_t>(config.get(settings::hidden));
    const auto v = static_cast<std::uint64_t>(std::max<std::int64_t>(vocab_size, 1));
    const auto layers = static_cast<std::uint64_t>(std::max(t.layers, 1));
    const auto batch = static_cast<std::uint64_t>(config.get(settings::batch_size));
    const auto seq = static_cast<std::uint64_t>(config.get(settings::seq_len));
    const auto gates = static_cast<std::uint64_t>(gatesOf(t.cell));

    // Embedding, each layer's input and recurrent weights with biases, the output layer.
    const std::uint64_t per_layer = gates * (2 * h * h + 2 * h);
    const std::uint64_t output = (t.tied ? 0 : h * v) + v;
    const std::uint64_t params = v * h + layers * per_layer + output;
    MemoryEstimate e;
    e.parameters = params * kFloat;
    // A gradient, Adam's two moments, and the snapshots a rewind returns to (weights and moments).
    e.training = params * kFloat * (3 + kRewindSnapshotsKept * 3);
    // Per token and layer: the gates' pre-activations, the states, and their gradients; the
    // logits, their softmax and its gradient at each predicted position.
    const std::uint64_t predicted = t.every_token ? batch * seq : batch;
    e.activations = (batch * seq * layers * h * (gates + 3) * 2 + predicted * v * 3) * kFloat;
    // int32 token ids, and the int64 batches made from them.
    e.data = static_cast<std::uint64_t>(std::max<std::int64_t>(corpus_tokens, 0)) * (4 + 8);
    return e;
}

std::uint64_t availableMemory() {
    std::uint64_t available = 0;
    std::ifstream meminfo("/proc/meminfo");
    for (std::string line; std::getline(meminfo, line);) {
        if (line.rfind("MemAvailable:", 0) == 0) {
            std::istringstream fields(line.substr(13));
            std::uint64_t kb = 0;
            fields >> kb;
            available = kb * 1024;
        }
    }
    // A container's limit (cgroup v2) is the one that kills.
    const std::uint64_t limit = firstNumber("/sys/fs/cgroup/memory.max");
    const std::uint64_t used = firstNumber("/sys/fs/cgroup/memory.current");
    if (limit > 0 && limit > used) {
        const std::uint64_t left = limit - used;
        available = available == 0 ? left : std::min(available, left);
    }
    return available;
}

void checkMemory(const Config& config, std::int64_t vocab_size, std::int64_t corpus_tokens) {
    const std::uint64_t set_limit =
        static_cast<std::uint64_t>(config.get(settings::max_memory_mb)) * kMB;
    const std::uint64_t limit = set_limit > 0 ? set_limit : availableMemory();
    if (limit == 0)
        return;  // nothing to compare with: the machine does not say
    const MemoryEstimate e = estimateMemory(config, vocab_size, corpus_tokens);
    if (e.total() <= limit)
        return;
    const Message where =
        set_limit > 0 ? Message(UNROLL_TEXT("max_memory_mb = %1"), std::to_string(set_limit / kMB))
                      : Message(UNROLL_TEXT("%1 available on this machine"), byteSize(limit));
    const Message what = e.activations > e.training
                             ? Message(UNROLL_TEXT("lower batch_size, seq_len or hidden"))
                             : Message(UNROLL_TEXT("lower hidden or layers"));
    throw ConfigError(ConfigIssue{
        settings::max_memory_mb.name, std::to_string(set_limit / kMB),
        Message(UNROLL_TEXT("this run needs about %1, more than the %2 — %3, or set max_memory_mb "
                            "to the memory it may use if the estimate is wrong"),
                e.describe(), where, what)});
}

}  // namespace unroll
