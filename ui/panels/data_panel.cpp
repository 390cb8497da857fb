#include "panels/data_panel.h"

#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

#include "controller/training_controller.h"
#include "panels/stream_layout_view.h"
#include "text/fitted_text.h"
#include "text/numbers.h"
#include "text/token_text.h"
#include "unroll/topology.h"

namespace unroll {

namespace {

constexpr int kUnitsShown = 3;
constexpr int kRefreshMs = 1500;  // live updates of the batch while training

}  // namespace

HiddenStrip::HiddenStrip(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(90);
}

void HiddenStrip::setData(std::vector<QString> tokens, std::vector<std::vector<float>> units,
                          std::vector<int> unit_ids, int layer) {
    tokens_ = std::move(tokens);
    units_ = std::move(units);
    unit_ids_ = std::move(unit_ids);
    layer_ = layer;
    update();
}

void HiddenStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (tokens_.empty() || units_.empty())
        return;
    QFont f = font();
    f.setPointSizeF(8);
    p.setFont(f);
    // The row names' column as wide as the widest name ("Schicht 1, Einh. 12" in German).
    QStringList names;
    for (size_t u = 0; u < units_.size(); ++u)
        names << tr("layer %1, unit %2").arg(layer_).arg(unit_ids_[u]);
    double left = 0;
    for (const QString& name : names)
        left = std::max(left, QFontMetricsF(f).horizontalAdvance(name) + 12);
    const double w = (width() - left - 8) / static_cast<double>(tokens_.size());
    const double h = (height() - 20) / static_cast<double>(units_.size() + 1);
    for (size_t t = 0; t < tokens_.size(); ++t)
        drawFittedText(p, QRectF(left + t * w + 1, 0, w - 2, h), Qt::AlignCenter, {tokens_[t]});
    for (size_t u = 0; u < units_.size(); ++u) {
        const double y = h * (u + 1);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, left - 6, h), Qt::AlignRight | Qt::AlignVCenter, names[u]);
        for (size_t t = 0; t < tokens_.size() && t < units_[u].size(); ++t) {
            // tanh-like values in [-1, 1]: blue below zero, red above, white at zero.
            const double v = std::clamp(static_cast<double>(units_[u][t]), -1.0, 1.0);
            const QColor c = v >= 0 ? QColor::fromRgbF(1.0, 1.0 - v * 0.85, 1.0 - v * 0.85)
                                    : QColor::fromRgbF(1.0 + v * 0.85, 1.0 + v * 0.85, 1.0);
            const QRectF cell(left + t * w + 1, y + 1, w - 2, h - 2);
            p.fillRect(cell, c);
            p.setPen(QColor(60, 60, 60));
            drawFittedText(p, cell, Qt::AlignCenter, {fixedNumber(units_[u][t], 2)});
        }
    }
    p.setPen(QColor(100, 100, 100));
    p.drawText(QRectF(left, height() - 18, width() - left, 16), Qt::AlignLeft,
               tr("Hidden units over the first row's text: blue negative, red positive."));
}

