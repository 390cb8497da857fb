// Getting a run past a step that diverged: the snapshots it keeps to rewind to, the rewinds
// (automatic with on_nonfinite=rewind, or a person's remedy), skipping a batch, and continuing a
// run for more epochs.
#include <cmath>

#include "train/guard.h"
#include "train/trainer_impl.h"

namespace unroll {

void Trainer::Impl::keepSnapshotIfDue() {
    if (schedule_override)
        return;  // an LR sweep is not a place to come back to
    const bool epoch_start = pos.batch == 0;
    if (!epoch_start && !(snapshot_every > 0 && pos.step % snapshot_every == 0))
        return;
    if (!snapshots.empty() && snapshots.back().position.step == pos.step)
        return;  // rewound to this very point: it is already kept
    if (epoch_start)
        snapshots.clear();  // a rewind never crosses back over a validation
    RunPoint point;
    if (snapshots.size() == kRewindSnapshotsKept) {  // reuse the oldest one's buffers
        point = std::move(snapshots.front());
        snapshots.pop_front();
    }
    captureInto(point);
    snapshots.push_back(std::move(point));
}

const Trainer::Impl::RunPoint* Trainer::Impl::rewindTarget() const {
    // A snapshot taken at the start of the step that failed holds the very weights that failed:
    // going back there would fail again, whatever the learning rate.
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it)
        if (it->position.step < pos.step)
            return &*it;
    return nullptr;
}

bool Trainer::Impl::rewindTo(double lr_factor, double clip_at, double& lr_before,
                             bool& clip_turned_on) {
    const RunPoint* target = rewindTarget();
    if (!target)
        return false;
    Config changed = config;
    lr_before = config.get(settings::lr);
    changed.set(settings::lr.name, lr_before / lr_factor);
    clip_turned_on = clip_at > 0.0 && config.get(settings::clip) != clip_at;
    if (clip_turned_on)
        changed.set(settings::clip.name, clip_at);
    if (!changed.problems().empty())
        return false;  // the learning rate cannot go lower
    config = changed;
    applyLive(config);
    const int64_t to = target->position.step;
    restore(*target);
    while (snapshots.back().position.step > to)
        snapshots.pop_back();  // taken in the stretch that is now abandoned
    paused = false;
    skip_pending = false;
    return true;
}

bool Trainer::Impl::rewind(TrainEvent& problem) {
    if (rewinds >= max_rewinds)
        return false;
    double lr = 0.0;
    bool clip_on = false;
    // Clipping is turned on at 1 when it was off, and left as it is when it was on.
    const double clip_at = config.get(settings::clip) == 0.0 ? 1.0 : 0.0;
    if (!rewindTo(rewind_lr_factor, clip_at, lr, clip_on))
        return false;
    ++rewinds;
    problem.rewind_to = pos.step;
    noteRewind(problem, pos.step + 1, rewinds, max_rewinds, lr, lr / rewind_lr_factor, clip_on);
    return true;
}

std::int64_t Trainer::rewindPoint() const {
    const Impl::RunPoint* target = impl_->rewindTarget();
    return target ? target->position.step : -1;
}

TrainEvent Trainer::recover(const Remedy& remedy) {
    Impl& s = *impl_;
    TrainEvent done;
    done.step = s.pos.step + 1;
    done.epoch = s.pos.epoch;
    done.batch = s.pos.batch;
    if (remedy.kind == Remedy::Kind::SkipBatch) {
        s.skip_pending = true;
        done.action = OnNonFinite::Ignore;
        done.what = Message(UNROLL_TEXT("batch %1 of epoch %2 is skipped, without an update"),
                            s.pos.batch + 1, s.pos.epoch + 1);
        done.message = Message(UNROLL_TEXT("Step %1: %2."), done.step, done.what);
        return done;
    }
    if (!(remedy.lr_factor >= 1.0) || remedy.clip < 0.0)
        throw RemedyError(
            Message(UNROLL_TEXT("a rewind lowers the learning rate (a factor of 1 or "
                                "more) and clips at a positive norm")));
    double lr = 0.0;
    bool clip_on = false;
    const int64_t target = rewindPoint();
    if (target < 0)
        throw RemedyError(Message(
            UNROLL_TEXT(
                "no snapshot before step %1 is kept to rewind to (snapshots are taken at the "
                "start of each epoch and every snapshot_every steps, and a rewind never goes "
                "back over a validation)"),
            done.step));
    if (!s.rewindTo(remedy.lr_factor, remedy.clip, lr, clip_on))
        throw RemedyError(Message(UNROLL_TEXT("the learning rate %1 cannot be divided by %2 (it "
                                              "would fall below the lowest allowed)"),
                                  number(lr, 6, shortNumber(lr)),
                                  number(remedy.lr_factor, 6, shortNumber(remedy.lr_factor))));
    done.action = OnNonFinite::Rewind;
    done.rewind_to = target;
    const auto value = [](double x) { return number(x, 6, shortNumber(x)); };
    const bool lowers = remedy.lr_factor != 1.0;
    const MessageArg lr_after = value(lr / remedy.lr_factor);
    done.what =
        lowers && clip_on
            ? Message(UNROLL_TEXT("rewound to step %1 with learning rate %2 -> %3, gradient "
                                  "clipping at %4"),
                      target + 1, value(lr), lr_after, value(remedy.clip))
        : lowers  ? Message(UNROLL_TEXT("rewound to step %1 with learning rate %2 -> %3"),
                            target + 1, value(lr), lr_after)
        : clip_on ? Message(UNROLL_TEXT("rewound to step %1 with gradient clipping at %2"),
                            target + 1, value(remedy.clip))
                  : Message(UNROLL_TEXT("rewound to step %1"), target + 1);
    done.message = Message(UNROLL_TEXT("Step %1: %2; the steps after %3 are abandoned."), done.step,
                           done.what, target);
    return done;
}

void Trainer::extend(const Config& config) {
    Impl& s = *impl_;
    std::vector<ConfigIssue> refused;
    for (const std::string& key : changedSettings(s.config, config))
        if (!findSetting(key)->live && key != settings::epochs.name &&
            !(finished() && key == settings::schedule.name))
            refused.push_back({key, formatValue(config.get(key)),
                               Message(UNROLL_TEXT("%1 cannot change when a run continues (it is "
                                                   "%2); start a new run to change it"),
                                       key, formatValue(s.config.get(key)))});
    const int64_t epochs = config.get(settings::epochs);
    if (epochs <= s.epochs)
        refused.push_back(
            {settings::epochs.name, std::to_string(epochs),
             Message(UNROLL_TEXT("to continue, raise epochs above the run's %1"), s.epochs)});
    if (!refused.empty())
        throw ConfigError(std::move(refused));
    config.validate();
    if (finished())
        s.pos.cycle_start = s.pos.step;  // a new cycle over the added epochs
    s.config = config;
    s.epochs = static_cast<int>(epochs);
    s.applyLive(config);
}

}  // namespace unroll
