// The table of every setting. Defaults follow the chapter (shared facts: fastai's Adam and
// fit_one_cycle); presets override what each model changes.
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/corpus.h"

namespace unroll {
namespace {

using std::int64_t;

SettingSpec intSetting(SettingKey<int64_t> key, std::string label, std::string group, int64_t def,
                       double min, double max, std::string unit, std::string help) {
    SettingSpec s;
    s.key = key.name;
    s.label = std::move(label);
    s.group = std::move(group);
    s.type = SettingType::Int;
    s.default_value = def;
    s.min = min;
    s.max = max;
    s.unit = std::move(unit);
    s.help = std::move(help);
    return s;
}

SettingSpec floatSetting(SettingKey<double> key, std::string label, std::string group, double def,
                         double min, double max, std::string unit, std::string help) {
    SettingSpec s = intSetting(SettingKey<int64_t>{key.name}, std::move(label), std::move(group), 0,
                               min, max, std::move(unit), std::move(help));
    s.type = SettingType::Float;
    s.default_value = def;
    return s;
}

SettingSpec choiceSetting(SettingKey<std::string> key, std::string label, std::string group,
                          std::string def, std::vector<std::string> choices, std::string help) {
    SettingSpec s;
    s.key = key.name;
    s.label = std::move(label);
    s.group = std::move(group);
    s.type = SettingType::Choice;
    s.default_value = std::move(def);
    s.choices = std::move(choices);
    s.help = std::move(help);
    return s;
}

// A choice that code reads as an enum: its choices are the enum's names, in order.
template <class E>
SettingSpec choiceSetting(SettingKey<E> key, std::string label, std::string group, E def,
                          std::string help) {
    std::vector<std::string> choices;
    for (const char* name : ChoiceNames<E>::names)
        choices.emplace_back(name);
    return choiceSetting(SettingKey<std::string>{key.name}, std::move(label), std::move(group),
                         nameOf(def), std::move(choices), std::move(help));
}

SettingSpec boolSetting(SettingKey<bool> key, std::string label, std::string group, bool def,
                        std::string help) {
    SettingSpec s;
    s.key = key.name;
    s.label = std::move(label);
    s.group = std::move(group);
    s.type = SettingType::Bool;
    s.default_value = def;
    s.help = std::move(help);
    return s;
}

SettingSpec textSetting(SettingKey<std::string> key, std::string label, std::string group,
                        std::string def, std::string help) {
    SettingSpec s;
    s.key = key.name;
    s.label = std::move(label);
    s.group = std::move(group);
    s.type = SettingType::Text;
    s.default_value = std::move(def);
    s.help = std::move(help);
    return s;
}

SettingSpec& live(SettingSpec& s) {
    s.live = true;
    return s;
}

// The stacked recurrent models: the settings of layers and regularization apply to these.
const std::vector<std::string> kRecurrent = {"lm5", "lm6", "lm7", "gru"};

SettingSpec gradientClipSetting() {
    SettingSpec s =
        floatSetting(settings::clip, "Gradient clipping", "optimizer", 0.0, 0.0, 1e6, "",
                     "Rescale the gradients when their global norm exceeds this "
                     "(0 = off), as torch.nn.utils.clip_grad_norm_ does.");
    return live(s);
}

SettingSpec probability(SettingKey<double> key, std::string label, std::string help) {
    SettingSpec s =
        floatSetting(key, std::move(label), "regularization", 0.0, 0.0, 0.95, "", std::move(help));
    s.architectures = kRecurrent;
    return s;
}

std::vector<SettingSpec> regularizationSettings() {
    std::vector<SettingSpec> t;
    t.push_back(probability(settings::out_p, "Output dropout",
                            "Dropout on the last layer's output before the decoder (the chapter's "
                            "LM7 uses 0.4)."));
    {
        SettingSpec s =
            boolSetting(settings::out_locked, "Locked output dropout", "regularization", false,
                        "One output-dropout mask per sequence, the same at every time "
                        "step (fastai's RNNDropout), instead of one per element.");
        s.architectures = kRecurrent;
        t.push_back(s);
    }
    t.push_back(probability(settings::input_p, "Input dropout",
                            "Locked dropout on the embedding output (fastai's input_p)."));
    t.push_back(probability(settings::hidden_p, "Between-layer dropout",
                            "Locked dropout between stacked layers (fastai's hidden_p)."));
    t.push_back(probability(settings::embed_p, "Embedding dropout",
                            "Drops whole words: rows of the embedding matrix (fastai's embed_p)."));
    t.push_back(probability(settings::weight_p, "Weight dropout",
                            "DropConnect on each layer's hidden-to-hidden matrix (fastai's "
                            "weight_p)."));
    {
        SettingSpec s = boolSetting(settings::tie_weights, "Tie weights", "regularization", false,
                                    "The decoder's weight is the embedding matrix: one tensor, one "
                                    "gradient with both contributions.");
        s.architectures = kRecurrent;
        t.push_back(s);
    }
    {
        SettingSpec s =
            floatSetting(settings::ar_alpha, "AR (alpha)", "regularization", 0.0, 0.0, 100.0, "",
                         "Activation regularization: adds alpha * mean(output²) "
                         "of the dropped-out output to the loss that is "
                         "back-propagated (fastai's alpha; the chapter uses 2).");
        s.architectures = kRecurrent;
        t.push_back(live(s));
    }
    {
        SettingSpec s =
            floatSetting(settings::tar_beta, "TAR (beta)", "regularization", 0.0, 0.0, 100.0, "",
                         "Temporal activation regularization: adds beta * "
                         "mean((h_t+1 - h_t)²) of the raw output over consecutive "
                         "time steps (fastai's beta; the chapter uses 1).");
        s.architectures = kRecurrent;
        t.push_back(live(s));
    }
    return t;
}

std::vector<SettingSpec> observationSettings() {
    std::vector<SettingSpec> t;
    {
        SettingSpec s = boolSetting(
            settings::step_stats, "Per-step statistics", "observe", true,
            "Every step, measure each parameter's gradient norm and update-to-weight ratio and "
            "each layer's activation RMS and max |x| (the guard then also checks activations). "
            "Off only to measure what observing costs.");
        t.push_back(live(s));
    }
    {
        SettingSpec s = intSetting(
            settings::probe_every, "Probe every", "observe", 25, 0, 1000000, "steps",
            "Every N training steps, replay one batch through the from-scratch unroll with the "
            "current weights to measure the gradient flowing back through time, hidden-state "
            "magnitudes, gate saturation and weight/gradient histograms (0 = never).");
        t.push_back(live(s));
    }
    {
        SettingSpec s = choiceSetting(
            settings::on_nonfinite, "When training diverges", "observe", OnNonFinite::Stop,
            "What the divergence guard does when an activation, the loss or a gradient stops being "
            "a finite number, or the loss passes loss_limit: stop the run, pause it (the batch is "
            "retried on resume), skip that batch's update and go on, or rewind to the last "
            "snapshot with a lower learning rate and clipping on. The weights are never updated "
            "from a non-finite step.");
        t.push_back(live(s));
    }
    {
        SettingSpec s = intSetting(
            settings::snapshot_every, "Snapshot every", "observe", 50, 0, 1000000, "steps",
            "Keep an in-memory snapshot of the run (weights, optimizer, schedule position, "
            "carried state, random generator) every N steps and at the start of every epoch, the "
            "last three, so that a diverged run can rewind (0 = at epoch starts only).");
        t.push_back(live(s));
    }
    {
        SettingSpec s = floatSetting(
            settings::rewind_lr_factor, "Rewind divides lr by", "observe", 10.0, 1.0, 1e6, "",
            "With on_nonfinite=rewind: each rewind divides the learning rate by this (and turns "
            "gradient clipping on at 1 if it was off).");
        s.min_exclusive = true;
        t.push_back(live(s));
    }
    {
        SettingSpec s = intSetting(
            settings::max_rewinds, "Rewinds at most", "observe", 5, 1, 1000, "",
            "With on_nonfinite=rewind: after this many rewinds the next divergence stops the "
            "run.");
        t.push_back(live(s));
    }
    {
        SettingSpec s = floatSetting(
            settings::loss_limit, "Loss limit", "observe", 20.0, 0.0, 1e9, "x first loss",
            "The guard also fires when a batch's loss exceeds this multiple of the run's first "
            "loss (0 = off).");
        t.push_back(live(s));
    }
    return t;
}

std::vector<SettingSpec> buildSchema() {
    std::vector<SettingSpec> t;

    // --- model ---
    t.push_back(choiceSetting(
        settings::arch, "Architecture", "model", Arch::LM1,
        "Which model to train: lm1 hand-unrolled, lm2 a loop, lm3 stateful, lm4 predicting after "
        "every token, lm5 a stacked RNN, lm6 an LSTM, lm7 AWD-LSTM, gru a GRU."));
    t.push_back(choiceSetting(
        settings::cell, "Recurrence", "model", CellForm::Fused,
        "How the recurrence is computed; every form computes the same function from the same "
        "weights. fused: one call for the whole sequence (Unroll's kernels with a hand-derived "
        "backward pass). libtorch (LSTM and GRU): libtorch's own cells, the reference the "
        "kernels are tested against. "
        "scratch: the cell's equations step by step, as the book writes them, differentiated by "
        "autograd. refactored (LSTM only): the book's second cell, one product for all four "
        "gates."));
    t.push_back(intSetting(settings::hidden, "Hidden size", "model", 64, 1, 4096, "units",
                           "Width of the hidden state (and of the embedding)."));
    {
        SettingSpec s = intSetting(settings::layers, "Layers", "model", 2, 1, 16, "layers",
                                   "Recurrent layers stacked on each other.");
        s.architectures = kRecurrent;
        t.push_back(s);
    }

    // --- data ---
    t.push_back(textSetting(
        settings::corpus, "Corpus", "data", kHumanNumbersSource,
        "builtin:human-numbers (the numbers 1..9999 in words, generated) or the path of a UTF-8 "
        "text file."));
    t.push_back(choiceSetting(
        settings::line_break, "Line breaks", "data", "auto", {"auto", "dot", "newline", "space"},
        "How a text file's line breaks become tokens: dot joins lines with ' . ' as the chapter "
        "does, newline makes each break a token, space ignores them; auto reads words as prose "
        "(space) and characters as written (newline). Only for file corpora of words or "
        "characters; subwords read each line as its own text."));
    t.push_back(choiceSetting(
        settings::tokenizer, "Tokens", "data", "word", {"word", "char", "subword"},
        "What a token is: word splits the text on whitespace (the chapter's choice); char makes "
        "every Unicode character a token, spaces and line breaks included; subword trains a "
        "SentencePiece model on the text (see subword_vocab) and keeps it in checkpoints."));
    t.push_back(intSetting(settings::subword_vocab, "Subword pieces", "data", 1000, 16, 100000,
                           "pieces",
                           "How many pieces the subword model has (at most: a short text may "
                           "give fewer). Only for tokenizer = subword."));
    t.back().only_with_key = "tokenizer";
    t.back().only_with_value = "subword";
    t.push_back(choiceSetting(settings::subword_model, "Subword model", "data", "bpe",
                              {"bpe", "unigram"},
                              "SentencePiece's algorithm: bpe (byte-pair encoding: merges the "
                              "most frequent pairs, whole words first on a small text) or unigram "
                              "(SentencePiece's own default, which may stop short of the size "
                              "asked for). Only for tokenizer = subword."));
    t.back().only_with_key = "tokenizer";
    t.back().only_with_value = "subword";
    t.push_back(intSetting(settings::max_corpus_mb, "Corpus size limit", "data", 1024, 1, 65536,
                           "MB",
                           "A corpus file larger than this is refused before it is read, so a "
                           "wrong file cannot exhaust the memory."));
    t.push_back(intSetting(settings::seq_len, "Sequence length", "data", 3, 2, 1024, "tokens",
                           "Tokens per sample. lm1 is unrolled by hand over exactly 3."));
    t.push_back(intSetting(settings::batch_size, "Batch size", "data", 64, 1, 65536, "sequences",
                           "Sequences per batch; for stateful models also the number of parallel "
                           "text streams."));
    {
        SettingSpec s =
            floatSetting(settings::valid_pct, "Validation share", "data", 0.2, 0.0, 0.9, "",
                         "Share of the samples held out for validation, cut from the "
                         "end of the text in order (the chapter cuts 80/20).");
        s.min_exclusive = true;
        t.push_back(s);
    }

    // --- training ---
    t.push_back(intSetting(settings::epochs, "Epochs", "training", 4, 1, double(kMaxEpochs),
                           "epochs", "Passes over the training set."));
    t.push_back(choiceSetting(settings::schedule, "Schedule", "training", "one_cycle",
                              {"one_cycle", "constant"},
                              "one_cycle: fastai's fit_one_cycle (cosine warm-up to lr, then "
                              "cosine annealing, momentum the other way). constant: fastai's fit "
                              "at a fixed lr and beta1."));
    {
        SettingSpec s =
            floatSetting(settings::lr, "Learning rate", "training", 1e-3, 0.0, 100.0, "",
                         "Peak learning rate of the one-cycle schedule, or the fixed "
                         "rate of the constant schedule.");
        s.min_exclusive = true;
        s.log_scale = true;
        t.push_back(live(s));
    }
    t.push_back(floatSetting(
        settings::pct_start, "Warm-up share", "training", 0.25, 0.0, 1.0, "",
        "Share of the one-cycle steps spent rising to the peak rate (one_cycle only)."));
    {
        SettingSpec s = floatSetting(settings::div, "Start divisor", "training", 25.0, 1.0, 1e9, "",
                                     "One-cycle starts at lr / div (one_cycle only).");
        s.log_scale = true;
        t.push_back(s);
    }
    {
        SettingSpec s =
            floatSetting(settings::div_final, "Final divisor", "training", 1e5, 1.0, 1e12, "",
                         "One-cycle ends at lr / div_final (one_cycle only).");
        s.log_scale = true;
        t.push_back(s);
    }
    t.push_back(floatSetting(
        settings::mom_max, "Momentum high", "training", 0.95, 0.0, 0.999, "",
        "One-cycle momentum (Adam's beta1) at the start and the end (one_cycle only)."));
    t.push_back(floatSetting(settings::mom_min, "Momentum low", "training", 0.85, 0.0, 0.999, "",
                             "One-cycle momentum at the peak learning rate (one_cycle only)."));
    t.push_back(floatSetting(
        settings::beta1, "Momentum (constant)", "training", 0.9, 0.0, 0.999, "",
        "Adam's beta1 under the constant schedule (fastai's default 0.9; constant only)."));

    // --- optimizer ---
    {
        SettingSpec s = floatSetting(settings::wd, "Weight decay", "optimizer", 0.01, 0.0, 10.0, "",
                                     "Decoupled weight decay (p <- p * (1 - lr * wd)) as fastai's "
                                     "Adam applies it.");
        t.push_back(live(s));
    }
    t.push_back(boolSetting(settings::wd_bias, "Decay biases", "optimizer", false,
                            "Also decay the biases of Linear layers (fastai's wd_bn_bias; off in "
                            "the chapter)."));
    t.push_back(floatSetting(settings::beta2, "Adam beta2", "optimizer", 0.99, 0.0, 0.99999, "",
                             "Decay of Adam's squared-gradient average (fastai's sqr_mom)."));
    {
        SettingSpec s = floatSetting(settings::eps, "Adam epsilon", "optimizer", 1e-5, 0.0, 1.0, "",
                                     "Added to Adam's denominator.");
        s.min_exclusive = true;
        s.log_scale = true;
        t.push_back(s);
    }

    t.push_back(gradientClipSetting());

    // --- regularization (AWD-LSTM) ---
    for (SettingSpec s : regularizationSettings())
        t.push_back(s);

    // --- observe ---
    for (SettingSpec s : observationSettings())
        t.push_back(s);

    // --- run ---
    t.push_back(intSetting(settings::seed, "Seed", "run", 0, 0, 2147483647.0, "",
                           "Seeds the weight initialisation; with 1 thread a run is exactly "
                           "repeatable."));
    {
        SettingSpec s = intSetting(settings::threads, "Threads", "run", 1, 1, 256, "threads",
                                   "Intra-op threads of the training thread. 1 is fastest at the "
                                   "chapter's sizes and leaves a core for the window.");
        t.push_back(live(s));
    }
    t.push_back(textSetting(
        settings::device, "Device", "run", "cpu",
        "Where the run trains: cpu, or a GPU (cuda, cuda:N) when this build's libtorch has CUDA. "
        "Checkpoints do not depend on it."));
    t.push_back(boolSetting(
        settings::deterministic, "Deterministic", "run", false,
        "libtorch's deterministic algorithms (and cuDNN's): on a GPU a seed then repeats a run "
        "exactly, somewhat slower. On the CPU, runs at 1 thread repeat without it."));
    t.push_back(intSetting(settings::workers, "Workers", "run", 1, 1, 256, "processes",
                           "Data-parallel worker processes on this machine, one thread each: "
                           "each trains on its share of every batch's rows and the gradients are "
                           "averaged every step."));
    t.push_back(floatSetting(settings::worker_timeout, "Worker timeout", "run", 60.0, 1.0, 3600.0,
                             "s",
                             "How long the workers wait for one another before a run with "
                             "several stops with a message naming the worker."));
    {
        SettingSpec s =
            intSetting(settings::max_memory_mb, "Memory limit", "run", 0, 0, 16777216, "MB",
                       "A run whose estimated memory (weights, optimizer state, one "
                       "step's activations, the data) is above this is refused before "
                       "it starts. 0: the memory the machine has available.");
        t.push_back(live(s));
    }
    {
        SettingSpec s =
            floatSetting(settings::smooth_beta, "Loss smoothing", "run", 0.98, 0.0, 0.9999, "",
                         "Beta of the debiased moving average printed as "
                         "train_loss (fastai's 0.98).");
        t.push_back(live(s));
    }

    return t;
}

}  // namespace

const std::vector<SettingSpec>& schema() {
    static const std::vector<SettingSpec> table = buildSchema();
    return table;
}

const SettingSpec* findSetting(const std::string& key) {
    for (const SettingSpec& s : schema())
        if (s.key == key)
            return &s;
    return nullptr;
}

}  // namespace unroll
