#include "panels/stream_layout_view.h"

#include <QPainter>

#include <algorithm>

#include "text/fitted_text.h"

namespace unroll {

StreamLayoutView::StreamLayoutView(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(170);
}

void StreamLayoutView::setLayout(std::int64_t samples, int batch_size, bool grouped, int seq_len) {
    samples_ = samples;
    batch_size_ = std::max(1, batch_size);
    grouped_ = grouped;
    seq_len_ = std::max(1, seq_len);
    current_ = 0;
    update();
}

void StreamLayoutView::setCurrentBatch(std::int64_t batch) {
    current_ = batch;
    update();
}

std::int64_t StreamLayoutView::sampleAt(std::int64_t batch, int row) const {
    // group_chunks: m = n / bs; row j of batch i is sample j*m + i. In order: i*bs + j.
    if (grouped_)
        return static_cast<std::int64_t>(row) * (samples_ / batch_size_) + batch;
    return batch * batch_size_ + row;
}

void StreamLayoutView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    if (samples_ <= 0)
        return;
    QFont f = font();
    f.setPointSizeF(8);
    p.setFont(f);
    const int lanes = std::min(kLanes, batch_size_);
    const double left = 70, top = 26, lane_h = (height() - top - 26) / (lanes + 0.6);
    const double cell_w = (width() - left - 40) / kColumns;
    p.setPen(Qt::black);
    p.drawText(QRectF(8, 4, width() - 16, 18), Qt::AlignLeft,
               grouped_ ? tr("group_chunks: row j reads the text from sample j·%1 on; batch i+1 "
                             "continues every row of batch i (the state carries into its own text)")
                              .arg(samples_ / batch_size_)
                        : tr("In order: batch i holds samples i·%1 … i·%1+%2, so a row's next "
                             "batch reads other text (a carried state would be wrong)")
                              .arg(batch_size_)
                              .arg(batch_size_ - 1));
    const std::int64_t first = std::max<std::int64_t>(0, current_ - kColumns / 2);
    for (int lane = 0; lane < lanes; ++lane) {
        const double y = top + lane * lane_h;
        p.setPen(QColor(80, 80, 80));
        p.drawText(QRectF(4, y, left - 8, lane_h * 0.8), Qt::AlignRight | Qt::AlignVCenter,
                   tr("row %1").arg(lane));
        for (int c = 0; c < kColumns; ++c) {
            const std::int64_t batch = first + c;
            const std::int64_t sample = sampleAt(batch, lane);
            const QRectF cell(left + c * cell_w + 3, y, cell_w - 6, lane_h * 0.8);
            const bool current = batch == current_;
            // Cells of one lane share a hue when they read one contiguous stretch of text.
            const int hue = grouped_ ? (lane * 47) % 360 : static_cast<int>((sample * 37) % 360);
            p.setPen(current ? QPen(Qt::black, 2) : QPen(QColor(150, 150, 150), 1));
            p.setBrush(QColor::fromHsv(hue, current ? 110 : 60, 250));
            p.drawRoundedRect(cell, 3, 3);
            p.setPen(Qt::black);
            // Narrow cells (a small window, long German words) drop the word, then shrink.
            const QString from = QString::number(sample * seq_len_),
                          to = QString::number((sample + 1) * seq_len_ - 1);
            drawFittedText(
                p, cell.adjusted(2, 0, -2, 0), Qt::AlignCenter,
                {tr("tokens %1–%2").arg(from, to), QStringLiteral("%1–%2").arg(from, to)});
            if (c + 1 < kColumns && grouped_) {
                // The text continues into the next batch's cell of the same row.
                p.setPen(QPen(QColor(60, 60, 60), 1.2));
                const QPointF a(cell.right() + 1, cell.center().y());
                p.drawLine(a, a + QPointF(5, 0));
            }
        }
    }
    p.setPen(QColor(90, 90, 90));
    for (int c = 0; c < kColumns; ++c)
        p.drawText(QRectF(left + c * cell_w, height() - 22, cell_w, 18), Qt::AlignCenter,
                   first + c == current_ ? tr("▲ batch %1").arg(first + c)
                                         : tr("batch %1").arg(first + c));
    if (batch_size_ > lanes)
        p.drawText(QRectF(4, top + lanes * lane_h - 4, left - 8, 16), Qt::AlignRight,
                   tr("+%1 rows").arg(batch_size_ - lanes));
}

}  // namespace unroll
