// Checkpoints through the public API: every preset round-trips, a resumed run is bit for bit the
// uninterrupted one, and every kind of bad file is refused with its own message.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <random>

#include "io/checkpoint_file.h"
#include "io/safetensors.h"
#include "test_support.h"
#include "unroll/checkpoint.h"
#include "unroll/files.h"

using namespace unroll;
using unroll::test::numbers;
using unroll::test::quick;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Rewrites a checkpoint's header (and, if asked, data bytes), keeping it a well-formed file: its
// checksum is made to match, as a program writing a wrong checkpoint on purpose would, so what
// is tested is the check of the contents, not of the checksum.
void rewrite(const std::string& path,
             const std::function<void(nlohmann::json&, std::string&)>& edit) {
    const std::string bytes = readAll(path);
    uint64_t n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | static_cast<unsigned char>(bytes[size_t(i)]);
    nlohmann::json header = nlohmann::json::parse(bytes.substr(8, n));
    std::string data = bytes.substr(8 + n);
    edit(header, data);
    if (header.contains("__metadata__") &&
        header["__metadata__"].contains(checkpoint_file::kChecksumKey))
        header["__metadata__"][checkpoint_file::kChecksumKey] = checkpoint_file::checksum(
            data, header["__metadata__"].get<std::map<std::string, std::string>>());
    const std::string text = header.dump();
    std::string out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[size_t(i)] = static_cast<char>((text.size() >> (8 * i)) & 0xff);
    writeAll(path, out + text + data);
}

std::vector<std::vector<float>> weights(const Trainer& t) {
    std::vector<std::vector<float>> out;
    for (const std::string& n : t.parameterNames())
        out.push_back(t.parameterValues(n));
    return out;
}

Config small() {
    Config c = quick("lm1");
    c.setAssignment("hidden=8");
    return c;
}

QString loadError(const std::string& path, const std::function<void(Config&)>& adjust = {},
                  const Corpus* corpus = nullptr) {
    try {
        Trainer::load(path, adjust, corpus);
    } catch (const CheckpointError& e) {
        return QString("CheckpointError: ") + e.what();
    } catch (const ConfigError& e) {
        return QString("ConfigError: ") + e.what();
    } catch (const CorpusError& e) {
        return QString("CorpusError: ") + e.what();
    }
    return {};
}

// A mutated checkpoint that loads must be a valid run: its weights are the file's bytes, every
// value finite, its settings valid and its position inside the run; it trains a step or stops
// on the guard, validates, and saves to a file that loads back the same. "" when it is so.
QString invalidLoad(const std::string& path, const std::string& bytes) {
    auto t = Trainer::load(path);
    const safetensors::File file = safetensors::parse(bytes);
    for (const std::string& name : t->parameterNames()) {
        const safetensors::TensorInfo* info = file.find(name);
        if (!info)
            return QString::fromStdString("loaded without its tensor " + name);
        const std::vector<float> mine = t->parameterValues(name);
        if (info->end - info->begin != mine.size() * sizeof(float) ||
            std::memcmp(mine.data(), bytes.data() + file.data_start + info->begin,
                        info->end - info->begin) != 0)
            return QString::fromStdString(name + " is not what the file holds");
        for (float v : mine)
            if (!std::isfinite(v))
                return QString::fromStdString(name + " holds a non-finite value");
    }
    try {
        t->config().validate();
    } catch (const ConfigError& e) {
        return QStringLiteral("loaded an invalid configuration: %1").arg(e.what());
    }
    if (t->stepsDone() > std::int64_t(t->epochs()) * t->batchesPerEpoch())
        return QStringLiteral("its position is past the end of the run");
    const std::string again = path + ".again";
    t->save(again);
    auto u = Trainer::load(again);
    if (weights(*u) != weights(*t) || !(u->config() == t->config()) ||
        u->stepsDone() != t->stepsDone())
        return QStringLiteral("saving it again does not give it back");
    if (!t->finished()) {
        try {
            t->trainStep();
        } catch (const DivergenceError&) {
            // a weight flipped to a huge value: the guard stops it, which is what it is for
        }
    }
    t->evaluate();
    return {};
}

}  // namespace

