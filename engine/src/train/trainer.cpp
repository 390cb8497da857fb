// The training loop: fastai's fit with ModelResetter, ParamScheduler, Recorder and the accuracy
// metric, one batch per call so the GUI can interleave commands between steps — plus what Unroll
// adds: per-step statistics, the probe replay and the divergence guard.
#include "unroll/trainer.h"

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numeric>
#include <random>

#include "probes/activation_stats.h"
#include "probes/gradient_flow.h"
#include "probes/histogram.h"
#include "train/guard.h"
#include "train/rnn_regularizer.h"
#include "train/trainer_impl.h"

namespace unroll {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

const Config& validated(const Config& config) {
    config.validate();
    return config;
}

}  // namespace

void configureProcessMemory() {
    constexpr int kThreshold = 256 << 20;  // far above any buffer of the chapter's models
    mallopt(M_MMAP_THRESHOLD, kThreshold);
    mallopt(M_TRIM_THRESHOLD, kThreshold);
}

void configureWorkerThread(int threads) {
    at::set_num_threads(threads);
}

Trainer::Impl::Impl(const Config& c, const Corpus& corp)
    : config(validated(c)),
      corpus(corp),
      data(Dataset::forConfig(corpus, config)),
      train(data, TensorBatches::Split::Train),
      valid(data, TensorBatches::Split::Valid),
      schedule(Schedule::fromConfig(config)),
      smooth(config.getFloat("smooth_beta")),
      epochs(static_cast<int>(config.getInt("epochs"))),
      vocab_size(corpus.vocab.size()) {
    {
        // Initialisation draws from libtorch's global generator (inside the modules'
        // constructors), so seeding and building happen under one lock. Afterwards the model's
        // dropout draws from a generator of its own that continues the seeded stream, which keeps
        // a run's draws identical to PyTorch's and independent of any other trainer in the
        // process.
        static std::mutex global_generator;
        std::lock_guard<std::mutex> lock(global_generator);
        torch::manual_seed(static_cast<uint64_t>(config.getInt("seed")));
        model = makeModel(config, vocab_size);
        model->setGenerator(at::detail::getDefaultCPUGenerator().clone());
    }
    optimizer = std::make_unique<FlatAdam>(*model, config.getBool("wd_bias"));
    for (const ParameterSlot& s : optimizer->slots()) {
        param_names.push_back(s.name);
        param_shapes.push_back(s.shape);
    }
    activation_names = model->activationNames();
    arch = config.getText("arch");
    applyLive(config);
}

void Trainer::Impl::applyLive(const Config& c) {
    schedule = Schedule::fromConfig(c);
    smooth.setBeta(c.getFloat("smooth_beta"));
    hyper.beta2 = c.getFloat("beta2");
    hyper.eps = c.getFloat("eps");
    hyper.wd = c.getFloat("wd");
    clip = c.getFloat("clip");
    ar_alpha = c.getFloat("ar_alpha");
    tar_beta = c.getFloat("tar_beta");
    probe_every = c.getInt("probe_every");
    step_stats = c.getBool("step_stats");
    on_nonfinite = c.getText("on_nonfinite");
    loss_limit = c.getFloat("loss_limit");
}

void Trainer::applyLive(const Config& config) {
    std::vector<ConfigIssue> refused;
    for (const std::string& key : changedSettings(impl_->config, config))
        if (!findSetting(key)->live)
            refused.push_back({key, formatValue(config.get(key)),
                               key + " cannot change during a run (it is " +
                                   formatValue(impl_->config.get(key)) +
                                   "); stop and reset the run to change it"});
    if (!refused.empty())
        throw ConfigError(std::move(refused));
    config.validate();
    impl_->config = config;
    impl_->applyLive(config);
}

torch::Tensor Trainer::Impl::crossEntropy(const torch::Tensor& logits,
                                          const torch::Tensor& targets) const {
    return torch::nn::functional::cross_entropy(logits.reshape({-1, vocab_size}),
                                                targets.reshape({-1}));
}

