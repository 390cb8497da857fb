// The training loop: fastai's fit with ModelResetter, ParamScheduler, Recorder and the accuracy
// metric, one batch per call so the GUI can interleave commands between steps.
#include "unroll/trainer.h"

#include <chrono>
#include <cmath>
#include <mutex>

#include "models/language_model.h"
#include "train/flat_adam.h"
#include "train/rnn_regularizer.h"
#include "train/smooth_loss.h"
#include "train/tensor_batches.h"
#include "unroll/schedule.h"

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

void configureWorkerThread(int threads) {
    at::set_num_threads(threads);
}

struct Trainer::Impl {
    Impl(const Config& c, const Corpus& corp)
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
            // constructors), so seeding and building happen under one lock. Afterwards the
            // model's dropout draws from a generator of its own that continues the seeded
            // stream, which keeps a run's draws identical to PyTorch's and independent of
            // any other trainer in the process.
            static std::mutex global_generator;
            std::lock_guard<std::mutex> lock(global_generator);
            torch::manual_seed(static_cast<uint64_t>(config.getInt("seed")));
            model = makeModel(config, vocab_size);
            model->setGenerator(at::detail::getDefaultCPUGenerator().clone());
        }
        optimizer = std::make_unique<FlatAdam>(*model, config.getBool("wd_bias"));
        hyper.beta2 = config.getFloat("beta2");
        hyper.eps = config.getFloat("eps");
        hyper.wd = config.getFloat("wd");
        clip = config.getFloat("clip");
        ar_alpha = config.getFloat("ar_alpha");
        tar_beta = config.getFloat("tar_beta");
    }

    int batches() const { return static_cast<int>(train.size()); }

    torch::Tensor loss(const torch::Tensor& logits, const torch::Tensor& targets) const {
        // LM4 on: the cross-entropy over the flattened (batch x seq, vocab) logits.
        return torch::nn::functional::cross_entropy(logits.reshape({-1, vocab_size}),
                                                    targets.reshape({-1}));
    }

    void checkFinite(double loss) const {
        if (!std::isfinite(loss))
            throw DivergenceError(std::string("the training loss became ") +
                                  (std::isnan(loss) ? "NaN"
                                   : loss > 0       ? "+inf"
                                                    : "-inf") +
                                  " at step " + std::to_string(step + 1) + " (epoch " +
                                  std::to_string(epoch) + ", batch " + std::to_string(batch) +
                                  "); the weights were not updated — lower lr and train again");
        if (!optimizer->gradsFinite())
            throw DivergenceError("a gradient became non-finite at step " +
                                  std::to_string(step + 1) + " (epoch " + std::to_string(epoch) +
                                  ", batch " + std::to_string(batch) +
                                  "); the weights were not updated — lower lr and train again");
    }

    EpochMetrics validate() {
        const auto start = Clock::now();
        torch::NoGradGuard no_grad;
        model->eval();
        model->reset();
        double loss_sum = 0.0, correct_sum = 0.0;
        int64_t rows = 0;
        for (int64_t b = 0; b < valid.size(); ++b) {
            const torch::Tensor& y = valid.targets(b);
            const torch::Tensor logits = model->forward(valid.inputs(b)).logits;
            const int64_t n = y.size(0);
            // fastai's AvgLoss and AvgMetric: batch means weighted by the batch's rows.
            loss_sum += loss(logits, y).item<double>() * static_cast<double>(n);
            correct_sum += logits.argmax(-1).eq(y).to(torch::kDouble).mean().item<double>() *
                           static_cast<double>(n);
            rows += n;
        }
        EpochMetrics m;
        m.epoch = epoch;
        m.valid_loss = loss_sum / static_cast<double>(rows);
        m.valid_accuracy = correct_sum / static_cast<double>(rows);
        m.perplexity = std::exp(m.valid_loss);
        m.valid_seconds = secondsSince(start);
        return m;
    }

    Config config;
    Corpus corpus;
    Dataset data;
    TensorBatches train, valid;
    Schedule schedule;
    SmoothLoss smooth;
    int epochs;
    int64_t vocab_size;
    std::shared_ptr<LanguageModel> model;
    std::unique_ptr<FlatAdam> optimizer;
    AdamHyper hyper;
    double clip = 0.0;
    double ar_alpha = 0.0;
    double tar_beta = 0.0;

    int64_t step = 0;  // batches trained in the fit
    int epoch = 0;
    int batch = 0;  // next batch within the epoch
    double epoch_loss_sum = 0.0;
    double epoch_seconds = 0.0;
    int64_t epoch_tokens = 0;
};

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
    return impl_->step;
}
bool Trainer::finished() const {
    return impl_->epoch >= impl_->epochs;
}
std::int64_t Trainer::parameterCount() const {
    return impl_->optimizer->numel();
}

