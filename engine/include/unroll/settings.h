// Typed names for the schema's settings: `config.get(settings::lr)` is a double, and a misspelt
// name does not compile. This list holds each setting's name and type; the schema
// (config/schema.cpp) gives it a label, a range and help, and is built from these keys, so the
// two cannot drift apart (test_config checks that each key has its entry and each entry its key).
#pragma once

#include <cstdint>
#include <string>

namespace unroll {

// The settings whose values code branches on, as enums. Each enum's names (ChoiceNames) are the
// setting's choices in the schema, in this order.
enum class Arch { LM1, LM2, LM3, LM4, LM5, LM6, LM7, GRU };
// The `cell` setting: how a layer is computed.
enum class CellForm { Fused, Refactored, Scratch, Libtorch };
enum class OnNonFinite { Stop, Pause, Ignore, Rewind };  // what the divergence guard does

template <class E>
struct ChoiceNames;
template <>
struct ChoiceNames<Arch> {
    static constexpr const char* names[] = {"lm1", "lm2", "lm3", "lm4", "lm5", "lm6", "lm7", "gru"};
};
template <>
struct ChoiceNames<CellForm> {
    static constexpr const char* names[] = {"fused", "refactored", "scratch", "libtorch"};
};
template <>
struct ChoiceNames<OnNonFinite> {
    static constexpr const char* names[] = {"stop", "pause", "ignore", "rewind"};
};

// "lm6", "fused", "pause" ...
template <class E>
const char* nameOf(E value) {
    return ChoiceNames<E>::names[static_cast<int>(value)];
}

// A setting's name with the C++ type its value reads as.
template <class T>
struct SettingKey {
    const char* name;
};

// X(C++ type, SettingType, name) for every setting.
#define UNROLL_SETTINGS(X)                \
    X(double, Float, clip)                \
    X(bool, Bool, out_locked)             \
    X(bool, Bool, tie_weights)            \
    X(double, Float, ar_alpha)            \
    X(double, Float, tar_beta)            \
    X(bool, Bool, step_stats)             \
    X(std::int64_t, Int, probe_every)     \
    X(OnNonFinite, Choice, on_nonfinite)  \
    X(double, Float, loss_limit)          \
    X(std::int64_t, Int, snapshot_every)  \
    X(double, Float, rewind_lr_factor)    \
    X(std::int64_t, Int, max_rewinds)     \
    X(Arch, Choice, arch)                 \
    X(CellForm, Choice, cell)             \
    X(std::int64_t, Int, hidden)          \
    X(std::int64_t, Int, layers)          \
    X(std::string, Text, corpus)          \
    X(std::string, Choice, line_break)    \
    X(std::string, Choice, tokenizer)     \
    X(std::int64_t, Int, subword_vocab)   \
    X(std::string, Choice, subword_model) \
    X(std::int64_t, Int, max_corpus_mb)   \
    X(std::int64_t, Int, seq_len)         \
    X(std::int64_t, Int, batch_size)      \
    X(double, Float, valid_pct)           \
    X(std::int64_t, Int, epochs)          \
    X(std::string, Choice, schedule)      \
    X(double, Float, lr)                  \
    X(double, Float, pct_start)           \
    X(double, Float, div)                 \
    X(double, Float, div_final)           \
    X(double, Float, mom_max)             \
    X(double, Float, mom_min)             \
    X(double, Float, beta1)               \
    X(double, Float, wd)                  \
    X(bool, Bool, wd_bias)                \
    X(double, Float, beta2)               \
    X(double, Float, eps)                 \
    X(std::int64_t, Int, seed)            \
    X(std::int64_t, Int, threads)         \
    X(std::string, Text, device)          \
    X(bool, Bool, deterministic)          \
    X(std::int64_t, Int, workers)         \
    X(double, Float, worker_timeout)      \
    X(std::int64_t, Int, max_memory_mb)   \
    X(double, Float, smooth_beta)         \
    X(double, Float, out_p)               \
    X(double, Float, input_p)             \
    X(double, Float, hidden_p)            \
    X(double, Float, embed_p)             \
    X(double, Float, weight_p)

namespace settings {
#define UNROLL_SETTING_KEY(type, kind, name) inline constexpr SettingKey<type> name{#name};
UNROLL_SETTINGS(UNROLL_SETTING_KEY)
#undef UNROLL_SETTING_KEY
}  // namespace settings

}  // namespace unroll