class TestCheckpoint : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::string file(const char* name) { return dir_.filePath(name).toStdString(); }

    // A small saved run to break in different ways.
    std::string smallCheckpoint() {
        const std::string path = file("small.safetensors");
        Trainer t(small(), numbers());
        for (int i = 0; i < 3; ++i)
            t.trainStep();
        t.save(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void everyPresetRoundTrips_data() {
        QTest::addColumn<QString>("preset");
        for (const Preset& p : presets())
            QTest::newRow(p.name.c_str()) << QString::fromStdString(p.name);
    }
    // Saved mid-epoch and loaded: the same weights, settings and position, and the next steps
    // (dropout masks and carried state included) are the original run's, bit for bit.
    void everyPresetRoundTrips() {
        QFETCH(QString, preset);
        const std::string path = file("round.safetensors");
        Trainer a(quick(preset.toStdString()), numbers());
        for (int i = 0; i < 4; ++i)
            a.trainStep();
        a.save(path);
        auto b = Trainer::load(path);
        QVERIFY(b->config() == a.config());
        QCOMPARE(b->stepsDone(), a.stepsDone());
        QVERIFY(weights(*b) == weights(a));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(b->trainStep().loss, a.trainStep().loss);
        QVERIFY(weights(*b) == weights(a));
    }

    // Training 4 epochs straight, or 2, saving, loading into a new trainer and training 2 more:
    // the same weights and the same history, bit for bit.
    void resumeIsBitwise() {
        const std::string path = file("resume.safetensors");
        const Config c = quick("lm7", 4);
        Trainer straight(c, numbers());
        straight.fit();
        {
            Trainer first(c, numbers());
            while (first.history().size() < 2) {
                if (first.trainStep().last_in_epoch)
                    first.endEpoch();
            }
            first.save(path);
        }
        auto second = Trainer::load(path);
        QCOMPARE(second->history().size(), size_t(2));
        second->fit();
        QVERIFY(weights(*second) == weights(straight));
        QCOMPARE(second->history().size(), size_t(4));
        for (size_t e = 0; e < 4; ++e) {
            QCOMPARE(second->history()[e].valid_loss, straight.history()[e].valid_loss);
            QCOMPARE(second->history()[e].train_loss, straight.history()[e].train_loss);
        }
    }

    void inspectReadsTheHeader() {
        const CheckpointInfo info = inspectCheckpoint(smallCheckpoint());
        QCOMPARE(info.config.getInt("hidden"), int64_t(8));
        QCOMPARE(info.vocab.size(), size_t(30));
        QCOMPARE(info.steps_done, int64_t(3));
        QCOMPARE(info.corpus_tokens, int64_t(63095));
        QVERIFY(info.file_bytes > 1000);
        QVERIFY(std::find_if(info.tensors.begin(), info.tensors.end(), [](const auto& t) {
                    return t.name == "i_h.weight";
                }) != info.tensors.end());
    }

    void badCheckpointsAreExplained_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("foreign file")
            << 0 << "not an Unroll checkpoint: its metadata has no \"format\"";
        QTest::newRow("newer format")
            << 1 << "written in checkpoint format 2; this Unroll reads format 1";
        QTest::newRow("bad config")
            << 2 << "its configuration is not valid here: hidden = 0 is out of range";
        QTest::newRow("unknown setting") << 3 << "unknown setting 'colour'";
        QTest::newRow("vocab twice") << 4 << "metadata \"vocab\" lists \"one\" twice";
        QTest::newRow("unexpected tensor") << 5 << "unexpected tensor 'h_o.biases'";
        QTest::newRow("missing tensor") << 6 << "tensor 'state.0' is missing";
        QTest::newRow("wrong shape")
            << 7 << "tensor 'h_o.bias' has shape [5, 6], this model needs [30]";
        QTest::newRow("wrong dtype") << 8 << "tensor 'h_o.bias' is I32, expected F32";
        QTest::newRow("NaN weights") << 9 << "tensor 'i_h.weight' holds inf or NaN values";
        QTest::newRow("bad position")
            << 10 << "its position (step 7, epoch 0, batch 3) does not fit";
        QTest::newRow("bad json") << 11 << "metadata \"position\" is not valid JSON";
        QTest::newRow("truncated") << 12 << "the file is truncated";
        QTest::newRow("missing file") << 13 << "cannot read";
    }
    void badCheckpointsAreExplained() {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const std::string path = smallCheckpoint();
        auto meta = [](nlohmann::json& h, const char* key,
                       const std::function<void(nlohmann::json&)>& f) {
            nlohmann::json v = nlohmann::json::parse(h["__metadata__"][key].get<std::string>());
            f(v);
            h["__metadata__"][key] = v.dump();
        };
        switch (kind) {
            case 0:
                rewrite(path,
                        [](nlohmann::json& h, std::string&) { h["__metadata__"].erase("format"); });
                break;
            case 1:
                rewrite(path, [](nlohmann::json& h, std::string&) {
                    h["__metadata__"]["format_version"] = "2";
                });
                break;
            case 2:
                rewrite(path, [&](nlohmann::json& h, std::string&) {
                    meta(h, "config", [](nlohmann::json& c) { c["hidden"] = 0; });
                });
                break;
            case 3:
                rewrite(path, [&](nlohmann::json& h, std::string&) {
                    meta(h, "config", [](nlohmann::json& c) { c["colour"] = "red"; });
                });
                break;
            case 4:
                rewrite(path, [&](nlohmann::json& h, std::string&) {
                    meta(h, "vocab", [](nlohmann::json& v) { v[2] = "one"; });
                });
                break;
            case 5:
                rewrite(path, [](nlohmann::json& h, std::string&) {
                    h["h_o.biases"] = h["h_o.bias"];
                    h.erase("h_o.bias");
                });
                break;
            case 6:
                rewrite(path, [&](nlohmann::json& h, std::string&) {
                    meta(h, "carried", [](nlohmann::json& c) { c = {true}; });
                });
                break;
            case 7:
                rewrite(path, [](nlohmann::json& h, std::string&) {
                    h["h_o.bias"]["shape"] = {5, 6};
                });
                break;
            case 8:
                rewrite(path,
                        [](nlohmann::json& h, std::string&) { h["h_o.bias"]["dtype"] = "I32"; });
                break;
            case 9:
                rewrite(path, [](nlohmann::json& h, std::string& data) {
                    const float nan = NAN;
                    std::memcpy(&data[h["i_h.weight"]["data_offsets"][0].get<size_t>()], &nan, 4);
                });
                break;
            case 10:
                rewrite(path, [&](nlohmann::json& h, std::string&) {
                    meta(h, "position", [](nlohmann::json& p) { p["step"] = 7; });
                });
                break;
            case 11:
                rewrite(path, [](nlohmann::json& h, std::string&) {
                    h["__metadata__"]["position"] = "{step:";
                });
                break;
            case 12:
                writeAll(path, readAll(path).substr(0, readAll(path).size() - 10));
                break;
            case 13:
                std::remove(path.c_str());
                break;
        }
        const QString error = loadError(path);
        QVERIFY2(error.startsWith("CheckpointError: ") && error.contains(expected),
                 qPrintable(error));
    }

    void resumingRefusesWhatCannotChange() {
        const std::string path = smallCheckpoint();
        QString error = loadError(path, [](Config& c) { c.setAssignment("hidden=16"); });
        QVERIFY2(
            error.contains(
                "hidden cannot change when resuming: the checkpoint was trained with hidden = 8"),
            qPrintable(error));
        // Settings that may change during a run may change here too.
        QVERIFY(loadError(path, [](Config& c) { c.setAssignment("lr=0.002"); }).isEmpty());
    }

    void resumingNeedsTheSameCorpus() {
        const std::string path = smallCheckpoint();
        const std::string text = file("other.txt");
        std::string words;
        for (int i = 0; i < 3000; ++i)
            words += "alpha beta gamma delta\n";
        writeAll(text, words);
        const Corpus other = loadWordCorpus(text, LineBreak::Dot);
        const QString error = loadError(path, {}, &other);
        QVERIFY2(error.contains("it was trained on 'Human Numbers' (63095 tokens, 30 words), but "
                                "'other.txt' is different"),
                 qPrintable(error));
    }

    // The same words and the same number of tokens in another order is another text: the
    // checkpoint's fingerprint of the token stream refuses it.
    void sameSizeOtherTextIsRefused() {
        const std::string path = smallCheckpoint();
        Corpus other = numbers();
        std::reverse(other.tokens.begin(), other.tokens.end());
        const QString error = loadError(path, {}, &other);
        QVERIFY2(error.contains("but 'Human Numbers' is different (63095 tokens, 30 words)"),
                 qPrintable(error));
        QVERIFY(loadError(path, {}, &numbers()).isEmpty());
    }

    // Every truncation of a valid checkpoint is refused; random byte flips are refused (the
    // checksum) or, where they hit only the header's padding, load as the valid model — never
    // anything else. (tests/fuzz replays the parser under AddressSanitizer with 10,000
    // mutations.)
    void truncationsAndMutations() {
        const std::string path = smallCheckpoint();
        const std::string good = readAll(path);
        const std::string probe = file("probe.safetensors");
        for (size_t n = 0; n < good.size(); n += (n < 2048 ? 1 : 61)) {
            writeAll(probe, good.substr(0, n));
            QVERIFY2(!loadError(probe).isEmpty(), qPrintable(QString::number(n)));
        }
        std::mt19937 random(1234);
        int loaded = 0, refused = 0;
        for (int i = 0; i < 150; ++i) {
            std::string bad = good;
            const int flips = 1 + int(random() % 4);
            for (int f = 0; f < flips; ++f)
                bad[random() % bad.size()] = static_cast<char>(random());
            writeAll(probe, bad);
            if (!loadError(probe).isEmpty()) {
                ++refused;
                continue;
            }
            ++loaded;
            const QString why = invalidLoad(probe, bad);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("mutant %1: %2").arg(i).arg(why)));
        }
        // Before checkpoints had a checksum most flips in the weights loaded silently.
        QVERIFY2(refused >= 147,
                 qPrintable(QStringLiteral("%1 loaded, %2 refused").arg(loaded).arg(refused)));
    }

    // One flipped bit in a weight, or a changed number in the metadata, is reported as damage.
    void theChecksumFindsAFlippedBit() {
        const std::string path = smallCheckpoint();
        const std::string good = readAll(path);
        std::string bad = good;
        bad[bad.size() - 5] = static_cast<char>(bad[bad.size() - 5] ^ 0x01);  // a weight's bit
        writeAll(path, bad);
        QString error = loadError(path);
        QVERIFY2(error.contains("its contents do not match its checksum") &&
                     error.contains("use another copy or an earlier checkpoint"),
                 qPrintable(error));
        QVERIFY_THROWS_EXCEPTION(CheckpointError, inspectCheckpoint(path));
        writeAll(path, good);
        // Edited without resealing, as a damaged disk would: a number in the metadata (the
        // run's position; the history and the configuration are covered the same way).
        const std::string bytes = readAll(path);
        const size_t at = bytes.find("\"position\":");
        QVERIFY(at != std::string::npos);
        std::string edited = bytes;
        const size_t digit = edited.find_first_of("0123456789", at);
        edited[digit] = edited[digit] == '9' ? '8' : static_cast<char>(edited[digit] + 1);
        writeAll(path, edited);
        error = loadError(path);
        QVERIFY2(error.contains("do not match its checksum"), qPrintable(error));
    }

    // A checkpoint from before checksums still loads, with a note saying it cannot be checked.
    void aCheckpointWithoutAChecksumLoadsWithANote() {
        const std::string path = smallCheckpoint();
        QVERIFY(Trainer::load(path)->loadNote().empty());
        QVERIFY(inspectCheckpoint(path).checksum.rfind("crc32:", 0) == 0);
        rewrite(path, [](nlohmann::json& h, std::string&) {
            h["__metadata__"].erase(checkpoint_file::kChecksumKey);
        });
        const auto trainer = Trainer::load(path);
        QCOMPARE(trainer->loadNote().english(), noChecksumNote().english());
        QVERIFY(inspectCheckpoint(path).checksum.empty());
    }

    void saveFailureKeepsThePreviousCheckpoint() {
        const std::string path = smallCheckpoint();
        const std::string before = readAll(path);
        Trainer t(small(), numbers());
        QVERIFY_THROWS_EXCEPTION(
            FileError, t.save(dir_.filePath("missing-folder/x.safetensors").toStdString()));
        QCOMPARE(readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "test_checkpoint.moc"