DataPanel::DataPanel(TrainingController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    catch_up_.setSingleShot(true);
    connect(&catch_up_, &QTimer::timeout, this, [this] {
        if (has_session_ && stale_ && isVisible())
            showBatch(index_);
    });
    auto* layout = new QVBoxLayout(this);
    auto* tools = new QHBoxLayout;
    previous_ = new QPushButton(QStringLiteral("◀"), this);
    previous_->setToolTip(tr("The previous validation batch"));
    next_ = new QPushButton(QStringLiteral("▶"), this);
    next_->setToolTip(tr("The next validation batch"));
    previous_->setMaximumWidth(40);
    next_->setMaximumWidth(40);
    connect(previous_, &QPushButton::clicked, this, [this] { showBatch(index_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showBatch(index_ + 1); });
    batch_label_ = new QLabel(tr("Start a run or open a checkpoint to read its data."), this);
    batch_label_->setWordWrap(true);  // a long line must not widen the window (German, French)
    tools->addWidget(previous_);
    tools->addWidget(next_);
    tools->addWidget(batch_label_, 1);
    layer_ = new QSpinBox(this);
    layer_->setPrefix(tr("layer "));
    layer_->setRange(1, 1);
    unit_ = new QSpinBox(this);
    unit_->setPrefix(tr("units from "));
    unit_->setRange(0, 0);
    unit_->setToolTip(tr("The first of the three hidden units drawn under the text"));
    for (QSpinBox* s : {layer_, unit_}) {
        connect(s, &QSpinBox::valueChanged, this, [this] { showBatch(index_); });
        tools->addWidget(s);
    }
    // A mode, not a one-off: while on, the batch shown carries the state of the batches before
    // it in a shuffled order, and the comparison is made again after every epoch and run.
    order_button_ = new QPushButton(tr("Shuffle the batches"), this);
    order_button_->setObjectName(QStringLiteral("compareOrder"));
    order_button_->setCheckable(true);
    order_button_->setToolTip(
        tr("Validate with the batches in a random order and compare: a "
           "stateful model then carries its state into the wrong text"));
    connect(order_button_, &QPushButton::toggled, this, [this](bool on) {
        order_text_.clear();
        order_label_->clear();
        if (on)
            compareOrder();
        showBatch(index_);
    });
    tools->addWidget(order_button_);
    layout->addLayout(tools);
    corpus_label_ = new QLabel(this);
    corpus_label_->setObjectName(QStringLiteral("corpusSummary"));
    corpus_label_->setWordWrap(true);
    layout->addWidget(corpus_label_);
    order_label_ = new QLabel(this);
    order_label_->setObjectName(QStringLiteral("orderResult"));
    order_label_->setWordWrap(true);
    layout->addWidget(order_label_);
    layout_ = new StreamLayoutView(this);
    layout->addWidget(layout_);
    table_ = new QTextBrowser(this);
    table_->setObjectName(QStringLiteral("batchText"));
    table_->setOpenLinks(false);
    table_->viewport()->installEventFilter(this);
    layout->addWidget(table_, 1);
    strip_ = new HiddenStrip(this);
    layout->addWidget(strip_);

    connect(controller_, &TrainingController::batchInspected, this, &DataPanel::onInspected);
    connect(controller_, &TrainingController::orderCompared, this,
            [this](const EpochMetrics& in_order, const EpochMetrics& shuffled) {
                if (!this->shuffled())
                    return;  // turned off while the worker validated
                order_text_ =
                    tr("Validation accuracy with the batches in order: %1; shuffled: %2 (%3). %4")
                        .arg(fixedNumber(in_order.valid_accuracy, 4))
                        .arg(fixedNumber(shuffled.valid_accuracy, 4))
                        .arg(fixedNumber(shuffled.valid_accuracy - in_order.valid_accuracy, 4))
                        .arg(grouped_ ? tr("A stateful model's carried state only helps when "
                                           "the next batch continues the same text.")
                                      : tr("This model starts every batch afresh, so the order "
                                           "does not matter to it."));
                order_label_->setText(order_text_);
            });
    since_request_.start();
}

void DataPanel::setSession(const SessionInfo& info) {
    has_session_ = info.valid_batches > 0;
    grouped_ = info.grouped;
    vocab_ = info.vocab;
    separator_ = info.separator;
    word_marker_ = info.word_marker;
    batches_ = info.valid_batches;
    view_.reset();
    order_text_.clear();
    order_label_->clear();
    table_->clear();
    strip_->setData({}, {}, {}, 0);
    const CorpusSummary& c = info.corpus;
    QStringList frequent;
    for (const auto& [tok, count] : c.most_frequent)
        frequent << displayToken(tok);
    corpus_label_->setText(
        has_session_
            ? tr("Corpus %1: %2 tokens (%3), a vocabulary of %4; the 10 most frequent (%5) cover "
                 "%6 % of the text; %7 training and %8 validation batches per epoch.")
                  .arg(QString::fromStdString(c.name), QLocale().toString(c.tokens),
                       QString::fromStdString(c.tokenizer), QLocale().toString(c.vocab),
                       frequent.join(QStringLiteral(" ")))
                  .arg(fixedNumber(100 * c.coverage_top10, 1))
                  .arg(c.train_batches)
                  .arg(c.valid_batches)
            : QString());
    layer_->setRange(1, topologyOf(info.config).layers);
    unit_->setRange(0,
                    std::max(0, static_cast<int>(info.config.get(settings::hidden)) - kUnitsShown));
    layout_->setLayout(info.valid_samples, info.batch_size, info.grouped,
                       static_cast<int>(info.config.get(settings::seq_len)));
    order_button_->setEnabled(has_session_);
    if (has_session_) {
        if (shuffled())
            compareOrder();
        showBatch(0);
    }
}

bool DataPanel::shuffled() const {
    return order_button_->isChecked();
}

void DataPanel::compareOrder() {
    if (!has_session_)
        return;
    order_label_->setText(tr("Validating twice…"));
    controller_->compareOrder(kShuffleSeed);
}

void DataPanel::consume(const SnapshotBuffer::Drained& batch) {
    // Live: while training and visible, the batch is read again now and then with the new weights;
    // hidden, it is read again when the tab is opened (showEvent).
    if (!has_session_)
        return;
    // An epoch's end (which may come in a drain of its own, after its last step): how much
    // does the order cost the new weights?
    if (shuffled() && !batch.epochs.empty())
        compareOrder();
    if (batch.steps.empty())
        return;
    stale_ = true;
    if (!isVisible())
        return;
    const qint64 since = since_request_.elapsed();
    if (since > kRefreshMs)
        showBatch(index_);
    else if (!catch_up_.isActive())  // the run may pause or end before the next refresh is due
        catch_up_.start(static_cast<int>(kRefreshMs - since));
}

void DataPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (has_session_ && stale_)
        showBatch(index_);
}

