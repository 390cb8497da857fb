#include "panels/progress_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <cmath>

namespace unroll {

namespace {

constexpr double kRate = 0.05;  // moving average of step times: smooth, yet follows a change

QString duration(double seconds) {
    const long long s = std::llround(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QChar('0'))
            .arg(s % 60, 2, 10, QChar('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace

ProgressPanel::ProgressPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    epoch_bar_ = new QProgressBar(this);
    epoch_bar_->setObjectName(QStringLiteral("epochProgress"));
    batch_bar_ = new QProgressBar(this);
    batch_bar_->setObjectName(QStringLiteral("batchProgress"));
    for (QProgressBar* bar : {epoch_bar_, batch_bar_}) {
        bar->setMinimumWidth(140);
        bar->setTextVisible(true);
        layout->addWidget(bar, 1);
    }
    step_label_ = new QLabel(this);
    speed_label_ = new QLabel(this);
    speed_label_->setObjectName(QStringLiteral("tokensPerSecond"));
    eta_label_ = new QLabel(this);
    eta_label_->setObjectName(QStringLiteral("eta"));
    for (QLabel* label : {step_label_, speed_label_, eta_label_}) {
        label->setMinimumWidth(90);
        layout->addWidget(label);
    }
    clearRun();
}

void ProgressPanel::clearRun() {
    epochs_ = batches_ = epoch_ = batch_ = 0;
    step_ = 0;
    tokens_per_second_ = seconds_per_step_ = seconds_per_validation_ = 0.0;
    updateLabels();
}

void ProgressPanel::setEpochs(int epochs) {
    epochs_ = epochs;
    updateLabels();
}

void ProgressPanel::setSession(const SessionInfo& info) {
    clearRun();
    epochs_ = info.epochs;
    batches_ = info.batches_per_epoch;
    step_ = info.steps_done;
    if (batches_ > 0) {
        epoch_ = static_cast<int>(step_ / batches_);
        batch_ = static_cast<int>(step_ % batches_);
    }
    updateLabels();
}

void ProgressPanel::consume(const SnapshotBuffer::Drained& batch) {
    for (const StepMetrics& s : batch.steps) {
        step_ = s.step;
        epoch_ = s.epoch;
        batch_ = s.batch + 1;
        batches_ = s.batches_per_epoch;
        if (s.seconds > 0) {
            const double tps = s.tokens / s.seconds;
            tokens_per_second_ = tokens_per_second_ == 0
                                     ? tps
                                     : tokens_per_second_ + kRate * (tps - tokens_per_second_);
            seconds_per_step_ = seconds_per_step_ == 0
                                    ? s.seconds
                                    : seconds_per_step_ + kRate * (s.seconds - seconds_per_step_);
        }
    }
    for (const EpochMetrics& e : batch.epochs) {
        epoch_ = e.epoch + 1;
        batch_ = 0;
        seconds_per_validation_ = e.valid_seconds;
    }
    updateLabels();
}

QString ProgressPanel::etaText() const {
    if (seconds_per_step_ <= 0 || epochs_ <= 0)
        return QString();
    const double steps_left = static_cast<double>(epochs_) * batches_ - static_cast<double>(step_);
    const double epochs_left = epochs_ - epoch_;
    return duration(std::max(0.0, steps_left) * seconds_per_step_ +
                    std::max(0.0, epochs_left) * seconds_per_validation_);
}

void ProgressPanel::updateLabels() {
    epoch_bar_->setRange(0, std::max(1, epochs_));
    epoch_bar_->setValue(std::min(epoch_, std::max(1, epochs_)));
    // Before the first run there is nothing to count ("epoch 1 of 0" would be nonsense).
    epoch_bar_->setFormat(
        epochs_ <= 0
            ? tr("no run yet")
            : tr("epoch %1 of %2").arg(std::min(epoch_ + 1, std::max(1, epochs_))).arg(epochs_));
    // A run that has trained all its epochs shows its last batch done, not the next epoch's
    // first ("batch 0 of 262" under "epoch 3 of 3").
    const bool finished = epochs_ > 0 && epoch_ >= epochs_;
    const int batch = finished ? batches_ : batch_;
    batch_bar_->setRange(0, std::max(1, batches_));
    batch_bar_->setValue(std::min(batch, std::max(1, batches_)));
    batch_bar_->setFormat(batches_ <= 0 ? QString()
                                        : tr("batch %1 of %2").arg(batch).arg(batches_));
    step_label_->setText(tr("step %1").arg(QLocale().toString(static_cast<qlonglong>(step_))));
    speed_label_->setText(
        tokens_per_second_ > 0
            ? tr("%1 tokens/s").arg(QLocale().toString(tokens_per_second_, 'f', 0))
            : QString());
    const QString eta = etaText();
    eta_label_->setText(eta.isEmpty() ? QString() : tr("%1 left").arg(eta));
}

}  // namespace unroll
