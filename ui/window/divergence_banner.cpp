#include "window/divergence_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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
    auto* buttons = new QVBoxLayout;
    lower_ = new QPushButton(this);
    lower_->setObjectName(QStringLiteral("lowerLearningRate"));
    connect(lower_, &QPushButton::clicked, this, &DivergenceBanner::lowerLearningRate);
    clip_ = new QPushButton(tr("Clip gradients at 1 and resume"), this);
    clip_->setObjectName(QStringLiteral("clipGradients"));
    connect(clip_, &QPushButton::clicked, this, &DivergenceBanner::clipGradients);
    auto* resume = new QPushButton(tr("Resume as it is"), this);
    connect(resume, &QPushButton::clicked, this, &DivergenceBanner::resumeRequested);
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    for (QPushButton* b : {lower_, clip_, resume, dismiss})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    hide();
}

void DivergenceBanner::report(const TrainEvent& event, const Config& config) {
    const double lr = config.get(settings::lr);
    const double clip = config.get(settings::clip);
    QString where =
        tr("step %1 (epoch %2, batch %3)").arg(event.step).arg(event.epoch).arg(event.batch);
    if (event.time_step > 0)
        where += tr(", first at time step %1 of the sequence").arg(event.time_step);
    // The engine's description names the tensor and the values (in English: it has no Qt).
    QString what = QString::fromStdString(event.what.empty() ? event.message : event.what);
    if (!what.isEmpty())
        what[0] = what[0].toUpper();
    QStringList tries;
    tries << tr("lower the learning rate (now %1)").arg(lr);
    tries << (clip > 0 ? tr("clip gradients harder (now %1)").arg(clip)
                       : tr("clip gradients (now off)"));
    if (topologyOf(config).gates.empty())
        tries << tr("an LSTM (lm6) instead of a plain RNN, whose gates keep gradients in check");
    const QString headline = event.kind == TrainEvent::Kind::LossLimit
                                 ? tr("Training paused: the loss exploded at %1.").arg(where)
                                 : tr("Training paused: %1 became non-finite at %2.")
                                       .arg(QString::fromStdString(event.tensor), where);
    text_->setText(tr("<b>%1</b><br>%2. The weights were not updated, so nothing is lost.<br>"
                      "Try: %3.")
                       .arg(headline.toHtmlEscaped(), what.toHtmlEscaped(),
                            tries.join(QStringLiteral("; ")).toHtmlEscaped()));
    lower_->setText(tr("Learning rate %1 → %2 and resume").arg(lr).arg(lr / 10));
    clip_->setEnabled(clip <= 0 || clip > 1);
    show();
}

QString DivergenceBanner::message() const {
    return text_->text();
}

}  // namespace unroll
