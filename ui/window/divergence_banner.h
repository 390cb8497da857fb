// Shown when the divergence guard pauses a run: what went non-finite (or past the loss limit),
// where and when, and what to try — with one click for the two usual remedies.
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
    // `config`: the run's settings now (its learning rate, its clipping, and whether its cell is a
    // plain RNN, for which an LSTM is worth suggesting).
    void report(const TrainEvent& event, const Config& config);
    QString message() const;

Q_SIGNALS:
    void lowerLearningRate();  // ten-fold, then resume
    void clipGradients();      // at 1.0, then resume
    void resumeRequested();

private:
    QLabel* text_ = nullptr;
    QPushButton* lower_ = nullptr;
    QPushButton* clip_ = nullptr;
};

}  // namespace unroll
