// Shown while a run is diverged (the guard withheld a step): what went non-finite (or past the
// loss limit), where and when, and one click for each way past it — rewind to the last snapshot
// with a lower learning rate or with clipping, skip the batch, raise the loss limit, or stop.
#pragma once

#include <QFrame>

#include "unroll/config.h"
#include "unroll/probes.h"

class QLabel;
class QPushButton;

namespace unroll {

class DivergenceBanner : public QFrame {
    Q_OBJECT

public:
    explicit DivergenceBanner(QWidget* parent = nullptr);
    // `config`: the run's settings now (its learning rate, clipping and loss limit, and whether
    // its cell is a plain RNN, for which an LSTM is worth suggesting).
    void report(const TrainEvent& event, const Config& config);
    QString message() const;
    const TrainEvent& event() const { return event_; }

    // What the rewinds change: the learning rate is divided by the run's rewind_lr_factor (as
    // on_nonfinite=rewind divides it), or clipping is set to kClipAt.
    double lowerBy() const { return lower_by_; }
    static constexpr double kClipAt = 1.0;

Q_SIGNALS:
    void rewindLowerRate();  // to event().rewind_to, the learning rate ÷ lowerBy()
    void rewindClip();       // to event().rewind_to, clipping at kClipAt
    void skipBatch();
    void raiseLossLimit(double limit);
    void stopRequested();

private:
    TrainEvent event_;
    double raised_limit_ = 0.0;
    double lower_by_ = 10.0;
    QLabel* text_ = nullptr;
    QPushButton* rewind_lower_ = nullptr;
    QPushButton* rewind_clip_ = nullptr;
    QPushButton* skip_ = nullptr;
    QPushButton* raise_ = nullptr;
    QPushButton* stop_ = nullptr;
};

}  // namespace unroll
