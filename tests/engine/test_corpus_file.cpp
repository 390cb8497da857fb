// Corpus files: every way a file can be unusable gets its own clear message; good files tokenize
// as the chapter does (the book's own train.txt + valid.txt give the built-in corpus exactly).
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <fstream>

#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/dataset.h"

using namespace unroll;

namespace {

std::string write(const QTemporaryDir& dir, const char* name, const std::string& bytes) {
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

QString errorOf(const std::string& path, LineBreak lb = LineBreak::Dot) {
    try {
        loadWordCorpus(path, lb);
    } catch (const CorpusError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestCorpusFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badFilesAreExplained_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "is empty (0 bytes)";
        QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << "holds only whitespace";
        QTest::newRow("binary") << QByteArray("one two\nthree\0four", 18)
                                << "looks binary: NUL byte at offset 13 (line 2)";
        QTest::newRow("latin-1") << QByteArray("caf\xe9 au lait\n")
                                 << "is not valid UTF-8: byte 0xE9 at offset 3 (line 1, column 4)";
        QTest::newRow("bad byte on line 3")
            << QByteArray("ok\nfine\nab\xff") << "byte 0xFF at offset 10 (line 3, column 3)";
        QTest::newRow("truncated sequence") << QByteArray("na\xc3") << "byte 0xC3 at offset 2";
    }
    void badFilesAreExplained() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = write(dir, "bad.txt", bytes.toStdString());
        const QString error = errorOf(path);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QString::fromStdString(path)), qPrintable(error));
    }

    void missingFileAndFolder() {
        QTemporaryDir dir;
        QString error = errorOf(dir.filePath("nope.txt").toStdString());
        QVERIFY2(error.contains("No such file or directory — check the path"), qPrintable(error));
        error = errorOf(dir.path().toStdString());
        QVERIFY2(error.contains("it is a folder"), qPrintable(error));
    }

    // The book's files store each line with a trailing space ('one \n'); read as a corpus with
    // the chapter's ' . ' joining, train.txt followed by valid.txt is the built-in corpus.
    void theBooksFilesGiveTheBuiltInCorpus() {
        QTemporaryDir dir;
        std::string text;
        for (const std::string& line : humanNumbersLines())
            text += line + " \n";
        const Corpus fromFile =
            loadWordCorpus(write(dir, "human_numbers.txt", text), LineBreak::Dot);
        const Corpus builtIn = humanNumbersCorpus();
        QCOMPARE(fromFile.tokens, builtIn.tokens);
        QCOMPARE(fromFile.vocab.tokens(), builtIn.vocab.tokens());
        QCOMPARE(QString::fromStdString(fromFile.name), QStringLiteral("human_numbers.txt"));
    }

    void lineBreakModes() {
        QTemporaryDir dir;
        const std::string path =
            write(dir, "t.txt", "\xEF\xBB\xBFthe cat\r\n\r\nsat  on\tthe mat\n");
        QCOMPARE(
            QString::fromStdString(loadWordCorpus(path, LineBreak::Dot)
                                       .vocab.decode(loadWordCorpus(path, LineBreak::Dot).tokens)),
            QStringLiteral("the cat . sat on the mat"));
        const Corpus nl = loadWordCorpus(path, LineBreak::Newline);
        QCOMPARE(QString::fromStdString(nl.vocab.decode(nl.tokens)),
                 QStringLiteral("the cat ⏎ sat on the mat"));
        const Corpus sp = loadWordCorpus(path, LineBreak::Space);
        QCOMPARE(sp.tokens.size(), size_t(6));
        QCOMPARE(sp.vocab.size(), 5);  // "the" twice; the BOM is not part of the first word
    }

    void unicodeWordsSurvive() {
        QTemporaryDir dir;
        const Corpus c = loadWordCorpus(write(dir, "u.txt", "Grüße aus Köln — 東京 🙂\n"),
                                        LineBreak::Dot);
        QCOMPARE(QString::fromStdString(c.vocab.decode(c.tokens)),
                 QStringLiteral("Grüße aus Köln — 東京 🙂"));
    }

    void configPicksTheCorpus() {
        Config config;
        QCOMPARE(loadCorpus(config).tokens.size(), size_t(63095));
        config.setAssignment("corpus=builtin:shakespeare");
        try {
            loadCorpus(config);
            QFAIL("no error");
        } catch (const CorpusError& e) {
            QVERIFY(QString(e.what()).contains("unknown built-in corpus 'builtin:shakespeare'"));
        }
        QTemporaryDir dir;
        config.setFromText("corpus", write(dir, "w.txt", "a b\nc d\n"));
        config.setAssignment("line_break=newline");
        const Corpus c = loadCorpus(config);
        QCOMPARE(QString::fromStdString(c.vocab.decode(c.tokens)), QStringLiteral("a b ⏎ c d"));
    }

    // Prose wraps its lines anywhere: by default a file's line breaks are spaces between words
    // (not the chapter's " . ", a full stop the text does not have), and characters keep them.
    void lineBreaksByDefaultFitTheText() {
        QTemporaryDir dir;
        Config config;
        config.setFromText("corpus", write(dir, "p.txt", "It was a dark\nand stormy night.\n"));
        QCOMPARE(config.getText("line_break"), std::string("auto"));
        QVERIFY(lineBreakOf(config) == LineBreak::Space);
        Corpus c = loadCorpus(config);
        QCOMPARE(c.vocab.decode(c.tokens), std::string("It was a dark and stormy night."));
        QVERIFY(!c.vocab.find(".").has_value());
        config.setAssignment("tokenizer=char");
        QVERIFY(lineBreakOf(config) == LineBreak::Newline);
        c = loadCorpus(config);
        QCOMPARE(c.vocab.decode(c.tokens), std::string("It was a dark\nand stormy night.\n"));
        // Asked for, the chapter's way still reads the same.
        config.setAssignment("tokenizer=word");
        config.setAssignment("line_break=dot");
        c = loadCorpus(config);
        QCOMPARE(c.vocab.decode(c.tokens), std::string("It was a dark . and stormy night."));
    }

    void charactersAreCodePoints() {
        // Code points, not bytes: ü is 2 bytes, 東 3, 🙂 4; each is one token.
        const std::string text = "Grüße, 東京 🙂!\nnaïve";
        const Corpus c = tokenizeChars(text);
        QCOMPARE(c.tokens.size(), size_t(18));
        QCOMPARE(c.vocab.decode(c.tokens), text);  // a lossless round trip
        QCOMPARE(c.vocab.token(c.tokens[2]), std::string("ü"));
        QCOMPARE(c.vocab.token(c.tokens[10]), std::string("🙂"));
        QVERIFY(c.vocab.find("\n").has_value());  // line breaks and spaces are tokens too
        QVERIFY(c.vocab.find(" ").has_value());
    }

    void configPicksCharacterTokens() {
        QTemporaryDir dir;
        Config config;
        config.setFromText("corpus", write(dir, "prose.txt", "The cat sat.\nThe dog ran.\n"));
        config.setAssignment("tokenizer=char");
        config.setAssignment("line_break=newline");
        const Corpus c = loadCorpus(config);
        QCOMPARE(c.vocab.decode(c.tokens), std::string("The cat sat.\nThe dog ran.\n"));
        QCOMPARE(c.vocab.separator(), std::string());
        QCOMPARE(c.name, std::string("prose.txt"));
        // The built-in corpus as characters: "one . two . three ..."
        Config numbers;
        numbers.setAssignment("tokenizer=char");
        const Corpus n = loadCorpus(numbers);
        QCOMPARE(n.vocab.decode(n.tokens.data(), 15), std::string("one . two . thr"));
        QVERIFY(n.vocab.size() < 30);
    }

    void fileLargerThanTheLimitIsRefusedUnread() {
        QTemporaryDir dir;
        const std::string path = write(dir, "big.txt", std::string(3 << 20, 'a'));
        Config config;
        config.setFromText("corpus", path);
        config.setAssignment("max_corpus_mb=2");
        try {
            loadCorpus(config);
            QFAIL("no error");
        } catch (const CorpusError& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("is 3 MB, more than the limit of 2 MB") &&
                         msg.contains("raise max_corpus_mb"),
                     qPrintable(msg));
        }
        config.setAssignment("max_corpus_mb=4");
        QCOMPARE(loadCorpus(config).tokens.size(), size_t(1));
    }

    void largeFilesReportProgressAndCanBeCancelled() {
        QTemporaryDir dir;
        std::string text;
        for (int i = 0; i < 1500000; ++i)
            text += "word" + std::to_string(i % 1000) + (i % 20 == 19 ? "\n" : " ");
        Config config;
        config.setFromText("corpus", write(dir, "big.txt", text));  // about 13 MB
        config.setAssignment("line_break=dot");
        std::vector<double> reported;
        LoadProgress progress;
        progress.report = [&](double done) { reported.push_back(done); };
        const Corpus c = loadCorpus(config, progress);
        QCOMPARE(c.tokens.size(), size_t(1500000 + 1500000 / 20 - 1));  // words and the dots
        QVERIFY(reported.size() >= 4);                                  // chunk by chunk
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QCOMPARE(reported.back(), 1.0);
        // Cancelled after the first chunk: a CorpusError that says so, and nothing half-loaded.
        std::atomic<bool> cancel{false};
        LoadProgress cancelling;
        cancelling.cancel = &cancel;
        cancelling.report = [&](double) { cancel = true; };
        try {
            loadCorpus(config, cancelling);
            QFAIL("not cancelled");
        } catch (const CorpusError& e) {
            QVERIFY2(QString(e.what()).contains("was cancelled"), e.what());
        }
    }

    void tooShortForOneBatch() {
        QTemporaryDir dir;
        const Corpus c =
            loadWordCorpus(write(dir, "short.txt", "just a few words here\n"), LineBreak::Dot);
        try {
            Dataset::forConfig(c, findPreset("lm3").config());
            QFAIL("no error");
        } catch (const CorpusError& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("corpus 'short.txt' is too short: 5 tokens") &&
                         msg.contains("use a longer text or a smaller batch_size or seq_len"),
                     qPrintable(msg));
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpusFile)
#include "test_corpus_file.moc"
