// Sampling and generation: greedy and temperature 0 agree, top-k and top-p never step outside
// their sets, a seed repeats a sample, unknown prompt words are named, and generating leaves the
// training run untouched.
#include <QtTest>

#include <sstream>

#include <random>
#include <set>

#include "test_support.h"
#include "unroll/counting.h"
#include "unroll/trainer.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;

class TestGenerate : public QObject {
    Q_OBJECT

    const std::vector<double> p_ = {0.1, 0.4, 0.05, 0.3, 0.15};  // ranks: 1, 3, 4, 0, 2

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void greedyIsTheMostLikely() {
        SamplingOptions o;
        o.temperature = 0.0;
        for (double u : {0.0, 0.5, 0.999})
            QCOMPARE(sampleIndex(p_, o, u), 1);
    }

    void topKNeverLeavesTheTopK() {
        SamplingOptions o;
        o.top_k = 2;
        std::mt19937_64 r(7);
        std::uniform_real_distribution<double> u(0, 1);
        std::map<int, int> seen;
        for (int i = 0; i < 10000; ++i)
            ++seen[sampleIndex(p_, o, u(r))];
        QCOMPARE(seen.size(), size_t(2));
        QVERIFY(seen.count(1) && seen.count(3));
        // Renormalised: 0.4 / 0.7 of the draws.
        QVERIFY(std::abs(seen[1] / 10000.0 - 0.4 / 0.7) < 0.02);
    }

    void topPKeepsTheSmallestSet() {
        SamplingOptions o;
        o.top_p = 0.7;  // 0.4 + 0.3 reaches it
        std::set<int> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(sampleIndex(p_, o, i / 1000.0));
        QCOMPARE(seen, (std::set<int>{1, 3}));
    }

    void temperatureSharpensAndFlattens() {
        SamplingOptions cold, hot;
        cold.temperature = 0.1;
        hot.temperature = 100.0;
        int cold_best = 0, hot_best = 0;
        for (int i = 0; i < 1000; ++i) {
            cold_best += sampleIndex(p_, cold, i / 1000.0) == 1;
            hot_best += sampleIndex(p_, hot, i / 1000.0) == 1;
        }
        // 1 / (1 + 0.75^10 + 0.375^10 + ...) = 0.947 of the draws
        QVERIFY(cold_best > 935 && cold_best < 960);
        QVERIFY(hot_best > 150 && hot_best < 260);  // almost uniform: ~1/5
    }

    void temperatureZeroEqualsGreedyOnAModel() {
        Trainer t(quick("lm4"), numbers());
        for (int i = 0; i < 30; ++i)
            t.trainStep();
        SamplingOptions zero;
        zero.temperature = 0.0;
        zero.max_tokens = 12;
        zero.seed = 1;
        SamplingOptions zero2 = zero;
        zero2.seed = 99;  // the seed does not matter when nothing is drawn
        const Generation a = t.generate("one thousand two", zero),
                         b = t.generate("one thousand two", zero2);
        QCOMPARE(a.text(), b.text());
        for (const GeneratedToken& g : a.tokens)
            QCOMPARE(g.chosen.id, g.top.front().id);  // always the best
        QCOMPARE(a.tokens.size(), size_t(12));
    }

    void aSeedRepeatsASample() {
        Trainer t(quick("lm6"), numbers());
        SamplingOptions o;
        o.seed = 5;
        o.max_tokens = 15;
        QCOMPARE(t.generate("five", o).text(), t.generate("five", o).text());
        std::set<std::string> texts;
        for (std::uint64_t s = 0; s < 5; ++s) {
            o.seed = s;
            texts.insert(t.generate("five", o).text());
        }
        QVERIFY(texts.size() > 1);  // an untrained model is not deterministic across seeds
    }

    void unknownWordsAreNamed() {
        Trainer t(quick("lm4"), numbers());
        try {
            t.generate("one eleventy two twelveteen eleventy");
            QFAIL("no error");
        } catch (const PromptError& e) {
            QCOMPARE(e.unknown(), (std::vector<std::string>{"eleventy", "twelveteen"}));
            QVERIFY(QString(e.what()).contains(
                "the prompt has words the model never saw: 'eleventy', 'twelveteen'"));
        }
        Trainer lm1(quick("lm1"), numbers());
        QVERIFY_THROWS_EXCEPTION(PromptError, lm1.generate("one two"));  // LM1 reads 3 tokens
        QCOMPARE(lm1.generate("one two three").tokens.size(), size_t(20));
    }

    void charactersPromptAndText() {
        Config c = quick("lm6");
        c.setAssignment("tokenizer=char");
        const Corpus corpus = loadCorpus(c);
        Trainer t(c, corpus);
        t.fit();
        const Generation g = t.generate("one hundred tw", SamplingOptions{30, 0.0});
        QCOMPARE(g.prompt.size(), size_t(14));  // every character, spaces included
        QCOMPARE(g.separator, std::string());
        std::string joined;
        for (const GeneratedToken& tok : g.tokens)
            joined += tok.chosen.token;
        QCOMPARE(g.text(), joined);  // characters are joined without spaces
        try {
            t.generate("one € two");
            QFAIL("no error");
        } catch (const PromptError& e) {
            QCOMPARE(e.unknown(), std::vector<std::string>{"€"});
            QVERIFY(QString(e.what()).contains("the prompt has characters the model never saw"));
        }
    }

