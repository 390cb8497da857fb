// The trainer's state, private to train/ and shared by the files that implement the Trainer:
// trainer.cpp (the step and the fit), trainer_checkpoint.cpp, trainer_generate.cpp,
// trainer_batch_view.cpp and trainer_lr_find.cpp.
#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <optional>

#include "models/language_model.h"
#include "probes/gradient_flow.h"
#include "train/flat_adam.h"
#include "train/guard.h"
#include "train/smooth_loss.h"
#include "train/tensor_batches.h"
#include "unroll/schedule.h"
#include "unroll/trainer.h"

namespace unroll {

struct Losses {
    torch::Tensor ce;     // what is logged
    torch::Tensor total;  // what is back-propagated: ce + AR + TAR
    double ar = 0.0;
    double tar = 0.0;
};

struct Trainer::Impl {
    Impl(const Config& c, const Corpus& corp, std::shared_ptr<WorkerGroup> worker_group);

    int batches() const { return static_cast<int>(train.size()); }
    // Cross-entropy over the flattened (batch x seq, vocab) logits, plus AR/TAR for training.
    torch::Tensor crossEntropy(const torch::Tensor& logits, const torch::Tensor& targets) const;
    Losses losses(const ModelOutput& out, const torch::Tensor& targets) const;
    // `order`: the batches to run, in this order (nullptr: 0, 1, 2, ...).
    EpochMetrics validate(const std::vector<int64_t>* order = nullptr);
    // The validation batches in order, or shuffled by `seed` (the same order for the same seed,
    // so that a batch view and an evaluation agree).
    std::vector<int64_t> validationOrder(bool shuffled, std::uint64_t seed) const;
    // Sets the hyperparameters that may change during a run.
    void applyLive(const Config& c);

    // The parts of one training step (Trainer::trainStep), in order.
    struct UndoPoint {  // what a withheld step puts back
        std::vector<torch::Tensor> carried;
        at::Generator generator;  // defined only when a retry must draw the same masks
    };
    void beginStep();             // a new epoch resets the model; training mode
    StepMetrics scheduledStep();  // the schedule's values for this step, set on the optimizer
    bool probeDue() const;
    // The probe as a replay before the step (models whose traced forward is not their forward).
    std::shared_ptr<ProbeFrame> probe(const torch::Tensor& x, const torch::Tensor& y,
                                      const StepMetrics& m);
    // The losses a probe differentiates: the step's total, and the last prediction's alone.
    ProbeLoss probeLoss(const ModelOutput& o, const torch::Tensor& y,
                        const torch::Tensor& total) const;
    // The frame's step, epoch and target row.
    std::shared_ptr<ProbeFrame> finishFrame(ProbeFrame f, const torch::Tensor& y,
                                            const StepMetrics& m) const;
    UndoPoint undoPoint() const;
    // The step's forward and backward passes; given `probe`, traced and probed on the way
    // (probeTrainingStep), the frame stored there.
    FlatAdam::GradNorms forwardBackward(const torch::Tensor& x, const torch::Tensor& y,
                                        StepMetrics& m,
                                        std::shared_ptr<ProbeFrame>* probe = nullptr);
    // The divergence guard, then (when it passes) clipping and the optimizer's step. Returns
    // why the update was withheld, if it was.
    std::optional<TrainEvent> guardAndApply(const FlatAdam::GradNorms& norms, ProbeFrame* frame,
                                            StepMetrics& m);
    // A withheld update: puts the state back; throws DivergenceError for on_nonfinite=stop (and
    // for rewind when no rewind is left). Says how the run goes on.
    enum class Withheld { Paused, Skipped, Rewound };
    Withheld withhold(TrainEvent problem, const UndoPoint& undo, StepMetrics& m);
    // The step's place in the epoch and the loss averages.
    void account(StepMetrics& m, std::chrono::steady_clock::time_point start, bool applied);

