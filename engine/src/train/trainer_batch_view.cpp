// Trainer::inspectValidBatch: one validation batch through the from-scratch unroll (the probe's
// traced forward), so the view gets the predictions and a layer's hidden state at every token.
#include <stdexcept>

#include "train/trainer_impl.h"

namespace unroll {

std::int64_t Trainer::validBatches() const {
    return impl_->valid.size();
}

BatchView Trainer::inspectValidBatch(std::int64_t index, const BatchViewOptions& options) {
    Impl& s = *impl_;
    if (index < 0 || index >= s.valid.size())
        throw std::out_of_range("validation batch " + std::to_string(index) + " of " +
                                std::to_string(s.valid.size()));
    const std::vector<torch::Tensor> carried = s.model->carriedState();
    const bool was_training = s.model->is_training();
    torch::NoGradGuard no_grad;
    s.model->eval();
    s.model->reset();
    // A stateful model carries the state of the batches read before this one: those before it
    // in the text, or those before it in the shuffled order.
    for (const int64_t b : s.validationOrder(options.shuffled, options.seed)) {
        if (b == index)
            break;
        s.model->forward(s.valid.inputs(b));
    }
    const torch::Tensor& x = s.valid.inputs(index);
    const torch::Tensor& y = s.valid.targets(index);
    Trace trace;
    const ModelOutput out = s.model->tracedForward(x, trace);
    s.model->setCarriedState(carried);
    s.model->train(was_training);

    BatchView v;
    v.index = index;
    v.batches = s.valid.size();
    v.shuffled = options.shuffled;
    v.rows = static_cast<int>(x.size(0));
    v.seq_len = static_cast<int>(x.size(1));
    // Read on the host, each tensor in one copy from the model's device.
    const torch::Tensor targets =
        y.reshape({v.rows, -1}).to(torch::kCPU, torch::kLong).contiguous();
    v.target_len = static_cast<int>(targets.size(1));
    const torch::Tensor inputs = x.to(torch::kCPU, torch::kLong).contiguous();
    v.inputs.assign(inputs.data_ptr<int64_t>(), inputs.data_ptr<int64_t>() + inputs.numel());
    v.targets.assign(targets.data_ptr<int64_t>(), targets.data_ptr<int64_t>() + targets.numel());

    const torch::Tensor logits = out.logits.reshape({v.rows * v.target_len, s.vocab_size});
    v.loss = s.crossEntropy(logits, y.reshape({-1}).to(torch::kLong)).item<double>();
    const torch::Tensor probs =
        torch::softmax(logits.to(torch::kDouble), -1).to(torch::kCPU).contiguous();
    const int k = std::max(1, std::min<int>(options.top_k, static_cast<int>(s.vocab_size)));
    const auto [top_p, top_i] = probs.topk(k, -1);
    const double* p = probs.data_ptr<double>();
    const torch::Tensor tp = top_p.contiguous(), ti = top_i.contiguous();
    const double* tpp = tp.data_ptr<double>();
    const int64_t* tip = ti.data_ptr<int64_t>();
    int correct = 0;
    for (int64_t i = 0; i < static_cast<int64_t>(v.targets.size()); ++i) {
        PredictedToken t;
        t.target = v.targets[static_cast<size_t>(i)];
        t.predicted = static_cast<std::int32_t>(tip[i * k]);
        t.p_target = p[i * s.vocab_size + t.target];
        t.p_predicted = tpp[i * k];
        for (int j = 0; j < k; ++j) {
            const auto id = static_cast<std::int32_t>(tip[i * k + j]);
            t.top.push_back({id, s.corpus.vocab.token(id), tpp[i * k + j]});
        }
        correct += t.predicted == t.target ? 1 : 0;
        v.predictions.push_back(std::move(t));
    }
    v.accuracy = static_cast<double>(correct) / static_cast<double>(v.predictions.size());

    if (options.hidden && !trace.layers.empty()) {
        const int layer = std::clamp(options.layer, 1, static_cast<int>(trace.layers.size()));
        const torch::Tensor h = torch::stack(trace.layers[static_cast<size_t>(layer - 1)].hidden, 1)
                                    .to(torch::kCPU, torch::kFloat)
                                    .contiguous();  // (rows, T, units)
        v.layer = layer;
        v.units = static_cast<int>(h.size(2));
        v.hidden.assign(h.data_ptr<float>(), h.data_ptr<float>() + h.numel());
    }
    return v;
}

}  // namespace unroll