    void countingCheckByHand() {
        QCOMPARE(wordsToNumber({"one", "thousand", "two", "hundred", "forty", "three"}),
                 std::optional<int>(1243));
        QCOMPARE(wordsToNumber({"nine", "thousand", "nine", "hundred", "ninety", "nine"}),
                 std::optional<int>(9999));
        QCOMPARE(wordsToNumber({"eleven"}), std::optional<int>(11));
        QCOMPARE(wordsToNumber({"hundred", "one"}), std::optional<int>());  // not the data's way
        QCOMPARE(wordsToNumber({"twenty", "twenty"}), std::optional<int>());
        QCOMPARE(wordsToNumber({"ten", "four"}), std::optional<int>());
        QCOMPARE(wordsToNumber({"one", "hundred", "ten"}), std::optional<int>(110));
        const auto split = [](const std::string& text) {
            std::vector<std::string> words;
            std::istringstream in(text);
            for (std::string w; in >> w;)
                words.push_back(w);
            return words;
        };
        // 1243, 1244, 1245, (garbage), 1247, then a part cut off by the token limit.
        const CountingCheck c = countingCheck(
            split("one thousand two hundred forty three . one thousand two hundred forty four . "
                  "one thousand two hundred forty five . forty forty . one thousand two hundred "
                  "forty seven . one thousand two"));
        QCOMPARE(c.numbers.size(), size_t(5));
        QCOMPARE(c.numbers[1], std::optional<int>(1244));
        QCOMPARE(c.numbers[3], std::optional<int>());
        QCOMPARE(c.checked, 4);
        QCOMPARE(c.successors, 2);  // 1244 and 1245; not the garbage, not 1247 after it
        QCOMPARE(c.score(), 0.5);
        QCOMPARE(countingCheck(split("five . seven . eight .")).successors, 1);
        QCOMPARE(countingCheck({}).score(), 0.0);
        // Characters and subword pieces are read as the text they spell.
        Generation chars;
        chars.separator = "";
        for (const char ch : std::string("five . six . eight . nine ."))
            chars.tokens.push_back({{0, std::string(1, ch), 0.1}, {}});
        const std::vector<std::string> none;
        QCOMPARE(countingCheck(chars, none).numbers.size(), size_t(4));
        QCOMPARE(countingCheck(chars, none).successors, 2);
        Generation pieces;
        pieces.separator = "";
        pieces.word_marker = "▁";
        const std::vector<std::string> vocab = {"<unk>", "▁tw", "o", "▁."};
        pieces.prompt = {1, 2, 3};  // "two ."
        for (const char* p : {"▁thr", "ee", "▁.", "▁fo", "ur", "▁."})
            pieces.tokens.push_back({{0, p, 0.1}, {}});
        const CountingCheck c3 = countingCheck(pieces, vocab);
        QCOMPARE(c3.numbers, (std::vector<std::optional<int>>{2, 3, 4}));
        QCOMPARE(c3.score(), 1.0);
        // Only what the model wrote is checked: a prompt of four counted numbers does not lift the
        // score of a generation that jumps to nine (the prompt's last number is nine's
        // predecessor). With the prompt counted, this read 4 of 5.
        Generation counted;
        const std::vector<std::string> words = {"<unk>", "one", "two", "three", "four", "."};
        counted.prompt = {1, 5, 2, 5, 3, 5, 4, 5};  // "one . two . three . four ."
        for (const char* w : {"nine", ".", "ten", "."})
            counted.tokens.push_back({{0, w, 0.1}, {}});
        const CountingCheck c4 = countingCheck(counted, words);
        QCOMPARE(c4.numbers.size(), size_t(6));
        QCOMPARE(c4.checked, 2);
        QCOMPARE(c4.successors, 1);
        QCOMPARE(countingCheck(split("one . two . three ."), 4).checked, 1);
        Config subword = findPreset("lm6").config();
        subword.set("tokenizer", std::string("subword"));
        QVERIFY(countingApplies(subword));
        subword.set("corpus", std::string("/tmp/prose.txt"));
        QVERIFY(!countingApplies(subword));
    }

    // A model that predicts after every token reads the whole prompt, then one token at a
    // time: generating from "P" and taking a second token is generating from "P t" (to float
    // rounding), and prompts that end alike but differ before predict differently.
    void thePromptWarmsTheState() {
        Trainer t(quick("lm6"), numbers());
        for (int i = 0; i < 40; ++i)
            t.trainStep();
        SamplingOptions greedy;
        greedy.temperature = 0.0;
        greedy.max_tokens = 3;
        const std::string prompt = "one thousand two hundred";
        const Generation a = t.generate(prompt, greedy);
        const Generation b = t.generate(prompt + " " + a.tokens[0].chosen.token, greedy);
        QCOMPARE(b.tokens[0].chosen.id, a.tokens[1].chosen.id);
        QVERIFY2(std::abs(b.tokens[0].chosen.probability - a.tokens[1].chosen.probability) < 1e-6,
                 qPrintable(QString::number(b.tokens[0].chosen.probability -
                                            a.tokens[1].chosen.probability)));
        const Generation c = t.generate("seven hundred", greedy);
        QVERIFY(std::abs(c.tokens[0].top[0].probability - a.tokens[0].top[0].probability) > 1e-4);
    }

    // Generating between steps (as the window does) changes nothing of the run.
    void generatingLeavesTheRunUntouched() {
        Trainer a(quick("lm7"), numbers()), b(quick("lm7"), numbers());
        for (int i = 0; i < 5; ++i) {
            a.trainStep();
            b.trainStep();
        }
        a.generate("one thousand");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.trainStep().loss, b.trainStep().loss);
    }
};

QTEST_GUILESS_MAIN(TestGenerate)
#include "test_generate.moc"