StepMetrics Trainer::trainStep() {
    Impl& s = *impl_;
    if (finished())
        throw std::logic_error("Trainer::trainStep: every epoch is already trained");
    if (s.batch >= s.batches())
        throw std::logic_error("Trainer::trainStep: call endEpoch() after the last batch");
    const auto start = Clock::now();
    if (s.batch == 0) {
        s.model->reset();
        s.epoch_loss_sum = 0.0;
        s.epoch_seconds = 0.0;
        s.epoch_tokens = 0;
    }
    s.model->train();

    const double total = static_cast<double>(s.epochs) * s.batches();
    const ScheduleValues sched = s.schedule.at(static_cast<double>(s.step) / total);
    s.hyper.lr = sched.lr;
    s.hyper.beta1 = sched.beta1;

    StepMetrics m;
    const torch::Tensor& x = s.train.inputs(s.batch);
    const ModelOutput out = s.model->forward(x);
    const torch::Tensor loss = s.loss(out.logits, s.train.targets(s.batch));
    // AR and TAR join the loss that is back-propagated; the logged loss stays the cross-entropy.
    torch::Tensor loss_grad = loss;
    const Regularization reg = rnnRegularization(out, s.ar_alpha, s.tar_beta);
    if (reg.ar.defined()) {
        m.ar = reg.ar.item<double>();
        loss_grad = loss_grad + reg.ar;
    }
    if (reg.tar.defined()) {
        m.tar = reg.tar.item<double>();
        loss_grad = loss_grad + reg.tar;
    }
    loss_grad.backward();
    const double loss_value = loss.item<double>();
    s.checkFinite(loss_value + m.ar + m.tar);
    m.grad_norm = s.optimizer->gradNorm();
    m.grad_norm_clipped =
        s.clip > 0.0 ? s.optimizer->clipGradNorm(m.grad_norm, s.clip) : m.grad_norm;
    s.optimizer->step(s.hyper);
    s.optimizer->zeroGrad();

    m.step = ++s.step;
    m.epoch = s.epoch;
    m.batch = s.batch;
    m.batches_per_epoch = s.batches();
    m.loss = loss_value;
    m.smooth_loss = s.smooth.add(loss_value);
    m.lr = sched.lr;
    m.beta1 = sched.beta1;
    m.tokens = x.numel();
    m.seconds = secondsSince(start);
    m.last_in_epoch = ++s.batch == s.batches();
    s.epoch_loss_sum += loss_value;
    s.epoch_seconds += m.seconds;
    s.epoch_tokens += m.tokens;
    return m;
}

EpochMetrics Trainer::endEpoch() {
    Impl& s = *impl_;
    if (s.batch != s.batches())
        throw std::logic_error("Trainer::endEpoch: the epoch's batches are not all trained");
    EpochMetrics m = s.validate();
    m.train_loss = s.smooth.value();
    m.train_loss_mean = s.epoch_loss_sum / s.batches();
    m.train_seconds = s.epoch_seconds;
    m.train_tokens = s.epoch_tokens;
    ++s.epoch;
    s.batch = 0;
    return m;
}

EpochMetrics Trainer::evaluate() {
    return impl_->validate();
}

FitSummary Trainer::fit(TrainObserver* observer, const std::atomic<bool>* stop) {
    configureWorkerThread(static_cast<int>(impl_->config.getInt("threads")));
    FitSummary summary;
    while (!finished()) {
        if (stop && stop->load()) {
            summary.stopped = true;
            break;
        }
        const StepMetrics step = trainStep();
        summary.train_seconds += step.seconds;
        summary.train_tokens += step.tokens;
        if (observer)
            observer->onStep(step);
        if (step.last_in_epoch) {
            summary.epochs.push_back(endEpoch());
            if (observer)
                observer->onEpoch(summary.epochs.back());
        }
    }
    return summary;
}

}  // namespace unroll