    Config config;
    Corpus corpus;
    Dataset data;
    torch::Device device;  // the model's, its optimizer's and its batches'
    TensorBatches train, valid;
    Schedule schedule;
    SmoothLoss smooth;
    int epochs;
    int64_t vocab_size;
    std::shared_ptr<LanguageModel> model;
    std::unique_ptr<FlatAdam> optimizer;
    // Data-parallel: the other workers (train/data_parallel.cpp); null for a run on its own.
    std::shared_ptr<WorkerGroup> group;
    void joinGroup();  // this worker's rows, its dropout generator, rank 0's weights
    // After backward: the batch's mean gradient and losses over every worker's rows.
    void averageOverWorkers(StepMetrics& m);
    // The guard's verdict, agreed: a step any worker withholds, every worker withholds.
    std::optional<TrainEvent> agreed(std::optional<TrainEvent> problem, const GuardContext& ctx);
    bool diverged_elsewhere = false;  // another worker's activations went non-finite this step
    // A learning-rate sweep's stop flag, read by rank 0 at each exchange so that every worker
    // stops after the same step (Trainer::findLearningRate); `stop_agreed` is the verdict.
    const std::atomic<bool>* stop_signal = nullptr;
    bool stop_agreed = false;
    // Validation sums (loss·rows, correct·rows, rows) over every worker's rows.
    void sumOverWorkers(double& loss_sum, double& correct_sum, int64_t& rows);
    // Throws WorkerGroupError when the workers' weights have drifted apart.
    void checkWorkersAgree();
    AdamHyper hyper;
    double clip = 0.0;
    double ar_alpha = 0.0;
    double tar_beta = 0.0;
    int64_t probe_every = 0;
    bool step_stats = true;
    OnNonFinite on_nonfinite = OnNonFinite::Stop;
    double loss_limit = 0.0;
    // Overrides the schedule when set (the LR finder's exponential sweep).
    std::function<ScheduleValues(int64_t step)> schedule_override;

    std::vector<std::string> param_names;
    std::vector<std::vector<int64_t>> param_shapes;
    std::vector<std::string> activation_names;
    Arch arch = Arch::LM1;

    // Where the run stands: everything a step advances besides the weights and the optimizer.
    struct Position {
        int64_t step = 0;  // batches trained in the fit
        int epoch = 0;
        int batch = 0;  // next batch within the epoch
        double first_loss = 0.0;
        double epoch_loss_sum = 0.0;
        int epoch_losses = 0;
        double epoch_seconds = 0.0;
        int64_t epoch_tokens = 0;
        int64_t cycle_start = 0;  // the step the learning-rate cycle began at (Trainer::extend)
    };
    Position pos;
    std::vector<EpochMetrics> history;
    bool paused = false;
    bool skip_pending = false;  // Remedy::SkipBatch: the next step counts without training
    // The next step when a skip is pending: the batch counts as done, with no forward pass.
    StepMetrics skippedStep(std::chrono::steady_clock::time_point start);

    // Everything a resume needs besides the model's structure: a run set aside (the LR finder)
    // or kept to rewind to.
    struct RunPoint {
        FlatAdam::State optimizer;
        std::vector<torch::Tensor> carried;
        at::Generator generator;
        Position position;
        SmoothLoss smooth;
    };
    RunPoint capture() const;
    void captureInto(RunPoint& point) const;  // reusing its buffers when it has them
    void restore(const RunPoint& point);

    // Rewinding (on_nonfinite=rewind): the last kRewindSnapshotsKept snapshots of this epoch,
    // oldest first, taken at the epoch's start and every snapshot_every steps.
    Message load_note;  // Trainer::loadNote()
    std::deque<RunPoint> snapshots;
    int64_t snapshot_every = 0;
    double rewind_lr_factor = 10.0;
    int64_t max_rewinds = 5;
    int64_t rewinds = 0;  // done in this process
    void keepSnapshotIfDue();
    // The newest snapshot before the step about to run (the one taken at its start holds the
    // weights that failed), or nullptr.
    const RunPoint* rewindTarget() const;
    // on_nonfinite=rewind: back to rewindTarget() with the learning rate lowered by
    // rewind_lr_factor and clipping on; false when no rewind is left (or there is nothing to go
    // back to). Says what it did in the event.
    bool rewind(TrainEvent& problem);
    // Back to rewindTarget() with lr / lr_factor and clipping at `clip` (0: as it is); false when
    // there is no snapshot or the learning rate cannot go that low. Returns the old learning rate.
    bool rewindTo(double lr_factor, double clip, double& lr_before, bool& clip_turned_on);
};

}  // namespace unroll
