// The per-epoch table fastai prints: epoch, train_loss, valid_loss, accuracy, perplexity, time.
#pragma once

#include <QTableWidget>

#include "controller/snapshot_view.h"

namespace unroll {

class EpochTable : public QTableWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit EpochTable(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    // As wide as its columns: the layout gives it room for every number rather than a
    // scroll bar that hides the last columns.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    void addEpoch(const EpochMetrics& e);
};

}  // namespace unroll