Losses Trainer::Impl::losses(const ModelOutput& out, const torch::Tensor& targets) const {
    Losses l;
    l.ce = crossEntropy(out.logits, targets);
    l.total = l.ce;
    // AR and TAR join the loss that is back-propagated; the logged loss stays the cross-entropy.
    const Regularization reg = rnnRegularization(out, ar_alpha, tar_beta);
    if (reg.ar.defined()) {
        l.ar = reg.ar.item<double>();
        l.total = l.total + reg.ar;
    }
    if (reg.tar.defined()) {
        l.tar = reg.tar.item<double>();
        l.total = l.total + reg.tar;
    }
    return l;
}

EpochMetrics Trainer::Impl::validate(const std::vector<int64_t>* order) {
    const auto start = Clock::now();
    torch::NoGradGuard no_grad;
    model->eval();
    model->reset();
    double loss_sum = 0.0, correct_sum = 0.0;
    int64_t rows = 0;
    for (int64_t i = 0; i < valid.size(); ++i) {
        const int64_t b = order ? (*order)[static_cast<size_t>(i)] : i;
        const torch::Tensor& y = valid.targets(b);
        const torch::Tensor logits = model->forward(valid.inputs(b)).logits;
        const int64_t n = y.size(0);
        // fastai's AvgLoss and AvgMetric: batch means weighted by the batch's rows.
        loss_sum += crossEntropy(logits, y).item<double>() * static_cast<double>(n);
        correct_sum += logits.argmax(-1).eq(y).to(torch::kDouble).mean().item<double>() *
                       static_cast<double>(n);
        rows += n;
    }
    EpochMetrics m;
    m.epoch = pos.epoch;
    m.valid_loss = loss_sum / static_cast<double>(rows);
    m.valid_accuracy = correct_sum / static_cast<double>(rows);
    m.perplexity = std::exp(m.valid_loss);
    m.valid_seconds = secondsSince(start);
    return m;
}

Trainer::Trainer(const Config& config, const Corpus& corpus)
    : impl_(std::make_unique<Impl>(config, corpus)) {}

Trainer::~Trainer() = default;

const Config& Trainer::config() const {
    return impl_->config;
}
const Corpus& Trainer::corpus() const {
    return impl_->corpus;
}
const Dataset& Trainer::dataset() const {
    return impl_->data;
}
int Trainer::epochs() const {
    return impl_->epochs;
}
int Trainer::batchesPerEpoch() const {
    return impl_->batches();
}
std::int64_t Trainer::stepsDone() const {
    return impl_->pos.step;
}
bool Trainer::finished() const {
    return impl_->pos.epoch >= impl_->epochs;
}
bool Trainer::paused() const {
    return impl_->paused;
}
std::int64_t Trainer::parameterCount() const {
    return impl_->optimizer->numel();
}
const std::vector<std::string>& Trainer::parameterNames() const {
    return impl_->param_names;
}
const std::vector<std::vector<std::int64_t>>& Trainer::parameterShapes() const {
    return impl_->param_shapes;
}
const std::vector<std::string>& Trainer::activationNames() const {
    return impl_->activation_names;
}

namespace {

const ParameterSlot& slotNamed(const FlatAdam& optimizer, const std::string& name) {
    for (const ParameterSlot& s : optimizer.slots())
        if (s.name == name)
            return s;
    throw std::invalid_argument("no parameter named '" + name + "'");
}

}  // namespace

std::vector<float> Trainer::parameterValues(const std::string& name) const {
    const ParameterSlot& slot = slotNamed(*impl_->optimizer, name);
    const float* p = impl_->optimizer->params().data_ptr<float>() + slot.offset;
    return std::vector<float>(p, p + slot.numel);
}

void Trainer::setParameterValues(const std::string& name, const std::vector<float>& values) {
    const ParameterSlot& slot = slotNamed(*impl_->optimizer, name);
    if (static_cast<int64_t>(values.size()) != slot.numel)
        throw std::invalid_argument("parameter '" + name + "' has " + std::to_string(slot.numel) +
                                    " values, not " + std::to_string(values.size()));
    float* p = impl_->optimizer->params().data_ptr<float>() + slot.offset;
    std::copy(values.begin(), values.end(), p);
}

