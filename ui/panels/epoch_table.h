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

private:
    void addEpoch(const EpochMetrics& e);
};

}  // namespace unroll
