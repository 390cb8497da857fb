#include "panels/epoch_table.h"

#include <QHeaderView>
#include <QStyle>

#include <cmath>

#include "text/numbers.h"

namespace unroll {

namespace {

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString fixed(double v) {
    return fixedNumber(v, 6, QStringLiteral("nan"));
}

// fastai's mm:ss.
QString clock(double seconds) {
    const int s = static_cast<int>(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QChar('0')).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace

EpochTable::EpochTable(QWidget* parent) : QTableWidget(0, 6, parent) {
    setHorizontalHeaderLabels({tr("epoch"), tr("train_loss"), tr("valid_loss"), tr("accuracy"),
                               tr("perplexity"), tr("time")});
    verticalHeader()->hide();
    // Each column as wide as its longest number, never wrapping "2.263935" onto two lines,
    // and the table as wide as its columns (minimumSizeHint).
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A longer number widens its column, and so the table.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
    setWordWrap(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setToolTip(
        tr("Epochs are counted from 1, as everywhere in the window (fastai's table counts from "
           "0). train_loss is the smoothed training loss at the end of the epoch, as fastai "
           "prints it; valid_loss and accuracy are measured on the validation split."));
}

QSize EpochTable::minimumSizeHint() const {
    const int scroll_bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    // The columns as the header sized them to their contents (none stretches: a stretched
    // column would ratchet the window wider).
    return {horizontalHeader()->length() + 2 * frameWidth() + scroll_bar,
            QTableWidget::minimumSizeHint().height()};
}

QSize EpochTable::sizeHint() const {
    return {minimumSizeHint().width(), QTableWidget::sizeHint().height()};
}

void EpochTable::setSession(const SessionInfo& info) {
    setRowCount(0);
    for (const EpochMetrics& e : info.history)
        addEpoch(e);
}

void EpochTable::consume(const SnapshotBuffer::Drained& batch) {
    for (const EpochMetrics& e : batch.epochs)
        addEpoch(e);
}

void EpochTable::addEpoch(const EpochMetrics& e) {
    const int row = rowCount();
    insertRow(row);
    setItem(row, 0, cell(QString::number(e.epoch + 1)));  // from 1, as the progress bar counts
    setItem(row, 1, cell(fixed(e.train_loss)));
    setItem(row, 2, cell(fixed(e.valid_loss)));
    setItem(row, 3, cell(fixed(e.valid_accuracy)));
    // exp(loss) of a diverging run reaches millions: significant digits, not 3 decimals of it.
    setItem(row, 4,
            cell(std::abs(e.perplexity) < 1e4
                     ? fixedNumber(e.perplexity, 3, QStringLiteral("nan"))
                     : significantNumber(e.perplexity, 4, QStringLiteral("nan"))));
    setItem(row, 5, cell(clock(e.train_seconds + e.valid_seconds)));
    scrollToBottom();
}

}  // namespace unroll