BatchViewOptions DataPanel::options() const {
    BatchViewOptions o;
    o.top_k = 5;
    o.layer = layer_->value();
    o.hidden = true;
    o.shuffled = shuffled();
    o.seed = kShuffleSeed;
    return o;
}

void DataPanel::showBatch(std::int64_t index) {
    if (!has_session_)
        return;
    index_ = std::clamp<std::int64_t>(index, 0, std::max<std::int64_t>(0, batches_ - 1));
    previous_->setEnabled(index_ > 0);
    next_->setEnabled(index_ + 1 < batches_);
    layout_->setCurrentBatch(index_);
    since_request_.restart();
    stale_ = false;
    controller_->inspectBatch(index_, options());
}

QString DataPanel::token(std::int32_t id) const {
    return id >= 0 && id < static_cast<std::int32_t>(vocab_.size())
               ? displayToken(vocab_[static_cast<size_t>(id)])
               : QStringLiteral("#%1").arg(id);
}

QString DataPanel::textOf(std::int32_t id) const {
    if (word_marker_.empty() || id < 0 || id >= static_cast<std::int32_t>(vocab_.size()))
        return token(id).toHtmlEscaped();
    return runningText(vocab_[static_cast<size_t>(id)], word_marker_).toHtmlEscaped();
}

QString DataPanel::before(std::int32_t id) const {
    if (word_marker_.empty())
        return QString::fromStdString(separator_).toHtmlEscaped();
    const bool starts_word = id >= 0 && id < static_cast<std::int32_t>(vocab_.size()) &&
                             vocab_[static_cast<size_t>(id)].rfind(word_marker_, 0) == 0;
    return starts_word ? QString() : QStringLiteral("<span style='color:#b0b0b0'>·</span>");
}

void DataPanel::onInspected(const BatchView& view) {
    if (view.index != index_ || view.shuffled != shuffled())
        return;  // an answer to an older request
    view_ = view;
    render();
}

