// One paragraph on what a configuration trains on: the corpus, the data layout and the batches,
// computed the way the trainer will lay them out.
#pragma once

#include <QString>

#include "unroll/config.h"

namespace unroll {

class CorpusPreview;

// The exact layout once the corpus is read: the built-in one at once, a file through `preview`
// (off the window's thread; until it is read, that it is being read, and after, what is wrong
// with it if anything). Subword corpora are counted when the run starts (a model is trained to
// read them).
struct LayoutSummaryText {
    QString text;
    bool problem = false;  // the corpus cannot be read, or the layout does not fit it
};
LayoutSummaryText layoutSummary(const Config& config, CorpusPreview& preview);

}  // namespace unroll
