// How the validation text is cut into batches, drawn: one lane per batch row (the first few), one
// cell per batch. With group_chunks each row reads its own stretch of the text and batch i+1
// continues every row of batch i, so the hidden state a stateful model carries along a lane
// belongs to the text it reads next; in plain order each row reads the sample after the last
// row's, and the state would carry into unrelated text.
#pragma once

#include <QWidget>

namespace unroll {

class StreamLayoutView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kLanes = 6;
    static constexpr int kColumns = 8;

    explicit StreamLayoutView(QWidget* parent = nullptr);
    // samples: validation samples; grouped: group_chunks (else in order).
    void setLayout(std::int64_t samples, int batch_size, bool grouped, int seq_len);
    void setCurrentBatch(std::int64_t batch);
    // The sample a batch row reads, as the loader orders them.
    std::int64_t sampleAt(std::int64_t batch, int row) const;
    QSize sizeHint() const override { return QSize(700, 190); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::int64_t samples_ = 0;
    int batch_size_ = 1;
    bool grouped_ = false;
    int seq_len_ = 1;
    std::int64_t current_ = 0;
};

}  // namespace unroll
