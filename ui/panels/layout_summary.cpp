#include "panels/layout_summary.h"

#include <QCoreApplication>
#include <QLocale>

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

const Corpus& builtinCorpus() {
    static const Corpus corpus = humanNumbersCorpus();
    return corpus;
}

}  // namespace

QString layoutSummary(const Config& config) {
    const std::string source = config.get(settings::corpus);
    if (source != "builtin:human-numbers")
        return LayoutSummary::tr("Corpus: %1, read when the run starts.")
            .arg(QString::fromStdString(source));
    // Characters and subwords are counted when the run loads them (subwords train a model).
    if (config.get(settings::tokenizer) != "word")
        return LayoutSummary::tr("Human Numbers as %1 tokens, counted when the run starts.")
            .arg(QString::fromStdString(config.get(settings::tokenizer)));
    try {
        const Corpus& corpus = builtinCorpus();
        const Dataset data = Dataset::forConfig(corpus, config);
        const QString layout =
            data.layout() == Layout::FixedWindow
                ? LayoutSummary::tr("%1 tokens predict the next").arg(data.seqLen())
                : LayoutSummary::tr("%1 tokens predict %1 targets").arg(data.seqLen());
        return LayoutSummary::tr(
                   "Human Numbers: %1 tokens, %2 words. %3; %4 train / %5 valid samples%6; %7 "
                   "batches of %8 per epoch.")
            .arg(number(static_cast<long long>(corpus.tokens.size())), number(corpus.vocab.size()),
                 layout, number(data.train().count), number(data.valid().count),
                 data.grouped() ? LayoutSummary::tr(", laid out by group_chunks") : QString(),
                 number(data.trainOrder().batches()), number(config.get(settings::batch_size)));
    } catch (const std::exception& e) {
        return engineText(e);
    }
}

}  // namespace unroll
