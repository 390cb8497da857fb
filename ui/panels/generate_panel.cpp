#include "panels/generate_panel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "controller/training_controller.h"
#include "plots/qcp.h"
#include "text/numbers.h"
#include "text/token_text.h"
#include "unroll/corpus.h"
#include "unroll/counting.h"

namespace unroll {

namespace {

constexpr const char* kTokenLink = "token:";

// The chart's title before a token is hovered.
QString hoverHint() {
    return GeneratePanel::tr("Hover a token: what the model weighed");
}

}  // namespace

GeneratePanel::GeneratePanel(TrainingController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    prompt_ = new QLineEdit(this);
    prompt_->setObjectName(QStringLiteral("prompt"));
    prompt_->setPlaceholderText(
        tr("A prompt in the corpus's words, e.g. one thousand two hundred"));
    prompt_->setText(QStringLiteral("one thousand two hundred"));
    // Qt's default limit (32,767 characters) cut a pasted text without a word; this one is
    // larger than any prompt a model reads in reasonable time, and reaching it is said.
    prompt_->setMaxLength(kMaxPromptCharacters);
    connect(prompt_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.size() < kMaxPromptCharacters)
            return;
        status_->setStyleSheet(QStringLiteral("color: #b00020;"));
        status_->setText(tr("The prompt was cut at %1 characters, the most it holds.")
                             .arg(QLocale().toString(kMaxPromptCharacters)));
    });
    connect(prompt_, &QLineEdit::returnPressed, this, &GeneratePanel::generate);
    row->addWidget(prompt_, 1);
    go_ = new QPushButton(tr("Generate"), this);
    go_->setObjectName(QStringLiteral("generate"));
    go_->setToolTip(
        tr("Sample from the model's current weights (between two training steps "
           "when a run goes)"));
    connect(go_, &QPushButton::clicked, this, &GeneratePanel::generate);
    row->addWidget(go_);
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setEnabled(false);
    // Generate is there when a model is (the run's life-cycle says when); Return in the prompt
    // still answers with what to do.
    connect(controller_, &TrainingController::stateChanged, this, [this](RunState s) {
        has_model_ = lifecycle::hasModel(s);
        go_->setEnabled(has_model_ && !busy_);
    });
    go_->setEnabled(false);
    connect(stop_, &QPushButton::clicked, controller_, &TrainingController::stopGenerating);
    row->addWidget(stop_);
    layout->addLayout(row);

    auto* options = new QHBoxLayout;
    auto labelled = [&](const QString& label, QWidget* w, const QString& tip) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        w->setToolTip(tip);
        l->setToolTip(tip);
        options->addWidget(l);
        options->addWidget(w);
    };
    max_tokens_ = new QSpinBox(this);
    max_tokens_->setRange(1, 5000);
    max_tokens_->setValue(120);
    labelled(tr("Tokens"), max_tokens_, tr("How many tokens to generate"));
    temperature_ = new QDoubleSpinBox(this);
    temperature_->setRange(0.0, 5.0);
    temperature_->setSingleStep(0.1);
    temperature_->setValue(0.8);
    labelled(tr("Temperature"), temperature_,
             tr("Below 1 sharpens the distribution, above 1 flattens it; 0 is greedy"));
    top_k_ = new QSpinBox(this);
    top_k_->setRange(0, 100000);
    labelled(tr("Top-k"), top_k_, tr("Sample among the k most likely tokens only (0: all)"));
    top_p_ = new QDoubleSpinBox(this);
    top_p_->setRange(0.01, 1.0);
    top_p_->setSingleStep(0.05);
    top_p_->setValue(1.0);
    labelled(tr("Top-p"), top_p_,
             tr("Sample among the smallest set of tokens holding this much probability"));
    greedy_ = new QCheckBox(tr("Greedy"), this);
    greedy_->setToolTip(tr("Always take the most likely token"));
    connect(greedy_, &QCheckBox::toggled, this, [this](bool on) {
        temperature_->setEnabled(!on);
        top_k_->setEnabled(!on);
        top_p_->setEnabled(!on);
    });
    options->addWidget(greedy_);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1 << 30);
    labelled(tr("Seed"), seed_, tr("The same seed, prompt and weights give the same text"));
    options->addStretch(1);
    layout->addLayout(options);

    auto* split = new QSplitter(Qt::Horizontal, this);
    output_ = new QTextBrowser(split);
    output_->setObjectName(QStringLiteral("generatedText"));
    output_->setOpenLinks(false);
    output_->viewport()->setMouseTracking(true);
    output_->viewport()->installEventFilter(this);
    QFont mono = output_->font();
    mono.setPointSizeF(mono.pointSizeF() + 2);
    output_->setFont(mono);
    chart_ = new QCustomPlot(split);
    chart_->setMinimumWidth(260);
    chart_->yAxis->setLabel(tr("probability"));
    chart_->yAxis->setRange(0, 1);
    auto* bars = new QCPBars(chart_->xAxis, chart_->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(31, 119, 180));
    chart_->plotLayout()->insertRow(0);
    chart_->plotLayout()->addElement(0, 0, new QCPTextElement(chart_, hoverHint()));
    split->addWidget(output_);
    split->addWidget(chart_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("generateStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);

    connect(controller_, &TrainingController::tokenGenerated, this, &GeneratePanel::onToken);
    connect(controller_, &TrainingController::generationFinished, this, &GeneratePanel::onFinished);
    connect(controller_, &TrainingController::generationFailed, this, &GeneratePanel::onFailed);
}

void GeneratePanel::setSession(const SessionInfo& info) {
    clearResults();  // another model: the last one's text, error and chart no longer apply
    vocab_ = info.vocab;
    separator_ = info.separator;
    word_marker_ = info.word_marker;
    counting_ = countingApplies(info.config);
    if (info.config.get(settings::corpus) != kHumanNumbersSource &&
        prompt_->text() == QStringLiteral("one thousand two hundred"))
        prompt_->clear();
}

void GeneratePanel::setPrompt(const QString& prompt) {
    prompt_->setText(prompt);
}

SamplingOptions GeneratePanel::options() const {
    SamplingOptions o;
    o.max_tokens = max_tokens_->value();
    o.temperature = greedy_->isChecked() ? 0.0 : temperature_->value();
    o.top_k = top_k_->value();
    o.top_p = top_p_->value();
    o.seed = static_cast<std::uint64_t>(seed_->value());
    o.candidates = 10;
    return o;
}

void GeneratePanel::clearResults() {
    tokens_.clear();
    message_.clear();
    counting_text_.clear();
    status_->clear();
    output_->clear();
    qobject_cast<QCPBars*>(chart_->plottable(0))->data()->clear();
    if (auto* title = qobject_cast<QCPTextElement*>(chart_->plotLayout()->element(0, 0)))
        title->setText(hoverHint());
    chart_->replot();
}

void GeneratePanel::generate() {
    clearResults();
    QTextCharFormat prompt_format;
    prompt_format.setForeground(QColor(90, 90, 90));
    prompt_format.setFontWeight(QFont::Bold);
    output_->textCursor().insertText(prompt_->text(), prompt_format);
    setBusy(true);
    controller_->generate(prompt_->text(), options());
}

void GeneratePanel::setBusy(bool busy) {
    busy_ = busy;
    go_->setEnabled(!busy && has_model_);
    stop_->setEnabled(busy);
}

void GeneratePanel::onToken(const GeneratedToken& token) {
    const int index = static_cast<int>(tokens_.size());
    tokens_.push_back(token);
    QTextCursor cursor(output_->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QString::fromStdString(separator_), QTextCharFormat());
    // Each token links to its own candidates; less likely choices are tinted warmer.
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(QStringLiteral("%1%2").arg(QLatin1String(kTokenLink)).arg(index));
    QColor tint(255, 160, 60);
    tint.setAlphaF(std::clamp(1.0 - token.chosen.probability, 0.0, 1.0) * 0.6);
    f.setBackground(tint);
    cursor.insertText(runningText(token.chosen.token, word_marker_), f);
    output_->ensureCursorVisible();
    showCandidates(index);
}

void GeneratePanel::onFinished(const Generation& generation) {
    setBusy(false);
    status_->setStyleSheet(QString());
    QStringList parts;
    parts << tr("Tokens generated: %1.").arg(generation.tokens.size());
    if (counting_) {
        const CountingCheck c = countingCheck(generation, vocab_);
        counting_text_ = tr("Counting check: %1 of %2 numbers are one more than the one before "
                            "(%3).")
                             .arg(c.successors)
                             .arg(c.checked)
                             .arg(fixedNumber(c.score(), 2));
        parts << counting_text_;
    }
    status_->setText(parts.join(' '));
}

void GeneratePanel::onFailed(const QString& message) {
    setBusy(false);
    message_ = message;
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->setText(message);
}

QString GeneratePanel::text() const {
    return output_->toPlainText();
}

QString GeneratePanel::countingText() const {
    return counting_text_;
}

QString GeneratePanel::message() const {
    return message_;
}

void GeneratePanel::showCandidates(int index) {
    if (index < 0 || index >= tokens())
        return;
    const GeneratedToken& t = tokens_[static_cast<size_t>(index)];
    auto* bars = qobject_cast<QCPBars*>(chart_->plottable(0));
    QVector<double> x, y;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (size_t i = 0; i < t.top.size(); ++i) {
        x << static_cast<double>(i);
        y << t.top[i].probability;
        ticker->addTick(static_cast<double>(i), displayToken(t.top[i].token));
    }
    bars->setData(x, y, true);
    chart_->xAxis->setTicker(ticker);
    chart_->xAxis->setTickLabelRotation(60);
    chart_->xAxis->setRange(-0.6, std::max<double>(1, static_cast<double>(t.top.size())) - 0.4);
    if (auto* title = qobject_cast<QCPTextElement*>(chart_->plotLayout()->element(0, 0)))
        title->setText(tr("Token %1: «%2», p = %3")
                           .arg(index + 1)
                           .arg(displayToken(t.chosen.token))
                           .arg(fixedNumber(t.chosen.probability, 3)));
    chart_->replot();
}

bool GeneratePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == output_->viewport() && event->type() == QEvent::MouseMove) {
        const auto* e = static_cast<QMouseEvent*>(event);
        const QString href = output_->anchorAt(e->position().toPoint());
        if (href.startsWith(QLatin1String(kTokenLink)))
            showCandidates(href.mid(static_cast<int>(qstrlen(kTokenLink))).toInt());
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace unroll
