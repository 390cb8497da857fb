#include "train/guard.h"

#include <cmath>
#include <sstream>

#include "probes/activation_stats.h"

namespace unroll {

std::string shortNumber(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

namespace {

// A value for a message, written in English as the guard always has (6 significant digits).
MessageArg value(double x) {
    return number(x, 6, shortNumber(x));
}

Message describeActivation(const std::string& name) {
    if (name == "logits")
        return Message(UNROLL_TEXT("the logits"));
    if (name == "embedding")
        return Message(UNROLL_TEXT("the embedding output"));
    if (name == "hidden")
        return Message(UNROLL_TEXT("the hidden state"));
    return Message(UNROLL_TEXT("the %1 hidden state"), name);
}

TrainEvent event(TrainEvent::Kind kind, Message tensor, int time_step, const Message& what,
                 const GuardContext& ctx) {
    TrainEvent e;
    e.kind = kind;
    e.step = ctx.step;
    e.epoch = ctx.epoch;
    e.batch = ctx.batch;
    e.tensor = std::move(tensor);
    e.time_step = time_step;
    e.action = ctx.action;
    e.what = what;
    const bool plain_rnn = ctx.arch == Arch::LM1 || ctx.arch == Arch::LM2 ||
                           ctx.arch == Arch::LM3 || ctx.arch == Arch::LM4 || ctx.arch == Arch::LM5;
    const Message advice =
        ctx.clip == 0.0
            ? (plain_rnn ? Message(UNROLL_TEXT("lower the learning rate (lr is %1), clip gradients "
                                               "(clip=1), or use an LSTM (arch lm6) instead of a "
                                               "plain RNN"),
                                   value(ctx.lr))
                         : Message(UNROLL_TEXT("lower the learning rate (lr is %1), clip gradients "
                                               "(clip=1)"),
                                   value(ctx.lr)))
            : (plain_rnn
                   ? Message(UNROLL_TEXT("lower the learning rate (lr is %1), or use an LSTM "
                                         "(arch lm6) instead of a plain RNN"),
                             value(ctx.lr))
                   : Message(UNROLL_TEXT("lower the learning rate (lr is %1)"), value(ctx.lr)));
    const Message outcome =
        ctx.action == OnNonFinite::Pause
            ? Message(UNROLL_TEXT("The run is paused; resuming retries this batch."))
        : ctx.action == OnNonFinite::Ignore
            ? Message(UNROLL_TEXT("This batch's update was skipped."))
        : ctx.action == OnNonFinite::Rewind
            ? Message(UNROLL_TEXT("The run rewinds to its last snapshot."))
            : Message(UNROLL_TEXT("The run stopped."));
    e.message = Message(UNROLL_TEXT("step %1 (epoch %2, batch %3): %4; the weights were not "
                                    "updated. %5 Try: %6."),
                        ctx.step, ctx.epoch, ctx.batch, what, outcome, advice);
    return e;
}

}  // namespace

std::optional<TrainEvent> checkStep(const GuardInput& in, const GuardContext& ctx) {
    // Forward order first: a bad activation is usually the cause of a bad loss.
    for (size_t i = 0; i < in.stats->size(); ++i) {
        if ((*in.stats)[i].finite)
            continue;
        const Activation& a = (*in.activations)[i];
        const int t = firstNonFiniteStep(a);
        const int64_t steps =
            a.whole.defined() ? a.whole.size(0) : static_cast<int64_t>(a.steps.size());
        const Message what =
            t > 0 ? Message(UNROLL_TEXT("%1 became non-finite (inf or NaN) at time step %2 of %3"),
                            describeActivation(a.name), t, steps)
                  : Message(UNROLL_TEXT("%1 became non-finite (inf or NaN)"),
                            describeActivation(a.name));
        return event(TrainEvent::Kind::NonFinite,
                     a.name == "logits" ? Message(UNROLL_TEXT("logits"))
                                        : Message(UNROLL_TEXT("%1 activation"), a.name),
                     t, what, ctx);
    }
    if (!std::isfinite(in.loss))
        return event(TrainEvent::Kind::NonFinite, Message(UNROLL_TEXT("loss")), 0,
                     Message(UNROLL_TEXT("the loss became %1"), value(in.loss)), ctx);
    if (!std::isfinite(in.ar))
        return event(
            TrainEvent::Kind::NonFinite, Message(UNROLL_TEXT("AR term")), 0,
            Message(UNROLL_TEXT("the activation regularization term became %1"), value(in.ar)),
            ctx);
    if (!std::isfinite(in.tar))
        return event(TrainEvent::Kind::NonFinite, Message(UNROLL_TEXT("TAR term")), 0,
                     Message(UNROLL_TEXT("the temporal activation regularization term became %1"),
                             value(in.tar)),
                     ctx);
    if (!in.grads_finite) {
        for (size_t i = 0; i < in.grad_norms->size(); ++i)
            if (!std::isfinite((*in.grad_norms)[i]))
                return event(
                    TrainEvent::Kind::NonFinite,
                    Message(UNROLL_TEXT("gradient of %1"), (*in.param_names)[i]), 0,
                    Message(UNROLL_TEXT("the gradient of %1 became non-finite (inf or NaN)"),
                            (*in.param_names)[i]),
                    ctx);
    }
    if (in.loss_limit > 0.0 && in.first_loss > 0.0 && in.loss > in.loss_limit * in.first_loss)
        return event(TrainEvent::Kind::LossLimit, Message(UNROLL_TEXT("loss")), 0,
                     Message(UNROLL_TEXT("the loss %1 passed loss_limit %2 x the first loss %3"),
                             value(in.loss), value(in.loss_limit), value(in.first_loss)),
                     ctx);
    return std::nullopt;
}

TrainEvent nonFiniteWeights(const GuardContext& ctx) {
    return event(TrainEvent::Kind::NonFinite, Message(UNROLL_TEXT("weights")), 0,
                 Message(UNROLL_TEXT("the update made a weight non-finite")), ctx);
}

TrainEvent withheldElsewhere(const GuardContext& ctx) {
    return event(TrainEvent::Kind::NonFinite, Message(UNROLL_TEXT("another worker")), 0,
                 Message(UNROLL_TEXT("another worker's rows diverged in this step")), ctx);
}

void noteRewind(TrainEvent& event, std::int64_t to_step, std::int64_t rewind,
                std::int64_t max_rewinds, double lr_before, double lr_after, bool clip_turned_on) {
    event.message =
        clip_turned_on
            ? Message(UNROLL_TEXT("%1 Rewound to step %2 (rewind %3 of %4): lr %5 -> %6, gradient "
                                  "clipping at 1."),
                      event.message, to_step, rewind, max_rewinds, value(lr_before),
                      value(lr_after))
            : Message(UNROLL_TEXT("%1 Rewound to step %2 (rewind %3 of %4): lr %5 -> %6."),
                      event.message, to_step, rewind, max_rewinds, value(lr_before),
                      value(lr_after));
}

void noteNoRewindLeft(TrainEvent& event, std::int64_t max_rewinds) {
    event.action = OnNonFinite::Stop;
    event.message =
        Message(UNROLL_TEXT("%1 No rewind was left (max_rewinds %2), so the run stopped instead."),
                event.message, max_rewinds);
}

}  // namespace unroll
