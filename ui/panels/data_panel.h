// The data view: what the model reads and what it makes of it. The validation stream's batch
// layout drawn (group_chunks or in order); the current validation batch decoded to text, input
// and target side by side, each predicted token green when right and red when wrong, shaded by
// the probability the model gave it, with its top candidates on hover; a strip of chosen hidden
// units under the first row's text (LSTMVis-style); stepping through batches; and, for a stateful
// model, the accuracy it loses when the batches run out of order. Live while training.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

#include "controller/snapshot_view.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace unroll {

class StreamLayoutView;
class TrainingController;

// A row of tokens, each cell coloured by one hidden unit's value (blue negative, red positive).
class HiddenStrip : public QWidget {
    Q_OBJECT

public:
    explicit HiddenStrip(QWidget* parent = nullptr);
    void setData(std::vector<QString> tokens, std::vector<std::vector<float>> units,
                 std::vector<int> unit_ids, int layer);
    QSize sizeHint() const override { return QSize(700, 110); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<QString> tokens_;
    std::vector<std::vector<float>> units_;  // [unit][t]
    std::vector<int> unit_ids_;
    int layer_ = 0;
};

class DataPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    static constexpr int kRowsShown = 12;
    // The shuffled order of "Shuffle the batches": one for the whole session, so that the batch
    // shown and the comparison read the batches in the same order.
    static constexpr std::uint64_t kShuffleSeed = 1;

    explicit DataPanel(TrainingController* controller, QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;

    void showBatch(std::int64_t index);  // asks the worker for it
    std::int64_t batch() const { return index_; }
    const std::optional<BatchView>& view() const { return view_; }
    QString batchHtml() const;   // the decoded table as shown
    QString orderText() const;   // the in-order / shuffled comparison, when made
    bool shuffled() const;       // "Shuffle the batches" is on
    QString corpusText() const;  // the corpus summary line
    QString batchText() const;   // the line above the table: which batch, or what to do first
    StreamLayoutView* layoutView() const { return layout_; }
    // The top candidates of prediction (row, t), as the hover tooltip shows them.
    QString candidatesText(int row, int t) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Opened after training moved on while it was hidden: read the batch again.
    void showEvent(QShowEvent* event) override;

private:
    void onInspected(const BatchView& view);
    void render();
    QString token(std::int32_t id) const;
    // Token `id` in running text, and what goes before it: the separator of words, nothing for
    // characters; a subword's marker becomes its space, and a piece that continues a word gets a
    // faint dot before it so that the pieces stay visible.
    QString textOf(std::int32_t id) const;
    QString before(std::int32_t id) const;
    BatchViewOptions options() const;
    void compareOrder();  // asks the worker for in order against shuffled

    TrainingController* controller_;
    StreamLayoutView* layout_ = nullptr;
    QTextBrowser* table_ = nullptr;
    HiddenStrip* strip_ = nullptr;
    QLabel* batch_label_ = nullptr;
    QLabel* corpus_label_ = nullptr;
    QLabel* order_label_ = nullptr;
    QPushButton* order_button_ = nullptr;
    QPushButton* previous_ = nullptr;
    QPushButton* next_ = nullptr;
    QSpinBox* layer_ = nullptr;
    QSpinBox* unit_ = nullptr;
    std::vector<std::string> vocab_;
    std::string separator_ = " ";
    std::string word_marker_;
    std::int64_t index_ = 0;
    std::int64_t batches_ = 0;
    std::optional<BatchView> view_;
    QString order_text_;
    QElapsedTimer since_request_;
    bool has_session_ = false;
    bool stale_ = false;  // steps were trained since the batch shown was read
    QTimer catch_up_;     // reads the batch once more after the last steps of a burst
    bool grouped_ = false;
};

}  // namespace unroll
