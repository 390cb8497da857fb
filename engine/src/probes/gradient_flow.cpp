#include "probes/gradient_flow.h"

#include <chrono>
#include <cmath>
#include <stdexcept>

#include <torch/autograd.h>

#include "probes/activation_stats.h"

namespace unroll {

namespace {

// What autograd is asked for ∂L/∂h_t: per step for the step-by-step forms, the tap for the
// fused kernels (models/language_model.h).
std::vector<torch::Tensor> hiddenHandles(const Trace& trace) {
    std::vector<torch::Tensor> wrt;
    for (const LayerTrace& layer : trace.layers) {
        if (layer.tap.defined())
            wrt.push_back(layer.tap);
        else
            wrt.insert(wrt.end(), layer.hidden.begin(), layer.hidden.end());
    }
    return wrt;
}

// One layer's per-step norms from the gradients starting at g[i]: a tap's (T, B, H) gradient row
// by row, or one per-step gradient each; the index moves past what it read.
std::vector<double> normsFrom(const std::vector<torch::Tensor>& g, size_t& i, const LayerTrace& l) {
    std::vector<double> out;
    const size_t steps = l.hidden.size();
    if (l.tap.defined()) {
        const torch::Tensor& t = g[i++];
        const torch::Tensor n =
            t.defined()
                ? t.reshape({t.size(0), -1}).norm(2, 1).to(torch::kCPU, torch::kDouble).contiguous()
                : torch::zeros({static_cast<int64_t>(steps)}, torch::kDouble);
        out.assign(n.data_ptr<double>(), n.data_ptr<double>() + n.numel());
    } else {
        for (size_t t = 0; t < steps; ++t, ++i)
            out.push_back(g[i].defined() ? g[i].norm().item<double>() : 0.0);
    }
    return out;
}

// The frame from the trace, the gradients of the whole loss with respect to hiddenHandles(trace)
// and, when there is a separate last-step loss, those of that loss.
ProbeFrame frameOf(const Trace& trace, const torch::Tensor& x, const ModelOutput& out,
                   const std::vector<torch::Tensor>& grads,
                   const std::vector<torch::Tensor>* from_last) {
    ProbeFrame frame;
    frame.layers = static_cast<int>(trace.layers.size());
    frame.time_steps =
        trace.layers.empty() ? 0 : static_cast<int>(trace.layers.front().hidden.size());
    size_t i = 0, j = 0;
    for (size_t l = 0; l < trace.layers.size(); ++l) {
        const LayerTrace& layer = trace.layers[l];
        std::vector<double> norms = normsFrom(grads, i, layer);
        std::vector<double> last = from_last ? normsFrom(*from_last, j, layer) : norms;
        std::vector<double> rms;
        for (const torch::Tensor& h : layer.hidden)
            rms.push_back(std::sqrt(h.detach().pow(2).mean().item<double>()));
        frame.grad_norm.push_back(std::move(norms));
        frame.grad_norm_from_last.push_back(std::move(last));
        frame.hidden_rms.push_back(std::move(rms));
        for (const GateTrace& gate : layer.gates)
            frame.gates.push_back({static_cast<int>(l + 1), gate.gate, gate.function,
                                   saturatedShare(gate.steps, gate.function)});
    }
    // The first row, for views that show what the network read and predicted.
    const auto row = [](const torch::Tensor& t) {
        const torch::Tensor r =
            t.select(0, 0).reshape({-1}).to(torch::kCPU, torch::kLong).contiguous();
        return std::vector<int>(r.data_ptr<int64_t>(), r.data_ptr<int64_t>() + r.numel());
    };
    frame.inputs = row(x);
    frame.predictions = row(out.logits.detach().select(0, 0).argmax(-1).unsqueeze(0));
    return frame;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

ProbeFrame replayProbe(LanguageModel& model, const torch::Tensor& x, const LossOf& loss_of,
                       std::vector<torch::Tensor>* param_grads) {
    const auto start = std::chrono::steady_clock::now();
    const std::vector<torch::Tensor> carried = model.carriedState();
    const at::Generator generator = model.generator();
    model.setGenerator(generator.defined() ? generator.clone()
                                           : at::detail::getDefaultCPUGenerator().clone());

    Trace trace;
    const ModelOutput out = model.tracedForward(x, trace);
    const ProbeLoss loss = loss_of(out);

    // ∂L/∂h_t for every recorded step: autograd gives the total derivative, through the decoder,
    // the layers above and every later time step.
    std::vector<torch::Tensor> wrt = hiddenHandles(trace);
    const size_t hidden_count = wrt.size();
    std::vector<torch::Tensor> params;
    if (param_grads) {
        params = model.parameters();
        wrt.insert(wrt.end(), params.begin(), params.end());
    }
    const bool separate_last = loss.last.defined();
    const std::vector<torch::Tensor> grads = torch::autograd::grad(
        {loss.total}, wrt, /*grad_outputs=*/{}, /*retain_graph=*/separate_last,
        /*create_graph=*/false, /*allow_unused=*/true);
    std::vector<torch::Tensor> from_last;
    if (separate_last) {
        const std::vector<torch::Tensor> hidden(wrt.begin(),
                                                wrt.begin() + static_cast<long>(hidden_count));
        from_last = torch::autograd::grad({loss.last}, hidden, {}, /*retain_graph=*/false,
                                          /*create_graph=*/false, /*allow_unused=*/true);
    }
    ProbeFrame frame = frameOf(trace, x, out, grads, separate_last ? &from_last : nullptr);
    if (param_grads)
        param_grads->assign(grads.begin() + static_cast<long>(hidden_count), grads.end());

    model.setGenerator(generator);
    model.setCarriedState(carried);
    frame.seconds = secondsSince(start);
    return frame;
}

ProbeFrame probeTrainingStep(const Trace& trace, const torch::Tensor& x, const ModelOutput& out,
                             const ProbeLoss& loss) {
    std::vector<torch::Tensor> taps;
    for (const LayerTrace& layer : trace.layers) {
        if (!layer.tap.defined())
            throw std::logic_error("probeTrainingStep: a layer was traced without a tap");
        taps.push_back(layer.tap);
    }
    const auto start = std::chrono::steady_clock::now();
    std::vector<torch::Tensor> from_last;
    if (loss.last.defined())  // the graph stays for the training step's own backward pass
        from_last = torch::autograd::grad({loss.last}, taps, {}, /*retain_graph=*/true,
                                          /*create_graph=*/false, /*allow_unused=*/true);
    const double last_seconds = secondsSince(start);
    loss.total.backward();  // the step's own: parameters' .grad, and the taps' .grad = ∂L/∂h_t
    const auto frame_start = std::chrono::steady_clock::now();
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor& t : taps)
        grads.push_back(t.grad());
    ProbeFrame frame = frameOf(trace, x, out, grads, loss.last.defined() ? &from_last : nullptr);
    frame.seconds = last_seconds + secondsSince(frame_start);  // what the probe added to the step
    return frame;
}

}  // namespace unroll
