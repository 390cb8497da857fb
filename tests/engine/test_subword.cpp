// Subword tokens: SentencePiece models trained on a small corpus (BPE and unigram) read text back
// exactly, Unicode included; prompts encode with the model (no unknown words: <unk> instead);
// a checkpoint keeps the model; and the helper process's failures come back as clear messages.
#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <fstream>

#include "data/subword_tokenizer.h"
#include "unroll/checkpoint.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/trainer.h"

using namespace unroll;

namespace {

// A few sentences, repeated so that the pieces are worth learning; the last line is not ASCII.
std::vector<std::string> prose() {
    std::vector<std::string> lines;
    for (int i = 0; i < 40; ++i) {
        lines.push_back("the cat sat on the mat and the dog sat on the log");
        lines.push_back("a quick brown fox jumps over the lazy dog");
        lines.push_back("");  // blank lines are skipped
        lines.push_back("naïve café owners serve crème brûlée — 日本語 too");
    }
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines)
        if (!line.empty())
            text += (text.empty() ? "" : " ") + line;
    return text;
}

QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CorpusError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Sets an environment variable for one scope.
struct ScopedEnv {
    ScopedEnv(const char* name, const char* value) : name_(name) { ::setenv(name, value, 1); }
    ~ScopedEnv() { ::unsetenv(name_); }
    const char* name_;
};

}  // namespace

