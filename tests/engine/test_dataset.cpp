// Layouts, the in-order cut, group_chunks, drop_last and decoding, against the chapter's counts.
#include <QtTest>

#include "test_support.h"

#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/dataset.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;

namespace {

Config configFor(const std::string& preset) {
    return findPreset(preset).config();
}

}  // namespace

class TestDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleCounts() {
        QCOMPARE(sampleCount(63095, 3), int64_t(21031));
        QCOMPARE(sampleCount(63095, 16), int64_t(3943));
        QCOMPARE(sampleCount(4, 3), int64_t(0));  // needs sl + 2 tokens for one sample
        QCOMPARE(sampleCount(5, 3), int64_t(1));
    }

    void chapterLayouts_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qint64>("trainSamples");
        QTest::addColumn<qint64>("validSamples");
        QTest::addColumn<qint64>("trainBatches");
        QTest::addColumn<qint64>("validBatches");
        QTest::addColumn<int>("lastValidRows");
        // LM1/LM2: DataLoaders.from_dsets, drop_last on the training set only.
        QTest::newRow("lm1") << "lm1" << qint64(16824) << qint64(4207) << qint64(262) << qint64(66)
                             << 47;
        QTest::newRow("lm2") << "lm2" << qint64(16824) << qint64(4207) << qint64(262) << qint64(66)
                             << 47;
        // LM3 on: group_chunks and drop_last on both sets.
        QTest::newRow("lm3") << "lm3" << qint64(16824) << qint64(4207) << qint64(262) << qint64(65)
                             << 64;
        QTest::newRow("lm4") << "lm4" << qint64(3154) << qint64(789) << qint64(49) << qint64(12)
                             << 64;
    }
    void chapterLayouts() {
        QFETCH(QString, preset);
        QFETCH(qint64, trainSamples);
        QFETCH(qint64, validSamples);
        QFETCH(qint64, trainBatches);
        QFETCH(qint64, validBatches);
        QFETCH(int, lastValidRows);
        const Dataset d = Dataset::forConfig(numbers(), configFor(preset.toStdString()));
        QCOMPARE(d.train().count, trainSamples);
        QCOMPARE(d.valid().count, validSamples);
        QCOMPARE(d.trainOrder().batches(), trainBatches);
        QCOMPARE(d.validOrder().batches(), validBatches);
        QCOMPARE(d.validOrder().rowsIn(validBatches - 1), lastValidRows);
        QCOMPARE(d.trainOrder().rowsIn(trainBatches - 1), 64);
    }

    void fixedWindowTargetIsTheNextToken() {
        const Dataset d(numbers().tokens, Layout::FixedWindow, 3, 0.2, 64, false);
        const Batch b = d.trainBatch(0);
        QCOMPARE(b.rows, 64);
        QCOMPARE(b.target_len, 1);
        // Sample 0 is "one . two" -> "."; sample 1 is ". three ." -> "four".
        QCOMPARE(std::vector<std::int32_t>(b.inputRow(0), b.inputRow(0) + 3),
                 (std::vector<std::int32_t>{0, 1, 2}));
        QCOMPARE(b.targets[0], 1);
        QCOMPARE(numbers().vocab.decode(b.inputRow(1), 3), std::string(". three ."));
        QCOMPARE(numbers().vocab.token(b.targets[1]), std::string("four"));
    }

    void sequenceTargetsAreShiftedByOne() {
        const Dataset d(numbers().tokens, Layout::Sequence, 16, 0.2, 64, true);
        const Batch b = d.trainBatch(3);
        for (int r = 0; r < b.rows; ++r)
            for (int i = 0; i + 1 < 16; ++i)
                QCOMPARE(b.targetRow(r)[i], b.inputRow(r)[i + 1]);
    }

    // group_chunks: row j of batch i is sample j*m + i, so each row of the next batch continues
    // the text of the same row of this batch, token for token.
    void groupChunksContinuesEveryRow_data() {
        QTest::addColumn<int>("seqLen");
        QTest::addColumn<bool>("sequence");
        QTest::newRow("3-token windows") << 3 << false;
        QTest::newRow("16-token sequences") << 16 << true;
    }
    void groupChunksContinuesEveryRow() {
        QFETCH(int, seqLen);
        QFETCH(bool, sequence);
        const std::vector<std::int32_t>& tokens = numbers().tokens;
        const Dataset d(tokens, sequence ? Layout::Sequence : Layout::FixedWindow, seqLen, 0.2, 64,
                        true);
        for (const bool train : {true, false}) {
            const BatchOrder& order = train ? d.trainOrder() : d.validOrder();
            const int64_t first = train ? 0 : d.train().count;
            const int64_t m = (train ? d.train().count : d.valid().count) / 64;
            QCOMPARE(order.batches(), m);
            for (int64_t i = 0; i + 1 < order.batches(); ++i) {
                const Batch now = train ? d.trainBatch(i) : d.validBatch(i);
                const Batch next = train ? d.trainBatch(i + 1) : d.validBatch(i + 1);
                for (int j = 0; j < 64; ++j) {
                    QCOMPARE(order.samples[size_t(i * 64 + j)], j * m + i);
                    // Where this row's window ends in the stream, the next batch's row begins.
                    const int64_t start = (first + j * m + i) * seqLen;
                    QCOMPARE(now.inputRow(j)[0], tokens[size_t(start)]);
                    QCOMPARE(next.inputRow(j)[0], tokens[size_t(start + seqLen)]);
                }
            }
        }
    }

    void groupChunksDropsTheRemainder() {
        const BatchOrder o = groupChunks(10, 3);  // m = 3: samples 9 is dropped
        QCOMPARE(o.samples, (std::vector<int64_t>{0, 3, 6, 1, 4, 7, 2, 5, 8}));
        QCOMPARE(o.batches(), int64_t(3));
        const BatchOrder s = sequentialOrder(10, 3, /*drop_last=*/false);
        QCOMPARE(s.batches(), int64_t(4));
        QCOMPARE(s.rowsIn(3), 1);
        QCOMPARE(sequentialOrder(10, 3, true).batches(), int64_t(3));
    }

    void validationSetStartsAfterTheCut() {
        const Dataset d = Dataset::forConfig(numbers(), configFor("lm1"));
        // The 80 % token cut lands near "eight thousand eighty four" (token 50,472).
        const Batch b = d.validBatch(0);
        QCOMPARE(d.valid().first * 3, int64_t(50472));
        QCOMPARE(b.inputRow(0)[0], numbers().tokens[50472]);
    }

    void decodesBatchesBackToText() {
        const Dataset d = Dataset::forConfig(numbers(), configFor("lm4"));
        const auto rows = decodeBatch(d.trainBatch(0), numbers().vocab);
        QCOMPARE(rows.size(), size_t(64));
        QCOMPARE(QString::fromStdString(rows[0].input),
                 QStringLiteral("one . two . three . four . five . six . seven . eight ."));
        QCOMPARE(QString::fromStdString(rows[0].target),
                 QStringLiteral(". two . three . four . five . six . seven . eight . nine"));
        // Decoding every input row of the training set in batch order, row by row, gives back
        // the training text in 64 contiguous streams.
        const int64_t m = d.trainOrder().batches();
        std::string stream0;
        for (int64_t i = 0; i < m; ++i)
            stream0 += (i ? " " : "") + decodeBatch(d.trainBatch(i), numbers().vocab)[0].input;
        const std::string expected =
            numbers().vocab.decode(numbers().tokens.data(), size_t(m * 16));
        QCOMPARE(stream0, expected);
    }

    void vocabRoundTrip() {
        const Vocab& v = numbers().vocab;
        for (std::int32_t id = 0; id < v.size(); ++id)
            QCOMPARE(*v.find(v.token(id)), id);
        QVERIFY(!v.find("eleventy").has_value());
    }

    void tooShortCorpusIsExplained() {
        Corpus tiny =
            tokenizeWords({"one two three four five six seven eight nine ten"}, LineBreak::Dot);
        tiny.name = "tiny.txt";
        try {
            Dataset::forConfig(tiny, configFor("lm4"));
            QFAIL("no error");
        } catch (const CorpusError& e) {
            const QString msg = e.what();
            QVERIFY2(
                msg.contains(
                    "corpus 'tiny.txt' is too short: 10 tokens, but lm4 with batch_size 64 and "
                    "seq_len 16 needs at least"),
                qPrintable(msg));
        }
    }

    void minimumTokensIsTight_data() {
        QTest::addColumn<int>("seqLen");
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("grouped");
        QTest::newRow("lm1") << 3 << 64 << false;
        QTest::newRow("lm3") << 3 << 64 << true;
        QTest::newRow("lm4") << 16 << 64 << true;
        QTest::newRow("small") << 2 << 1 << false;
    }
    void minimumTokensIsTight() {
        QFETCH(int, seqLen);
        QFETCH(int, batch);
        QFETCH(bool, grouped);
        const int64_t n = Dataset::minimumTokens(seqLen, 0.2, batch, grouped);
        auto ok = [&](int64_t tokens) {
            Dataset d(std::vector<std::int32_t>(size_t(tokens), 0), Layout::Sequence, seqLen, 0.2,
                      batch, grouped);
            return d.trainOrder().batches() >= 1 && d.validOrder().batches() >= 1;
        };
        QVERIFY(ok(n));
        QVERIFY(!ok(n - 1));
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "test_dataset.moc"
