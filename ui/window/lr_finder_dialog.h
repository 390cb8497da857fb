// The learning-rate finder's result: the smoothed loss against the learning rate (log scale),
// fastai's suggestions marked, and a button to use one of them.
#pragma once

#include <QDialog>

#include "unroll/lr_finder.h"

class QCustomPlot;

namespace unroll {

class LrFinderDialog : public QDialog {
    Q_OBJECT

public:
    LrFinderDialog(const LrFindResult& result, QWidget* parent = nullptr);
    QCustomPlot* plot() const { return plot_; }

Q_SIGNALS:
    void learningRateChosen(double lr);

private:
    QCustomPlot* plot_ = nullptr;
};

}  // namespace unroll
