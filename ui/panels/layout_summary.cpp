#include "panels/layout_summary.h"

#include <QCoreApplication>
#include <QLocale>

#include "panels/corpus_preview.h"
#include "text/engine_text.h"
#include "unroll/corpus.h"
#include "unroll/dataset.h"

namespace unroll {

namespace {

class LayoutSummary {
    Q_DECLARE_TR_FUNCTIONS(LayoutSummary)
};

QString number(long long n) {
    return QLocale().toString(n);
}

const Corpus& builtinWords() {
    static const Corpus corpus = humanNumbersCorpus();
    return corpus;
}

// How a file's line breaks were read, said because the default depends on the tokens.
QString lineBreakText(const Config& config) {
    switch (lineBreakOf(config)) {
        case LineBreak::Dot:
            return LayoutSummary::tr("Line breaks read as ' . '.");
        case LineBreak::Newline:
            return config.get(settings::tokenizer) == "char"
                       ? LayoutSummary::tr("Line breaks kept as characters.")
                       : LayoutSummary::tr("Line breaks read as the token ⏎.");
        case LineBreak::Space:
            return LayoutSummary::tr("Line breaks read as spaces.");
    }
    return QString();
}

QString summaryOf(const Corpus& corpus, const Config& config) {
    const Dataset data = Dataset::forConfig(corpus, config);
    const QString layout =
        data.layout() == Layout::FixedWindow
            ? LayoutSummary::tr("%1 tokens predict the next").arg(data.seqLen())
            : LayoutSummary::tr("%1 tokens predict %1 targets").arg(data.seqLen());
    QString text =
        LayoutSummary::tr(
            "%1: %2 tokens, a vocabulary of %3. %4; %5 train / %6 valid samples%7; %8 batches "
            "of %9 per epoch.")
            .arg(QString::fromStdString(corpus.name),
                 number(static_cast<long long>(corpus.tokens.size())), number(corpus.vocab.size()),
                 layout, number(data.train().count), number(data.valid().count),
                 data.grouped() ? LayoutSummary::tr(", laid out by group_chunks") : QString(),
                 number(data.trainOrder().batches()), number(config.get(settings::batch_size)));
    if (corpus.source != kHumanNumbersSource)
        text += ' ' + lineBreakText(config);
    return text;
}

}  // namespace

LayoutSummaryText layoutSummary(const Config& config, CorpusPreview& preview) {
    const std::string source = config.get(settings::corpus);
    const QString name = QString::fromStdString(source);
    try {
        if (config.get(settings::tokenizer) == "subword")
            return {source == kHumanNumbersSource
                        ? LayoutSummary::tr("Human Numbers as %1 tokens, counted when the run "
                                            "starts.")
                              .arg(QStringLiteral("subword"))
                        : LayoutSummary::tr("Corpus: %1, read when the run starts.").arg(name)};
        if (source == kHumanNumbersSource && config.get(settings::tokenizer) == "word")
            return {summaryOf(builtinWords(), config)};  // at hand: no need to wait
        const CorpusPreview::Result* read = preview.lookup(config);
        if (!read)
            return {LayoutSummary::tr("Reading %1…").arg(name)};
        if (!read->corpus)
            return {read->error, true};
        return {summaryOf(*read->corpus, config)};
    } catch (const std::exception& e) {
        return {engineText(e), true};
    }
}

}  // namespace unroll