StepMetrics Trainer::trainStep() {
    Impl& s = *impl_;
    if (finished())
        throw std::logic_error("Trainer::trainStep: every epoch is already trained");
    if (s.pos.batch >= s.batches())
        throw std::logic_error("Trainer::trainStep: call endEpoch() after the last batch");
    const auto start = Clock::now();
    if (s.pos.batch == 0 && !s.paused) {
        s.model->reset();
        s.pos.epoch_loss_sum = 0.0;
        s.pos.epoch_losses = 0;
        s.pos.epoch_seconds = 0.0;
        s.pos.epoch_tokens = 0;
    }
    s.paused = false;
    s.model->train();

    const double total = static_cast<double>(s.epochs) * s.batches();
    const ScheduleValues sched = s.schedule_override
                                     ? s.schedule_override(s.pos.step)
                                     : s.schedule.at(static_cast<double>(s.pos.step) / total);
    s.hyper.lr = sched.lr;
    s.hyper.beta1 = sched.beta1;

    StepMetrics m;
    m.step = s.pos.step + 1;
    m.epoch = s.pos.epoch;
    m.batch = s.pos.batch;
    m.batches_per_epoch = s.batches();
    m.lr = sched.lr;
    m.beta1 = sched.beta1;
    const torch::Tensor& x = s.train.inputs(s.pos.batch);
    const torch::Tensor& y = s.train.targets(s.pos.batch);
    m.tokens = x.numel();

    // The probe replays this batch through the from-scratch unroll before the step touches it.
    std::shared_ptr<ProbeFrame> probe;
    if (s.probe_every > 0 && s.pos.step % s.probe_every == 0) {
        probe = std::make_shared<ProbeFrame>(replayProbe(*s.model, x, [&](const ModelOutput& o) {
            ProbeLoss l{s.losses(o, y).total, {}};
            if (o.logits.dim() == 3)  // a prediction after every token: L_T is the last one's
                l.last = s.crossEntropy(o.logits.select(1, o.logits.size(1) - 1),
                                        y.select(1, y.size(1) - 1));
            return l;
        }));
        probe->step = m.step;
        probe->epoch = m.epoch;
        const torch::Tensor target_row = y.select(0, 0).reshape({-1}).to(torch::kLong).contiguous();
        probe->targets.assign(target_row.data_ptr<int64_t>(),
                              target_row.data_ptr<int64_t>() + target_row.numel());
    }

    // What a withheld step must put back: the carried state and, for a retry, the generator.
    const std::vector<torch::Tensor> carried_before = s.model->carriedState();
    const at::Generator generator_before =
        s.on_nonfinite == "pause" ? s.model->generator().clone() : at::Generator();

    const ModelOutput out = s.model->forward(x);
    const Losses losses = s.losses(out, y);
    if (s.step_stats)
        for (const Activation& a : s.model->activations())
            m.activations.push_back(activationStat(a));
    losses.total.backward();
    m.loss = losses.ce.item<double>();
    m.ar = losses.ar;
    m.tar = losses.tar;
    const FlatAdam::GradNorms norms = s.optimizer->gradNorms();
    if (s.step_stats)
        m.grad_norms = norms.per_slot;
    m.grad_norm = norms.total;

    GuardContext ctx{m.step, m.epoch, m.batch, s.on_nonfinite, m.lr, s.clip, s.arch};
    GuardInput in{&s.model->activations(),
                  &m.activations,
                  m.loss,
                  m.ar,
                  m.tar,
                  &s.param_names,
                  &norms.per_slot,
                  norms.finite,
                  s.pos.first_loss,
                  s.loss_limit};
    std::optional<TrainEvent> problem = checkStep(in, ctx);
    if (!problem) {
        if (probe) {
            // Histograms of this step's weights (before the update) and gradients (before
            // clipping), per parameter.
            const float* w = s.optimizer->params().data_ptr<float>();
            const float* g = s.optimizer->grads().data_ptr<float>();
            for (const ParameterSlot& slot : s.optimizer->slots()) {
                probe->weight_histograms.push_back(histogramOf(w + slot.offset, slot.numel));
                probe->grad_histograms.push_back(histogramOf(g + slot.offset, slot.numel));
            }
        }
        m.grad_norm_clipped =
            s.clip > 0.0 ? s.optimizer->clipGradNorm(m.grad_norm, s.clip) : m.grad_norm;
        s.optimizer->step(s.hyper);
        if (!s.optimizer->paramsFinite()) {
            s.optimizer->undoStep();  // nothing non-finite is ever kept as a weight
            problem = nonFiniteWeights(ctx);
        } else if (s.step_stats) {
            m.update_ratios = s.optimizer->updateRatios();
        }
    }
    s.optimizer->zeroGrad();
    m.probe = probe;

    if (problem) {
        m.applied = false;
        m.smooth_loss = s.smooth.value();  // a withheld step leaves the average where it was
        m.grad_norm_clipped = m.grad_norm;
        m.event = std::make_shared<TrainEvent>(*problem);
        s.model->setCarriedState(carried_before);  // a NaN state must not leak into the next batch
        if (s.on_nonfinite == "stop")
            throw DivergenceError(*problem);
        if (s.on_nonfinite == "pause") {
            s.model->setGenerator(generator_before);  // the retry draws the same dropout masks
            s.paused = true;
            m.seconds = secondsSince(start);
            return m;
        }
        // ignore: the batch counts as done, without an update
    } else {
        if (s.pos.first_loss == 0.0)
            s.pos.first_loss = m.loss;
        s.pos.epoch_loss_sum += m.loss;
        ++s.pos.epoch_losses;
        m.smooth_loss = s.smooth.add(m.loss);
    }
    ++s.pos.step;
    m.seconds = secondsSince(start);
    m.last_in_epoch = ++s.pos.batch == s.batches();
    s.pos.epoch_seconds += m.seconds;
    s.pos.epoch_tokens += m.tokens;
    return m;
}

