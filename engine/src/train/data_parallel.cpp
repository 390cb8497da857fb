// The trainer as one worker of a data-parallel group (unroll/worker_group.h): the same maths as
// one process training the whole batch. Each worker holds the same rows of every batch
// (TensorBatches::keepRows), so a stateful model's rows carry on across batches as group_chunks
// laid them out. After backward, each worker's mean gradient is weighted by its share of the
// batch's rows and summed over the workers in one all-reduce of the optimizer's flat gradient
// buffer: every worker then holds the batch's mean gradient, applies the same update and keeps
// the same weights (checked every epoch).
#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "parallel/group_ops.h"
#include "train/trainer_impl.h"

namespace unroll {

void Trainer::Impl::joinGroup() {
    group->connect();
    const int rank = group->rank(), world = group->world();
    train.keepRows(rank, world);
    valid.keepRows(rank, world);
    for (int64_t b = 0; b < train.size(); ++b)
        if (train.inputs(b).size(0) == 0)
            throw ConfigError(ConfigIssue{
                settings::workers.name, std::to_string(world),
                Message(UNROLL_TEXT("training batch %1 has fewer rows than there are workers "
                                    "(%2); use fewer workers or a larger batch_size"),
                        b + 1, world)});
    // Rank 0 draws dropout masks from the seed's own stream, as a run on its own does; the others
    // from streams of their own, so that no two workers drop the same units of different rows.
    if (rank > 0) {
        const uint64_t seed = static_cast<uint64_t>(config.get(settings::seed));
        model->setGenerator(
            at::make_generator<at::CPUGeneratorImpl>(seed + 0x9E3779B97F4A7C15ull * rank));
    }
    // The same seed gives the same weights everywhere; rank 0's are taken all the same, so that
    // nothing else (a checkpoint, a libtorch that draws differently) can start them apart.
    torch::NoGradGuard no_grad;
    torch::Tensor params = optimizer->params();
    group->impl().fromRankZero(params);
}

void Trainer::Impl::averageOverWorkers(StepMetrics& m) {
    const double share = train.share(pos.batch);
    torch::NoGradGuard no_grad;
    torch::Tensor grads = optimizer->grads();
    grads.mul_(share);
    // The step's losses, weighted the same way, whether this worker saw a non-finite
    // activation (the one check of the guard that reads a worker's own rows), and whether rank
    // 0 was asked to stop a learning-rate sweep, ride along.
    bool activations_finite = true;
    for (const ActivationStat& a : m.activations)
        activations_finite = activations_finite && a.finite;
    torch::Tensor buffer = optimizer->exchangeBuffer();
    const int64_t n = optimizer->numel();
    buffer.narrow(0, n, FlatAdam::kExchangeExtras)
        .copy_(torch::tensor(
            {m.loss * share, m.ar * share, m.tar * share, activations_finite ? 0.0 : 1.0,
             stop_signal && stop_signal->load() ? 1.0 : 0.0},
            torch::kDouble));
    group->impl().sumInPlace(buffer);  // the step's one exchange
    const torch::Tensor extras =
        buffer.narrow(0, n, FlatAdam::kExchangeExtras).to(torch::kCPU, torch::kDouble);
    const double* v = extras.data_ptr<double>();
    m.loss = v[0];
    m.ar = v[1];
    m.tar = v[2];
    diverged_elsewhere = v[3] > 0.0 && activations_finite;
    stop_agreed = v[4] > 0.0;
}

std::optional<TrainEvent> Trainer::Impl::agreed(std::optional<TrainEvent> problem,
                                                const GuardContext& ctx) {
    // Every other check of the guard reads what the exchange made the same on every worker.
    if (diverged_elsewhere && !problem)
        return withheldElsewhere(ctx);
    return problem;
}

void Trainer::Impl::sumOverWorkers(double& loss_sum, double& correct_sum, int64_t& rows) {
    const std::vector<double> sums =
        group->impl().sum({loss_sum, correct_sum, static_cast<double>(rows)});
    loss_sum = sums[0];
    correct_sum = sums[1];
    rows = static_cast<int64_t>(std::llround(sums[2]));
}

void Trainer::Impl::checkWorkersAgree() {
    // Σw and Σw² in double: any drift shows in one of them. The largest of each and of its
    // negation give the largest and smallest over the workers in one all-reduce.
    const torch::Tensor w = optimizer->params().to(torch::kDouble);
    const double sum = w.sum().item<double>(), squares = w.square().sum().item<double>();
    const std::vector<double> m = group->impl().max({sum, -sum, squares, -squares});
    if (m[0] != -m[1] || m[2] != -m[3])
        throw WorkerGroupError(Message(
            UNROLL_TEXT("after epoch %1 the workers' weights differ (sums of the weights from %2 "
                        "to %3): their updates were not the same; the run stops"),
            pos.epoch + 1, number(-m[1], 10), number(m[0], 10)));
}

}  // namespace unroll
