// Choosing a race: which presets, in which order, for how many epochs.
#pragma once

#include <QDialog>
#include <QStringList>

#include "controller/race_runner.h"

class QListWidget;
class QRadioButton;
class QSpinBox;

namespace unroll {

class RaceDialog : public QDialog {
    Q_OBJECT

public:
    RaceDialog(int epochs, QWidget* parent = nullptr);
    QStringList presets() const;  // the checked ones, in list order
    RaceRunner::Order order() const;
    int epochs() const;

private:
    QListWidget* presets_ = nullptr;
    QRadioButton* interleaved_ = nullptr;
    QSpinBox* epochs_ = nullptr;
};

}  // namespace unroll