class TestSubword : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data() {
        QTest::addColumn<QString>("type");
        QTest::newRow("bpe") << "bpe";
        QTest::newRow("unigram") << "unigram";
    }
    // Pieces decode to the text they came from: the word marker is the space between words.
    void roundTrips() {
        QFETCH(QString, type);
        const auto lines = prose();
        const std::string model = trainSubwordModel(lines, 60, type.toStdString());
        QVERIFY(!model.empty());
        const Corpus corpus = tokenizeSubwords(lines, model);
        QCOMPARE(corpus.subword_model, model);
        QCOMPARE(corpus.vocab.separator(), std::string());
        QCOMPARE(corpus.vocab.wordMarker(), std::string("▁"));
        QVERIFY2(corpus.vocab.size() <= 60, qPrintable(QString::number(corpus.vocab.size())));
        QCOMPARE(corpus.vocab.token(0), std::string("<unk>"));
        // Fewer tokens than bytes, more than words: pieces inside words.
        const std::string text = joined(lines);
        QVERIFY(corpus.tokens.size() < text.size());
        QVERIFY(corpus.tokens.size() > 40 * 31);
        QCOMPARE(corpus.vocab.decode(corpus.tokens), text);
        // BPE makes whole frequent words single pieces.
        if (type == "bpe")
            QVERIFY(corpus.vocab.find("▁the").has_value());
        // Unicode: the accented and CJK characters are pieces or parts of pieces, not <unk>.
        for (const std::int32_t id : corpus.tokens)
            QVERIFY(id != 0);
    }

    void bpeMergesWholeWordsFirst() {
        const std::string model = trainSubwordModel(prose(), 200, "bpe");
        const Corpus corpus = tokenizeSubwords({"the cat sat on the mat"}, model);
        std::vector<std::string> pieces;
        for (const std::int32_t id : corpus.tokens)
            pieces.push_back(corpus.vocab.token(id));
        QCOMPARE(pieces, (std::vector<std::string>{"▁the", "▁cat", "▁sat", "▁on", "▁the", "▁mat"}));
    }

    // A prompt is any text: what the model cannot spell is <unk>, not an error.
    void promptsEncodeWithTheModel() {
        const std::string model = trainSubwordModel(prose(), 60, "bpe");
        const Corpus corpus = tokenizeSubwords(prose(), model);
        const auto ids = encodeSubwords("the lazy cat ✈", model);
        QVERIFY(!ids.empty());
        QCOMPARE(corpus.vocab.decode(ids).substr(0, 13), std::string("the lazy cat "));
        QCOMPARE(ids.back(), 0);  // ✈ never occurs in the corpus
    }

    void blankTextIsRefused() {
        const QString error = errorOf([] { trainSubwordModel({"", "  ", "\t"}, 50, "bpe"); });
        QVERIFY2(error.contains("has no text to train a subword model on"), qPrintable(error));
    }

    void damagedModelIsRefused() {
        const QString error = errorOf([] { tokenizeSubwords({"some text"}, "not a model"); });
        QVERIFY2(error.contains("the subword model cannot be read"), qPrintable(error));
    }

    void missingHelperIsExplained() {
        ScopedEnv env("UNROLL_SUBWORD", "/nonexistent/unroll-subword");
        const QString error = errorOf([] { trainSubwordModel(prose(), 60, "bpe"); });
        QVERIFY2(error.contains("/nonexistent/unroll-subword"), qPrintable(error));
        QVERIFY2(error.contains("UNROLL_SUBWORD"), qPrintable(error));
    }

    // Stop while the helper trains: it is killed and the load says it was cancelled.
    void trainingCanBeCancelled() {
        std::atomic<bool> cancel{true};
        LoadProgress progress;
        progress.cancel = &cancel;
        const QString error = errorOf([&] { trainSubwordModel(prose(), 60, "bpe", progress); });
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
    }

    // The built-in corpus as subwords ends each number with " ." like the word corpus: with
    // enough pieces, the pieces are the chapter's words with their markers.
    void humanNumbersAsSubwords() {
        Config config = findPreset("lm4").config();
        config.set("tokenizer", std::string("subword"));
        config.set("subword_vocab", std::int64_t(100));
        const Corpus corpus = loadCorpus(config);
        const Corpus words = humanNumbersCorpus();
        QCOMPARE(corpus.tokens.size(), words.tokens.size());
        QCOMPARE(corpus.vocab.decode(corpus.tokens), words.vocab.decode(words.tokens));
    }

    // The checkpoint keeps the model: loading does not train another, and reads the corpus back
    // into the same ids; generation decodes pieces as text.
    void checkpointKeepsTheModel() {
        QTemporaryDir dir;
        const std::string text_path = dir.filePath("prose.txt").toStdString();
        {
            std::ofstream out(text_path);
            for (const std::string& line : prose())
                out << line << '\n';
        }
        Config config = findPreset("lm6").config();
        config.set("corpus", text_path);
        config.set("tokenizer", std::string("subword"));
        config.set("subword_vocab", std::int64_t(80));
        config.set("batch_size", std::int64_t(4));
        config.set("seq_len", std::int64_t(8));
        config.set("hidden", std::int64_t(16));
        const Corpus corpus = loadCorpus(config);
        Trainer trainer(config, corpus);
        trainer.trainStep();
        const std::string checkpoint = dir.filePath("run.unroll").toStdString();
        trainer.save(checkpoint);
        QCOMPARE(inspectCheckpoint(checkpoint).subword_model, corpus.subword_model);

        // A helper that refuses to train: loading must encode with the kept model only.
        const std::string wrapper = dir.filePath("encode-only").toStdString();
        {
            std::ofstream out(wrapper);
            out << "#!/bin/sh\n[ \"$1\" = train ] && { echo 'unroll-subword: asked to train'; "
                   "exit 1; }\nexec '"
                << UNROLL_SUBWORD_BUILT_AT << "' \"$@\"\n";
        }
        QFile::setPermissions(QString::fromStdString(wrapper),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        ScopedEnv env("UNROLL_SUBWORD", wrapper.c_str());
        QVERIFY(errorOf([&] { loadCorpus(config); }).contains("asked to train"));
        const auto loaded = Trainer::load(checkpoint);
        QCOMPARE(loaded->corpus().subword_model, corpus.subword_model);
        QCOMPARE(loaded->corpus().tokens, corpus.tokens);
        const Generation g = loaded->generate("the cat", [] {
            SamplingOptions o;
            o.max_tokens = 5;
            return o;
        }());
        QCOMPARE(g.word_marker, std::string("▁"));
        QVERIFY(g.text().find("▁") == std::string::npos);
        QCOMPARE(g.tokens.size(), size_t(5));
        // A prompt of nothing but spaces, or of broken UTF-8, is refused with a reason.
        try {
            loaded->generate("   ");
            QFAIL("an empty prompt was accepted");
        } catch (const PromptError& e) {
            QVERIFY2(QString(e.what()).contains("the prompt is empty: give at least one word"),
                     e.what());
        }
        try {
            loaded->generate("caf\xe9");
            QFAIL("invalid UTF-8 was accepted");
        } catch (const PromptError& e) {
            QVERIFY2(QString(e.what()).contains("not valid UTF-8"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestSubword)
#include "test_subword.moc"
