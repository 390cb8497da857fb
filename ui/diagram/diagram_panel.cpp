#include "diagram/diagram_panel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "diagram/diagram_view.h"

namespace unroll {

DiagramPanel::DiagramPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* tools = new QHBoxLayout;
    unrolled_ = new QToolButton(this);
    unrolled_->setObjectName(QStringLiteral("unrolledToggle"));
    unrolled_->setCheckable(true);
    unrolled_->setChecked(true);
    unrolled_->setText(tr("Unrolled"));
    unrolled_->setToolTip(
        tr("Switch between the rolled form (one cell and its loop) and the "
           "network unrolled over the tokens"));
    connect(unrolled_, &QToolButton::toggled, this, [this](bool on) { setUnrolled(on); });
    tools->addWidget(unrolled_);
    cell_ = new QCheckBox(tr("Open the cell"), this);
    cell_->setObjectName(QStringLiteral("openCell"));
    cell_->setToolTip(
        tr("Show what is inside the recurrent cell: the gates, their activations "
           "and the cell-state path"));
    tools->addWidget(cell_);
    cell_layer_ = new QSpinBox(this);
    cell_layer_->setPrefix(tr("layer "));
    cell_layer_->setRange(1, 1);
    cell_layer_->setToolTip(tr("Whose gate saturation the open cell shows"));
    tools->addWidget(cell_layer_);
    tools->addSpacing(16);
    tools->addWidget(new QLabel(tr("Probe frame:"), this));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("frameSlider"));
    slider_->setToolTip(
        tr("Scrub back through the recent probe frames; the right end follows "
           "training"));
    slider_->setRange(0, 0);
    slider_->setMinimumWidth(160);
    tools->addWidget(slider_, 1);
    frame_label_ = new QLabel(tr("none yet"), this);
    frame_label_->setMinimumWidth(90);
    tools->addWidget(frame_label_);
    auto* exporter = new QPushButton(tr("Export"), this);  // room for its menu's arrow
    auto* menu = new QMenu(exporter);
    for (const auto& [suffix, label] :
         {std::pair<QString, QString>{QStringLiteral("svg"), tr("Vector image (SVG)…")},
          {QStringLiteral("png"), tr("Image (PNG)…")}}) {
        const QString s = suffix;
        menu->addAction(label, this, [this, s] {
            QString path = QFileDialog::getSaveFileName(
                this, tr("Export the diagram"),
                QStringLiteral("%1-diagram.%2")
                    .arg(QString::fromLatin1(nameOf(view_->topology().arch)), s));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += '.' + s;
            QString error;
            if (!view_->exportImage(path, QSize(), &error))
                frame_label_->setText(error);
        });
    }
    exporter->setMenu(menu);
    tools->addWidget(exporter);
    layout->addLayout(tools);
    view_ = new DiagramView(this);
    layout->addWidget(view_, 1);

    connect(cell_, &QCheckBox::toggled, view_, &DiagramView::setCellOpen);
    connect(cell_layer_, &QSpinBox::valueChanged, view_, &DiagramView::setCellLayer);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        follow_latest_ = v == slider_->maximum();
        showFrame(v);
    });
    showConfig(Config());
}

void DiagramPanel::setUnrolled(bool unrolled, bool animate) {
    {
        const QSignalBlocker block(unrolled_);
        unrolled_->setChecked(unrolled);
    }
    unrolled_->setText(unrolled ? tr("Unrolled") : tr("Rolled"));
    if (animate)
        view_->animateTo(unrolled);
    else
        view_->setUnrolled(unrolled ? 1.0 : 0.0);
}

void DiagramPanel::setCellOpen(bool open) {
    cell_->setChecked(open);
    view_->setCellOpen(open);
}

void DiagramPanel::showConfig(const Config& config) {
    try {
        const Topology t = topologyOf(config);
        view_->setTopology(t);
        cell_layer_->setRange(1, t.layers);
    } catch (const std::exception&) {
        // An invalid form has no model to draw; the form says what is wrong.
    }
}

void DiagramPanel::setSession(const SessionInfo& info) {
    frames_.clear();
    follow_latest_ = true;
    showConfig(info.config);
    view_->setVocab(info.vocab);
    updateSlider();
}

void DiagramPanel::consume(const SnapshotBuffer::Drained& batch) {
    bool added = false;
    for (const ProbeFrame& p : batch.probes) {
        if (p.hidden_rms.empty())
            continue;
        frames_.push_back(p);
        if (frames_.size() > static_cast<size_t>(kFramesKept))
            frames_.pop_front();
        added = true;
    }
    if (added)
        updateSlider();
}

void DiagramPanel::updateSlider() {
    const int last = std::max(0, frames() - 1);
    const QSignalBlocker block(slider_);
    const int keep = slider_->value();
    slider_->setRange(0, last);
    // Following: show the newest. Scrubbing: the view stays on its frame, which moved one place
    // left if the oldest was dropped.
    slider_->setValue(follow_latest_ ? last : std::min(keep, last));
    showFrame(slider_->value());
}

void DiagramPanel::showFrame(int index) {
    if (index < 0 || index >= frames()) {
        view_->setFrame(nullptr);
        frame_label_->setText(tr("none yet"));
        return;
    }
    const ProbeFrame& f = frames_[static_cast<size_t>(index)];
    view_->setFrame(&f);
    frame_label_->setText(tr("step %1 (%2 of %3)").arg(f.step).arg(index + 1).arg(frames()));
}

}  // namespace unroll