EpochMetrics Trainer::endEpoch() {
    Impl& s = *impl_;
    if (s.pos.batch != s.batches())
        throw std::logic_error("Trainer::endEpoch: the epoch's batches are not all trained");
    EpochMetrics m = s.validate();
    m.train_loss = s.smooth.value();
    m.train_loss_mean = s.pos.epoch_losses ? s.pos.epoch_loss_sum / s.pos.epoch_losses : 0.0;
    m.train_seconds = s.pos.epoch_seconds;
    m.train_tokens = s.pos.epoch_tokens;
    ++s.pos.epoch;
    s.pos.batch = 0;
    s.history.push_back(m);
    return m;
}

const std::vector<EpochMetrics>& Trainer::history() const {
    return impl_->history;
}

EpochMetrics Trainer::evaluate(bool shuffled, std::uint64_t seed) {
    // Mid-epoch (the window evaluates while a run is paused) the carried state and the mode
    // belong to the training in progress: put them back.
    Impl& s = *impl_;
    const std::vector<torch::Tensor> carried = s.model->carriedState();
    const bool was_training = s.model->is_training();
    std::vector<int64_t> order(static_cast<size_t>(s.valid.size()));
    std::iota(order.begin(), order.end(), 0);
    if (shuffled)
        std::shuffle(order.begin(), order.end(), std::mt19937_64(seed));
    const EpochMetrics m = s.validate(&order);
    s.model->setCarriedState(carried);
    s.model->train(was_training);
    return m;
}

FitSummary Trainer::fit(TrainObserver* observer, const std::atomic<bool>* stop) {
    configureWorkerThread(static_cast<int>(impl_->config.getInt("threads")));
    FitSummary summary;
    while (!finished()) {
        if (stop && stop->load()) {
            summary.stopped = true;
            break;
        }
        StepMetrics step;
        try {
            step = trainStep();
        } catch (const DivergenceError& e) {
            if (observer)
                observer->onEvent(e.event());  // the log records why before it ends
            throw;
        }
        summary.train_seconds += step.seconds;
        summary.train_tokens += step.applied ? step.tokens : 0;
        if (observer) {
            observer->onStep(step);
            if (step.probe)
                observer->onProbe(*step.probe);
            if (step.event)
                observer->onEvent(*step.event);
        }
        if (paused()) {
            summary.paused = true;
            break;
        }
        if (step.last_in_epoch) {
            summary.epochs.push_back(endEpoch());
            if (observer)
                observer->onEpoch(summary.epochs.back());
        }
    }
    return summary;
}

}  // namespace unroll
