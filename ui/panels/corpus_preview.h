// Reads the corpus a form names as soon as it is chosen, off the window's thread, so that its
// summary (tokens, vocabulary, batches per epoch) or what is wrong with the file shows before
// Start. One reading at a time; a newer choice cancels the one in progress; the last corpus read
// is kept until the file, the tokenizer or the line breaks change.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

#include "unroll/config.h"
#include "unroll/corpus.h"

class QThread;

namespace unroll {

class CorpusPreview : public QObject {
    Q_OBJECT

public:
    struct Result {
        std::shared_ptr<const Corpus> corpus;  // null when it could not be read
        QString error;                         // why, in the window's language
    };

    explicit CorpusPreview(QObject* parent = nullptr);
    ~CorpusPreview() override;  // cancels a reading in progress and waits for it

    // The corpus `config` names once it has been read; until then null, and it is being read
    // (ready() follows). Subword corpora train a model to be read: null, and nothing starts.
    const Result* lookup(const Config& config);
    bool reading() const { return thread_ != nullptr; }

Q_SIGNALS:
    void ready();

private:
    // What decides the tokens: the settings that the reading uses, and the file's version.
    struct Key {
        std::string source;
        std::string tokenizer;
        int line_break = 0;
        std::int64_t max_mb = 0;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Key& other) const;
    };
    static Key keyOf(const Config& config);
    void start(const Key& key, const Config& config);
    void finished(const Key& key, Result result);

    std::optional<Key> done_key_;
    Result done_;
    QThread* thread_ = nullptr;
    std::optional<Key> reading_key_;
    std::optional<std::pair<Key, Config>> next_;  // asked for while another was being read
    std::shared_ptr<std::atomic<bool>> cancel_;
};

}  // namespace unroll
