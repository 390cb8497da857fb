#include "panels/corpus_preview.h"

#include <QFileInfo>
#include <QThread>

#include "text/engine_text.h"

namespace unroll {

bool CorpusPreview::Key::operator==(const Key& other) const {
    return source == other.source && tokenizer == other.tokenizer &&
           line_break == other.line_break && max_mb == other.max_mb && size == other.size &&
           modified == other.modified;
}

CorpusPreview::CorpusPreview(QObject* parent) : QObject(parent) {}

CorpusPreview::~CorpusPreview() {
    next_.reset();
    if (thread_) {
        cancel_->store(true);
        thread_->wait();  // the reading checks the flag as it goes
        delete thread_;
    }
}

CorpusPreview::Key CorpusPreview::keyOf(const Config& config) {
    Key key;
    key.source = config.get(settings::corpus);
    key.tokenizer = config.get(settings::tokenizer);
    key.line_break = static_cast<int>(lineBreakOf(config));
    key.max_mb = config.get(settings::max_corpus_mb);
    if (key.source != kHumanNumbersSource) {
        // A file edited since it was read is read again.
        const QFileInfo file(QString::fromStdString(key.source));
        key.size = file.exists() ? file.size() : -1;
        key.modified = file.exists() ? file.lastModified() : QDateTime();
    }
    return key;
}

const CorpusPreview::Result* CorpusPreview::lookup(const Config& config) {
    if (config.get(settings::tokenizer) == "subword")
        return nullptr;
    const Key key = keyOf(config);
    if (done_key_ && *done_key_ == key)
        return &done_;
    if (reading_key_ && *reading_key_ == key) {
        next_.reset();  // back to what is being read: nothing else is wanted
        return nullptr;
    }
    if (thread_) {
        cancel_->store(true);
        next_.emplace(key, config);
    } else {
        start(key, config);
    }
    return nullptr;
}

void CorpusPreview::start(const Key& key, const Config& config) {
    reading_key_ = key;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    thread_ = QThread::create([this, key, config, cancel = cancel_] {
        Result result;
        try {
            LoadProgress progress;
            progress.cancel = cancel.get();
            result.corpus = std::make_shared<const Corpus>(loadCorpus(config, progress));
        } catch (const std::exception& e) {
            result.error = engineText(e);
        }
        if (cancel->load())
            return;  // superseded or closing: nobody waits for it
        // Queued: runs on the window's thread, and not at all if this object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, key, result] { finished(key, result); }, Qt::QueuedConnection);
    });
    connect(thread_, &QThread::finished, this, [this] {
        thread_->deleteLater();
        thread_ = nullptr;
        reading_key_.reset();
        if (next_) {
            const auto [key, config] = std::move(*next_);
            next_.reset();
            start(key, config);
        }
    });
    thread_->start(QThread::LowPriority);
}

void CorpusPreview::finished(const Key& key, Result result) {
    done_key_ = key;
    done_ = std::move(result);
    Q_EMIT ready();
}

}  // namespace unroll
