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
#include <optional>
#include <random>

#include <ATen/Parallel.h>
#include <torch/nn/functional.h>
#include <torch/utils.h>

#include "probes/activation_stats.h"
#include "probes/gradient_flow.h"
#include "probes/histogram.h"
#include "train/guard.h"
#include "train/observer_fan_out.h"
#include "train/rnn_regularizer.h"
#include "train/trainer_impl.h"
#include "unroll/device.h"
#include "unroll/memory_estimate.h"

namespace unroll {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

const Config& validated(const Config& config) {
    config.validate();
    // The schema checks the settings against each other; whether the device exists is this
    // build's and this machine's to say.
    requireDevice(config);
    return config;
}

// Before a tensor is allocated: a model the machine cannot hold is refused with the estimate.
const Config& withinMemory(const Config& config, const Corpus& corpus) {
    checkMemory(config, corpus.vocab.size(), static_cast<std::int64_t>(corpus.tokens.size()));
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

Trainer::Impl::Impl(const Config& c, const Corpus& corp, std::shared_ptr<WorkerGroup> worker_group)
    : config(withinMemory(validated(c), corp)),
      corpus(corp),
      data(Dataset::forConfig(corpus, config)),
      device(config.get(settings::device)),
      train(data, TensorBatches::Split::Train),
      valid(data, TensorBatches::Split::Valid),
      schedule(Schedule::fromConfig(config)),
      smooth(config.get(settings::smooth_beta)),
      epochs(static_cast<int>(config.get(settings::epochs))),
      vocab_size(corpus.vocab.size()),
      group(std::move(worker_group)) {
    {
        // Initialisation draws from libtorch's global generator (inside the modules'
        // constructors), so seeding and building happen under one lock. Afterwards the model's
        // dropout draws from a generator of its own that continues the seeded stream, which keeps
        // a run's draws identical to PyTorch's and independent of any other trainer in the
        // process.
        static std::mutex global_generator;
        std::lock_guard<std::mutex> lock(global_generator);
        torch::manual_seed(static_cast<uint64_t>(config.get(settings::seed)));
        model = makeModel(config, vocab_size);
        model->setGenerator(at::detail::getDefaultCPUGenerator().clone());
    }
    applyDeterminism(config);
    // Drawn on the CPU, so a seed gives the same initial weights on every device, then moved
    // before the optimizer makes its flat buffers on the same device.
    if (!device.is_cpu()) {
        model->to(device);
        train.moveTo(device);
        valid.moveTo(device);
    }
    optimizer = std::make_unique<FlatAdam>(*model, config.get(settings::wd_bias));
    if (group)
        joinGroup();
    for (const ParameterSlot& s : optimizer->slots()) {
        param_names.push_back(s.name);
        param_shapes.push_back(s.shape);
    }
    activation_names = model->activationNames();
    arch = config.get(settings::arch);
    applyLive(config);
}

void Trainer::Impl::applyLive(const Config& c) {
    schedule = Schedule::fromConfig(c);
    smooth.setBeta(c.get(settings::smooth_beta));
    hyper.beta2 = c.get(settings::beta2);
    hyper.eps = c.get(settings::eps);
    hyper.wd = c.get(settings::wd);
    clip = c.get(settings::clip);
    ar_alpha = c.get(settings::ar_alpha);
    tar_beta = c.get(settings::tar_beta);
    probe_every = c.get(settings::probe_every);
    step_stats = c.get(settings::step_stats);
    if (group && group->rank() > 0) {
        // What is observed is rank 0's to show; the others' statistics would go unread. (The
        // probes do not change a step's maths, and the guard's verdict is agreed anyway.)
        probe_every = 0;
        step_stats = false;
    }
    on_nonfinite = c.get(settings::on_nonfinite);
    loss_limit = c.get(settings::loss_limit);
    snapshot_every = c.get(settings::snapshot_every);
    rewind_lr_factor = c.get(settings::rewind_lr_factor);
    max_rewinds = c.get(settings::max_rewinds);
}

void Trainer::applyLive(const Config& config) {
    std::vector<ConfigIssue> refused;
    for (const std::string& key : changedSettings(impl_->config, config))
        if (!findSetting(key)->live)
            refused.push_back({key, formatValue(config.get(key)),
                               Message(UNROLL_TEXT("%1 cannot change during a run (it is %2); stop "
                                                   "and reset the run to change it"),
                                       key, formatValue(impl_->config.get(key)))});
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
        const int64_t n = y.size(0);
        if (n == 0)
            continue;  // a worker's empty share of a short batch
        const torch::Tensor logits = model->forward(valid.inputs(b)).logits;
        // fastai's AvgLoss and AvgMetric: batch means weighted by the batch's rows.
        loss_sum += crossEntropy(logits, y).item<double>() * static_cast<double>(n);
        correct_sum += logits.argmax(-1).eq(y).to(torch::kDouble).mean().item<double>() *
                       static_cast<double>(n);
        rows += n;
    }
    if (group)
        sumOverWorkers(loss_sum, correct_sum, rows);
    EpochMetrics m;
    m.epoch = pos.epoch;
    m.valid_loss = loss_sum / static_cast<double>(rows);
    m.valid_accuracy = correct_sum / static_cast<double>(rows);
    m.perplexity = std::exp(m.valid_loss);
    m.valid_seconds = secondsSince(start);
    return m;
}

Trainer::Trainer(const Config& config, const Corpus& corpus, std::shared_ptr<WorkerGroup> group)
    : impl_(std::make_unique<Impl>(config, corpus, std::move(group))) {}

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
std::int64_t Trainer::cycleStart() const {
    return impl_->pos.cycle_start;
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
    const torch::Tensor values =
        impl_->optimizer->params().narrow(0, slot.offset, slot.numel).cpu();
    const float* p = values.data_ptr<float>();
    return std::vector<float>(p, p + slot.numel);
}

void Trainer::setParameterValues(const std::string& name, const std::vector<float>& values) {
    const ParameterSlot& slot = slotNamed(*impl_->optimizer, name);
    if (static_cast<int64_t>(values.size()) != slot.numel)
        throw std::invalid_argument("parameter '" + name + "' has " + std::to_string(slot.numel) +
                                    " values, not " + std::to_string(values.size()));
    torch::NoGradGuard no_grad;
    impl_->optimizer->params()
        .narrow(0, slot.offset, slot.numel)
        .copy_(torch::from_blob(const_cast<float*>(values.data()), {slot.numel}));
}

// One training step, in the order it happens: start the epoch if this is its first batch, read
// the schedule, let the probe replay the batch, forward and backward, then let the guard decide
// whether the update is applied, and account for what was trained.
StepMetrics Trainer::trainStep() {
    Impl& s = *impl_;
    if (finished())
        throw std::logic_error("Trainer::trainStep: every epoch is already trained");
    if (s.pos.batch >= s.batches())
        throw std::logic_error("Trainer::trainStep: call endEpoch() after the last batch");
    const auto start = Clock::now();
    applyDeterminism(s.config);
    s.beginStep();
    s.keepSnapshotIfDue();
    if (s.skip_pending)
        return s.skippedStep(start);
    StepMetrics m = s.scheduledStep();
    const torch::Tensor& x = s.train.inputs(s.pos.batch);
    const torch::Tensor& y = s.train.targets(s.pos.batch);
    // The whole batch's tokens, every worker's rows: what the group trained in this step.
    m.tokens = s.train.batchTokens(s.pos.batch);
    // A probe due: inside the step when the model's traced forward is its forward (the fused
    // LSTM and GRU), else a replay of this batch before the step touches it.
    std::shared_ptr<ProbeFrame> probe;
    const bool probe_due = s.probeDue();
    const bool probe_inside = probe_due && s.model->tracesItsForward();
    if (probe_due && !probe_inside)
        probe = s.probe(x, y, m);
    const Impl::UndoPoint undo = s.undoPoint();
    const FlatAdam::GradNorms norms = s.forwardBackward(x, y, m, probe_inside ? &probe : nullptr);
    const std::optional<TrainEvent> problem = s.guardAndApply(norms, probe.get(), m);
    m.probe = probe;
    if (!problem) {
        s.account(m, start, true);
    } else if (s.withhold(*problem, undo, m) == Impl::Withheld::Skipped) {
        s.account(m, start, false);
    } else {
        m.seconds = secondsSince(start);  // paused: retried next; rewound: goes on from K
    }
    return m;
}

StepMetrics Trainer::Impl::skippedStep(Clock::time_point start) {
    skip_pending = false;
    StepMetrics m = scheduledStep();
    m.applied = false;
    m.loss = std::nan("");  // nothing was trained: no loss to draw
    m.smooth_loss = smooth.value();
    account(m, start, false);
    return m;
}

void Trainer::Impl::beginStep() {
    if (pos.batch == 0 && !paused) {
        model->reset();
        pos.epoch_loss_sum = 0.0;
        pos.epoch_losses = 0;
        pos.epoch_seconds = 0.0;
        pos.epoch_tokens = 0;
    }
    paused = false;
    model->train();
}

StepMetrics Trainer::Impl::scheduledStep() {
    // A continued run (Trainer::extend) begins a new cycle over the epochs it added.
    const double total = static_cast<double>(epochs) * batches() - pos.cycle_start;
    const ScheduleValues sched =
        schedule_override ? schedule_override(pos.step)
                          : schedule.at(static_cast<double>(pos.step - pos.cycle_start) / total);
    hyper.lr = sched.lr;
    hyper.beta1 = sched.beta1;
    StepMetrics m;
    m.step = pos.step + 1;
    m.epoch = pos.epoch;
    m.batch = pos.batch;
    m.batches_per_epoch = batches();
    m.lr = sched.lr;
    m.beta1 = sched.beta1;
    return m;
}

bool Trainer::Impl::probeDue() const {
    return probe_every > 0 && pos.step % probe_every == 0;
}

ProbeLoss Trainer::Impl::probeLoss(const ModelOutput& o, const torch::Tensor& y,
                                   const torch::Tensor& total) const {
    ProbeLoss l{total, {}};
    if (o.logits.dim() == 3)  // a prediction after every token: L_T is the last one's
        l.last = crossEntropy(o.logits.select(1, o.logits.size(1) - 1), y.select(1, y.size(1) - 1));
    return l;
}

std::shared_ptr<ProbeFrame> Trainer::Impl::probe(const torch::Tensor& x, const torch::Tensor& y,
                                                 const StepMetrics& m) {
    return finishFrame(
        replayProbe(*model, x,
                    [&](const ModelOutput& o) { return probeLoss(o, y, losses(o, y).total); }),
        y, m);
}

std::shared_ptr<ProbeFrame> Trainer::Impl::finishFrame(ProbeFrame f, const torch::Tensor& y,
                                                       const StepMetrics& m) const {
    auto frame = std::make_shared<ProbeFrame>(std::move(f));
    frame->step = m.step;
    frame->epoch = m.epoch;
    const torch::Tensor target_row =
        y.select(0, 0).reshape({-1}).to(torch::kCPU, torch::kLong).contiguous();
    frame->targets.assign(target_row.data_ptr<int64_t>(),
                          target_row.data_ptr<int64_t>() + target_row.numel());
    return frame;
}

Trainer::Impl::UndoPoint Trainer::Impl::undoPoint() const {
    // The generator is only put back for a retry (pause); cloning it costs a copy of its state.
    return {model->carriedState(),
            on_nonfinite == OnNonFinite::Pause ? model->generator().clone() : at::Generator()};
}

FlatAdam::GradNorms Trainer::Impl::forwardBackward(const torch::Tensor& x, const torch::Tensor& y,
                                                   StepMetrics& m,
                                                   std::shared_ptr<ProbeFrame>* probe) {
    Trace trace;
    const ModelOutput out = probe ? model->tracedForward(x, trace) : model->forward(x);
    const Losses l = losses(out, y);
    if (step_stats)
        for (const Activation& a : model->activations())
            m.activations.push_back(activationStat(a));
    if (probe)  // runs the step's backward pass too (probes/gradient_flow.h)
        *probe = finishFrame(probeTrainingStep(trace, x, out, probeLoss(out, y, l.total)), y, m);
    else
        l.total.backward();
    m.loss = l.ce.item<double>();
    m.ar = l.ar;
    m.tar = l.tar;
    if (group)
        averageOverWorkers(m);
    FlatAdam::GradNorms norms = optimizer->gradNorms();
    if (step_stats)
        m.grad_norms = norms.per_slot;
    m.grad_norm = norms.total;
    return norms;
}

std::optional<TrainEvent> Trainer::Impl::guardAndApply(const FlatAdam::GradNorms& norms,
                                                       ProbeFrame* frame, StepMetrics& m) {
    GuardContext ctx{m.step, m.epoch, m.batch, on_nonfinite, m.lr, clip, arch};
    GuardInput in{&model->activations(), &m.activations,  m.loss,       m.ar,           m.tar,
                  &param_names,          &norms.per_slot, norms.finite, pos.first_loss, loss_limit};
    std::optional<TrainEvent> problem = checkStep(in, ctx);
    if (group)
        problem = agreed(std::move(problem), ctx);
    if (!problem) {
        if (frame) {
            // Histograms of this step's weights (before the update) and gradients (before
            // clipping), per parameter.
            // Read on the host: from a GPU, each buffer in one copy.
            const torch::Tensor weights = optimizer->params().cpu();
            const torch::Tensor grads = optimizer->grads().cpu();
            const float* w = weights.data_ptr<float>();
            const float* g = grads.data_ptr<float>();
            for (const ParameterSlot& slot : optimizer->slots()) {
                frame->weight_histograms.push_back(histogramOf(w + slot.offset, slot.numel));
                frame->grad_histograms.push_back(histogramOf(g + slot.offset, slot.numel));
            }
        }
        m.grad_norm_clipped = clip > 0.0 ? optimizer->clipGradNorm(m.grad_norm, clip) : m.grad_norm;
        optimizer->step(hyper);
        if (!optimizer->paramsFinite()) {
            optimizer->undoStep();  // nothing non-finite is ever kept as a weight
            problem = nonFiniteWeights(ctx);
        } else if (step_stats) {
            m.update_ratios = optimizer->updateRatios();
        }
    }
    optimizer->zeroGrad();
    return problem;
}

Trainer::Impl::Withheld Trainer::Impl::withhold(TrainEvent problem, const UndoPoint& undo,
                                                StepMetrics& m) {
    m.applied = false;
    m.smooth_loss = smooth.value();  // a withheld step leaves the average where it was
    m.grad_norm_clipped = m.grad_norm;
    model->setCarriedState(undo.carried);  // a NaN state must not leak into the next batch
    const RunPoint* target = rewindTarget();
    problem.rewind_to = target ? target->position.step : -1;
    if (on_nonfinite == OnNonFinite::Rewind) {
        if (rewind(problem)) {
            m.event = std::make_shared<TrainEvent>(problem);
            return Withheld::Rewound;
        }
        noteNoRewindLeft(problem, max_rewinds);  // the run stops
    }
    m.event = std::make_shared<TrainEvent>(problem);
    if (problem.action == OnNonFinite::Stop)
        throw DivergenceError(problem);
    if (on_nonfinite == OnNonFinite::Pause) {
        model->setGenerator(undo.generator);  // the retry draws the same dropout masks
        paused = true;
        return Withheld::Paused;
    }
    return Withheld::Skipped;  // ignore: the batch counts as done, without an update
}

Trainer::Impl::RunPoint Trainer::Impl::capture() const {
    RunPoint point;
    captureInto(point);
    return point;
}

void Trainer::Impl::captureInto(RunPoint& point) const {
    optimizer->copyStateInto(point.optimizer);
    point.carried = model->carriedState();
    point.generator = model->generator().clone();
    point.position = pos;
    point.smooth = smooth;
}

void Trainer::Impl::restore(const RunPoint& point) {
    optimizer->restore(point.optimizer);
    optimizer->zeroGrad();
    model->setCarriedState(point.carried);
    model->setGenerator(point.generator.clone());  // the point may be restored again
    pos = point.position;
    smooth = point.smooth;
}

void Trainer::Impl::account(StepMetrics& m, Clock::time_point start, bool applied) {
    if (applied) {
        if (pos.first_loss == 0.0)
            pos.first_loss = m.loss;
        pos.epoch_loss_sum += m.loss;
        ++pos.epoch_losses;
        m.smooth_loss = smooth.add(m.loss);
    }
    ++pos.step;
    m.seconds = secondsSince(start);
    m.last_in_epoch = ++pos.batch == batches();
    pos.epoch_seconds += m.seconds;
    pos.epoch_tokens += m.tokens;
}

EpochMetrics Trainer::endEpoch() {
    Impl& s = *impl_;
    if (s.pos.batch != s.batches())
        throw std::logic_error("Trainer::endEpoch: the epoch's batches are not all trained");
    EpochMetrics m = s.validate();
    if (s.group)
        s.checkWorkersAgree();
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

std::vector<int64_t> Trainer::Impl::validationOrder(bool shuffled, std::uint64_t seed) const {
    std::vector<int64_t> order(static_cast<size_t>(valid.size()));
    std::iota(order.begin(), order.end(), 0);
    if (shuffled)
        std::shuffle(order.begin(), order.end(), std::mt19937_64(seed));
    return order;
}

EpochMetrics Trainer::evaluate(bool shuffled, std::uint64_t seed) {
    // Mid-epoch (the window evaluates while a run is paused) the carried state and the mode
    // belong to the training in progress: put them back.
    Impl& s = *impl_;
    const std::vector<torch::Tensor> carried = s.model->carriedState();
    const bool was_training = s.model->is_training();
    const std::vector<int64_t> order = s.validationOrder(shuffled, seed);
    const EpochMetrics m = s.validate(&order);
    s.model->setCarriedState(carried);
    s.model->train(was_training);
    return m;
}

StepOutcome Trainer::step(TrainObserver& observer) {
    if (finished())
        return StepOutcome::Finished;
    StepMetrics step;
    try {
        step = trainStep();
    } catch (const DivergenceError& e) {
        observer.onEvent(e.event());  // a log records why before the run ends or pauses
        throw;
    }
    observer.onStep(step);
    if (step.probe)
        observer.onProbe(*step.probe);
    if (step.event)
        observer.onEvent(*step.event);
    if (paused())
        return StepOutcome::Diverged;
    if (step.last_in_epoch)
        observer.onEpoch(endEpoch());
    return StepOutcome::Trained;
}

namespace {

// What fit() adds up.
class FitTally : public TrainObserver {
public:
    explicit FitTally(FitSummary& summary) : summary_(summary) {}
    void onStep(const StepMetrics& s) override { summary_.count(s); }
    void onEpoch(const EpochMetrics& e) override { summary_.epochs.push_back(e); }

private:
    FitSummary& summary_;
};

}  // namespace

FitSummary Trainer::fit(TrainObserver* observer, const std::atomic<bool>* stop) {
    configureWorkerThread(static_cast<int>(impl_->config.get(settings::threads)));
    FitSummary summary;
    FitTally tally(summary);
    ObserverFanOut everyone({&tally, observer});
    while (!finished()) {
        if (stop && stop->load()) {
            summary.stopped = true;
            break;
        }
        if (step(everyone) == StepOutcome::Diverged) {
            summary.paused = true;
            break;
        }
    }
    return summary;
}

}  // namespace unroll
