// The generation playground: a prompt and the sampling options (max tokens, temperature, top-k,
// top-p, greedy, seed); tokens stream in as the worker samples them from the run's current
// weights (during training, between two steps, or from an opened checkpoint). Hovering a token
// shows the distribution it was drawn from as a bar chart of the top candidates. On Human
// Numbers the counting check says how many generated numbers are one more than the last.
#pragma once

#include <QWidget>

#include <vector>

#include "controller/snapshot_view.h"
#include "unroll/generate.h"

class QCheckBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace unroll {

class TrainingController;

class GeneratePanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit GeneratePanel(TrainingController* controller, QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained&) override {}

    void setPrompt(const QString& prompt);
    SamplingOptions options() const;
    void generate();
    QString text() const;  // the prompt and what was generated, as shown
    int tokens() const { return static_cast<int>(tokens_.size()); }
    QString countingText() const;  // "" when the corpus is not Human Numbers
    QString message() const;       // the last error, or ""
    // Shows the candidates of generated token `index` (what hovering does).
    void showCandidates(int index);
    QCustomPlot* chart() const { return chart_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onToken(const GeneratedToken& token);
    void onFinished(const Generation& generation);
    void onFailed(const QString& message);
    void setBusy(bool busy);
    // Forgets the last generation: its text, tokens, status (or error) and candidates chart.
    void clearResults();

    TrainingController* controller_;
    static constexpr int kMaxPromptCharacters = 1 << 20;
    QLineEdit* prompt_ = nullptr;
    QSpinBox* max_tokens_ = nullptr;
    QDoubleSpinBox* temperature_ = nullptr;
    QSpinBox* top_k_ = nullptr;
    QDoubleSpinBox* top_p_ = nullptr;
    QCheckBox* greedy_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* go_ = nullptr;
    QPushButton* stop_ = nullptr;
    QTextBrowser* output_ = nullptr;
    QCustomPlot* chart_ = nullptr;
    QLabel* status_ = nullptr;
    std::vector<GeneratedToken> tokens_;
    std::string separator_ = " ";
    std::string word_marker_;
    std::vector<std::string> vocab_;
    bool counting_ = false;  // Human Numbers, word tokens
    bool has_model_ = false;
    bool busy_ = false;
    QString message_;
    QString counting_text_;
};

}  // namespace unroll
