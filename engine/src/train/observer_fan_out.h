// Passes what a training step measured to several observers in order; null ones are skipped.
#pragma once

#include <initializer_list>
#include <vector>

#include "unroll/train_metrics.h"

namespace unroll {

class ObserverFanOut : public TrainObserver {
public:
    ObserverFanOut(std::initializer_list<TrainObserver*> observers) {
        for (TrainObserver* o : observers)
            if (o)
                observers_.push_back(o);
    }
    void onStep(const StepMetrics& s) override {
        for (TrainObserver* o : observers_)
            o->onStep(s);
    }
    void onEpoch(const EpochMetrics& e) override {
        for (TrainObserver* o : observers_)
            o->onEpoch(e);
    }
    void onProbe(const ProbeFrame& p) override {
        for (TrainObserver* o : observers_)
            o->onProbe(p);
    }
    void onEvent(const TrainEvent& e) override {
        for (TrainObserver* o : observers_)
            o->onEvent(e);
    }

private:
    std::vector<TrainObserver*> observers_;
};

}  // namespace unroll
