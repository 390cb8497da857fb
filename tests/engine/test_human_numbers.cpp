// Human Numbers generated in code must be the book's files exactly: every count it prints.
#include <QtTest>

#include <algorithm>
#include <map>

#include "unroll/corpus.h"
#include "unroll/dataset.h"

using namespace unroll;

class TestHumanNumbers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordsAreTheBooks_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("words");
        QTest::newRow("1") << 1 << "one";
        QTest::newRow("13") << 13 << "thirteen";
        QTest::newRow("20") << 20 << "twenty";
        QTest::newRow("21") << 21 << "twenty one";
        QTest::newRow("100") << 100 << "one hundred";
        QTest::newRow("123") << 123 << "one hundred twenty three";
        QTest::newRow("1010") << 1010 << "one thousand ten";
        QTest::newRow("5001") << 5001 << "five thousand one";
        QTest::newRow("8001") << 8001 << "eight thousand one";
        QTest::newRow("9999") << 9999 << "nine thousand nine hundred ninety nine";
    }
    void wordsAreTheBooks() {
        QFETCH(int, n);
        QFETCH(QString, words);
        QCOMPARE(QString::fromStdString(numberToWords(n)), words);
    }

    void outOfRangeIsRefused() {
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, numberToWords(0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, numberToWords(10000));
    }

    void linesMatchTheFiles() {
        const auto lines = humanNumbersLines();
        QCOMPARE(lines.size(), size_t(9998));
        QCOMPARE(QString::fromStdString(lines.front()), QStringLiteral("one"));
        QCOMPARE(QString::fromStdString(lines[7998]),
                 QStringLiteral("seven thousand nine hundred ninety nine"));
        // 8000 is in neither train.txt nor valid.txt.
        QCOMPARE(QString::fromStdString(lines[7999]), QStringLiteral("eight thousand one"));
        QVERIFY(std::find(lines.begin(), lines.end(), "eight thousand") == lines.end());
        QCOMPARE(QString::fromStdString(lines.back()),
                 QStringLiteral("nine thousand nine hundred ninety nine"));
    }

    void tokensAndVocabAreTheBooks() {
        const Corpus c = humanNumbersCorpus();
        QCOMPARE(c.tokens.size(), size_t(63095));
        const std::vector<std::string> vocab = {
            "one",      ".",        "two",      "three",   "four",    "five",
            "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
            "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty",   "thirty",  "forty",   "fifty",
            "sixty",    "seventy",  "eighty",   "ninety",  "hundred", "thousand"};
        QCOMPARE(c.vocab.tokens(), vocab);
        const std::vector<std::int32_t> first(c.tokens.begin(), c.tokens.begin() + 10);
        QCOMPARE(first, (std::vector<std::int32_t>{0, 1, 2, 1, 3, 1, 4, 1, 5, 1}));
        QCOMPARE(QString::fromStdString(c.source), QStringLiteral("builtin:human-numbers"));
    }

    // The chapter's "most common token" baseline: in the targets of the 3-token validation set
    // (4,207 items), index 29 'thousand' appears 638 times: 0.15165200855716662.
    void baselineIsTheBooks() {
        const Corpus c = humanNumbersCorpus();
        const Dataset d(c.tokens, Layout::FixedWindow, 3, 0.2, 64, false);
        QCOMPARE(d.valid().count, int64_t(4207));
        std::map<int, int> counts;
        for (int64_t b = 0; b < d.validOrder().batches(); ++b) {
            const Batch batch = d.validBatch(b);
            for (std::int32_t t : batch.targets)
                ++counts[t];
        }
        const auto best = std::max_element(counts.begin(), counts.end(),
                                           [](auto& a, auto& b) { return a.second < b.second; });
        QCOMPARE(best->first, 29);
        QCOMPARE(best->second, 638);
        QCOMPARE(double(best->second) / 4207, 0.15165200855716662);
    }
};

QTEST_GUILESS_MAIN(TestHumanNumbers)
#include "test_human_numbers.moc"
