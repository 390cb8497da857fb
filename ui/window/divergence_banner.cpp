#include "window/divergence_banner.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "text/engine_text.h"
#include "unroll/topology.h"

namespace unroll {

DivergenceBanner::DivergenceBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("divergenceBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#divergenceBanner { background: #fff3cd; border: 1px solid #e0a800; "
                       "border-radius: 4px; }"));
    auto* layout = new QHBoxLayout(this);
    text_ = new QLabel(this);
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text_, 1);
    auto* buttons = new QGridLayout;
    auto button = [this](const char* name, auto signal) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    rewind_lower_ = button("rewindLowerRate", &DivergenceBanner::rewindLowerRate);
    rewind_clip_ = button("rewindClip", &DivergenceBanner::rewindClip);
    skip_ = button("skipBatch", &DivergenceBanner::skipBatch);
    skip_->setText(tr("Skip this batch"));
    skip_->setToolTip(tr("The batch counts as trained, without an update; the run goes on"));
    raise_ = new QPushButton(this);
    raise_->setObjectName(QStringLiteral("raiseLossLimit"));
    connect(raise_, &QPushButton::clicked, this, [this] { Q_EMIT raiseLossLimit(raised_limit_); });
    stop_ = button("stopRun", &DivergenceBanner::stopRequested);
    stop_->setText(tr("Stop the run"));
    buttons->addWidget(rewind_lower_, 0, 0);
    buttons->addWidget(rewind_clip_, 1, 0);
    buttons->addWidget(skip_, 0, 1);
    buttons->addWidget(raise_, 1, 1);
    buttons->addWidget(stop_, 2, 1);
    layout->addLayout(buttons);
    hide();
}

void DivergenceBanner::report(const TrainEvent& event, const Config& config) {
    event_ = event;
    const double lr = config.get(settings::lr);
    const double clip = config.get(settings::clip);
    const double limit = config.get(settings::loss_limit);
    lower_by_ = config.get(settings::rewind_lr_factor);
    // Epochs and batches from 1, as the progress bar and the epoch table count them.
    QString where = tr("step %1 (epoch %2, batch %3)")
                        .arg(event.step)
                        .arg(event.epoch + 1)
                        .arg(event.batch + 1);
    if (event.time_step > 0)
        where += tr(", first at time step %1 of the sequence").arg(event.time_step);
    // The engine's description names the tensor and the values, translated (ui/text/engine_text.h).
    QString what = engineText(event.what.empty() ? event.message : event.what);
    if (!what.isEmpty())
        what[0] = what[0].toUpper();
    QStringList tries;
    if (topologyOf(config).gates.empty())
        tries << tr("an LSTM (lm6) instead of a plain RNN, whose gates keep gradients in check");
    const QString headline = event.kind == TrainEvent::Kind::LossLimit
                                 ? tr("Training paused: the loss exploded at %1.").arg(where)
                                 : tr("Training paused: %1 became non-finite at %2.")
                                       .arg(engineText(event.tensor), where);
    QString text = tr("<b>%1</b><br>%2. The weights were not updated, so nothing is lost.")
                       .arg(headline.toHtmlEscaped(), what.toHtmlEscaped());
    const bool can_rewind = event.rewind_to >= 0;
    if (can_rewind)
        text += tr("<br>A rewind goes back to the snapshot after step %1 and trains on from "
                   "there; the plots keep the abandoned steps, faded.")
                    .arg(event.rewind_to);
    else
        text +=
            tr("<br>No snapshot before this step is kept (it is the first of its epoch): "
               "skip the batch, or stop.");
    if (!tries.isEmpty())
        text +=
            tr("<br>Also worth a try: %1.").arg(tries.join(QStringLiteral("; ")).toHtmlEscaped());
    text_->setText(text);

    const qint64 to = event.rewind_to + 1;
    rewind_lower_->setText(
        tr("Rewind to step %1, learning rate %2 → %3").arg(to).arg(lr).arg(lr / lower_by_));
    rewind_lower_->setEnabled(can_rewind);
    rewind_clip_->setText(tr("Rewind to step %1, clip gradients at %2").arg(to).arg(kClipAt));
    // Clipping at 1 helps only where gradients may now exceed 1.
    rewind_clip_->setEnabled(can_rewind && (clip <= 0 || clip > kClipAt));
    raised_limit_ = limit * 2;
    raise_->setText(tr("Raise the loss limit %1 → %2 and retry").arg(limit).arg(raised_limit_));
    raise_->setVisible(event.kind == TrainEvent::Kind::LossLimit && limit > 0);
    show();
}

QString DivergenceBanner::message() const {
    return text_->text();
}

}  // namespace unroll