void DataPanel::render() {
    if (!view_)
        return;
    const BatchView& v = *view_;
    batch_label_->setText(
        (v.shuffled ? tr("Validation batch %1 of %2, after those before it in a shuffled order: "
                         "loss %3, accuracy %4 (%5 rows; the first %6 shown)")
                    : tr("Validation batch %1 of %2: loss %3, accuracy %4 (%5 rows; the first %6 "
                         "shown)"))
            .arg(v.index + 1)
            .arg(v.batches)
            .arg(fixedNumber(v.loss, 4))
            .arg(fixedNumber(v.accuracy, 4))
            .arg(v.rows)
            .arg(std::min(v.rows, kRowsShown)));
    table_->setHtml(batchHtml());
    if (v.layer > 0 && v.units > 0) {
        std::vector<QString> tokens;
        for (int t = 0; t < v.seq_len; ++t)
            tokens.push_back(token(v.inputs[static_cast<size_t>(t)]));
        std::vector<std::vector<float>> units;
        std::vector<int> ids;
        for (int u = unit_->value(); u < std::min(v.units, unit_->value() + kUnitsShown); ++u) {
            std::vector<float> values;
            for (int t = 0; t < v.seq_len; ++t)
                values.push_back(v.hiddenAt(0, t, u));
            units.push_back(std::move(values));
            ids.push_back(u);
        }
        strip_->setData(std::move(tokens), std::move(units), std::move(ids), v.layer);
    }
}

QString DataPanel::batchHtml() const {
    if (!view_)
        return QString();
    const BatchView& v = *view_;
    QString html =
        QStringLiteral(
            "<table cellspacing='0' cellpadding='3' style='border-collapse: collapse;'>"
            "<tr><th>#</th><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
            "</tr>")
            .arg(tr("input"), tr("target"), tr("the model's prediction"));
    for (int r = 0; r < std::min(v.rows, kRowsShown); ++r) {
        QString input, target, predicted;
        for (int t = 0; t < v.seq_len; ++t) {
            const std::int32_t id = v.inputs[static_cast<size_t>(r * v.seq_len + t)];
            input += (t ? before(id) : QString()) + textOf(id);
        }
        for (int t = 0; t < v.target_len; ++t) {
            const PredictedToken& p = v.prediction(r, t);
            target += (t ? before(p.target) : QString()) + textOf(p.target);
            // Right in green, wrong in red; the stronger the colour, the surer the model.
            const bool right = p.predicted == p.target;
            const int alpha = static_cast<int>(40 + 200 * std::clamp(p.p_predicted, 0.0, 1.0));
            const QString bg = right ? QStringLiteral("rgba(40,170,60,%1)").arg(alpha)
                                     : QStringLiteral("rgba(220,40,40,%1)").arg(alpha);
            predicted += (t ? before(p.predicted) : QString()) +
                         QStringLiteral(
                             "<a href='p:%1:%2' style='text-decoration:none; "
                             "color:black; background-color:%3'>%4</a>")
                             .arg(r)
                             .arg(t)
                             .arg(bg, textOf(p.predicted));
        }
        html += QStringLiteral(
                    "<tr><td style='color:gray'>%1</td><td>%2</td><td>%3</td>"
                    "<td>%4</td></tr>")
                    .arg(r)
                    .arg(input, target, predicted);
    }
    return html + QStringLiteral("</table>");
}

QString DataPanel::candidatesText(int row, int t) const {
    if (!view_ || row < 0 || row >= view_->rows || t < 0 || t >= view_->target_len)
        return QString();
    const PredictedToken& p = view_->prediction(row, t);
    QStringList lines;
    lines << tr("target «%1»: p = %2").arg(token(p.target)).arg(fixedNumber(p.p_target, 3));
    for (const TokenChoice& c : p.top)
        lines << QStringLiteral("%1  %2")
                     .arg(fixedNumber(c.probability, 3))
                     .arg(displayToken(c.token));
    return lines.join('\n');
}

QString DataPanel::corpusText() const {
    return corpus_label_->text();
}

QString DataPanel::batchText() const {
    return batch_label_->text();
}

QString DataPanel::orderText() const {
    return order_text_;
}

bool DataPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString href = table_->anchorAt(help->pos());
        const QStringList parts = href.split(':');
        if (parts.size() == 3 && parts[0] == QLatin1String("p"))
            QToolTip::showText(help->globalPos(),
                               candidatesText(parts[1].toInt(), parts[2].toInt()), table_);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace unroll
