// The settings schema: its table, validation messages, JSON, and the presets' fidelity to the book.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <set>

#include "unroll/architecture.h"
#include "unroll/config.h"

using namespace unroll;

namespace {

// The message of the ConfigError that `f` throws, or "" when it throws none.
template <class F>
QString errorOf(F&& f) {
    try {
        f();
    } catch (const ConfigError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aPresetsOwnFileReadsAsItsSettings() {
        // Installed in share/unroll/presets as examples for --config: the file as it is.
        for (const Preset& p : presets()) {
            const Config read = Config::fromJson(p.json, p.name + ".json");
            QVERIFY2(read.toJson() == p.config().toJson(), p.name.c_str());
        }
        // Anything beside "settings" and "description" is not a preset's file: the unknown key
        // is named as before.
        const QString error = errorOf(
            [] { Config::fromJson(R"({"settings": {"lr": 0.1}, "epochs": 2})", "mixed.json"); });
        QVERIFY2(error.contains("settings"), qPrintable(error));
    }

    void schemaIsComplete() {
        std::set<std::string> keys;
        for (const SettingSpec& s : schema()) {
            QVERIFY2(keys.insert(s.key).second, s.key.c_str());
            QVERIFY2(!s.label.empty() && !s.help.empty() && !s.group.empty(), s.key.c_str());
            if (s.type == SettingType::Choice)
                QVERIFY(!s.choices.empty());
            if (s.type == SettingType::Int || s.type == SettingType::Float)
                QVERIFY(s.min <= s.max);
            for (const std::string& a : s.architectures)
                architecture(a);  // throws if unknown
        }
        for (const char* k :
             {"arch",      "cell",    "hidden",   "corpus", "seq_len",   "batch_size",
              "valid_pct", "epochs",  "schedule", "lr",     "pct_start", "div",
              "div_final", "mom_max", "mom_min",  "beta1",  "wd",        "wd_bias",
              "beta2",     "eps",     "seed",     "threads"})
            QVERIFY2(findSetting(k), k);
        QVERIFY(!findSetting("nope"));
    }

    void defaultsAreValid() {
        Config c;
        QVERIFY(c.problems().empty());
        QCOMPARE(c.getInt("hidden"), int64_t(64));
        QCOMPARE(c.getFloat("wd"), 0.01);
        QCOMPARE(c.getFloat("eps"), 1e-5);
        QCOMPARE(c.getFloat("beta2"), 0.99);
    }

    void validationNamesKeyValueAndRange_data() {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too small")
            << "hidden=0"
            << "hidden = 0 is out of range: allowed a whole number from 1 to 4096 units";
        QTest::newRow("too big")
            << "epochs=1000000"
            << "epochs = 1000000 is out of range: allowed a whole number from 1 to 100000 epochs";
        QTest::newRow("zero lr") << "lr=0"
                                 << "lr = 0 is out of range: allowed greater than 0 up to 100";
        QTest::newRow("negative wd") << "wd=-0.1"
                                     << "wd = -0.1 is out of range: allowed 0 to 10";
        QTest::newRow("nan") << "lr=nan"
                             << "lr = nan is out of range";
        QTest::newRow("unused by the arch")
            << "ar_alpha=2"
            << "ar_alpha = 2 has no effect on arch lm1: it is used by lm5, lm6, lm7, gru";
        QTest::newRow("refactored is LSTM only") << "cell=refactored"
                                                 << "cell = refactored is the LSTM's refactored "
                                                    "cell; arch lm1 has fused and scratch only";
        QTest::newRow("lm1 needs 3 tokens") << "seq_len=16"
                                            << "seq_len = 16 does not fit arch lm1, which is "
                                               "unrolled by hand over exactly 3 tokens";
    }
    void validationNamesKeyValueAndRange() {
        QFETCH(QString, assignment);
        QFETCH(QString, expected);
        Config c;
        c.setAssignment(assignment.toStdString());             // accepted while typing...
        const QString error = errorOf([&] { c.validate(); });  // ...refused by validate()
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void badTextIsRefusedAtOnce_data() {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number")
            << "epochs=abc"
            << "setting 'epochs' cannot be 'abc': allowed a whole number from 1 to 100000";
        QTest::newRow("fraction for int") << "hidden=6.5"
                                          << "setting 'hidden' cannot be '6.5'";
        QTest::newRow("trailing junk") << "lr=1e-3x"
                                       << "setting 'lr' cannot be '1e-3x'";
        QTest::newRow("empty") << "lr="
                               << "setting 'lr' cannot be ''";
        QTest::newRow("bad choice") << "arch=lm9"
                                    << "setting 'arch' cannot be 'lm9': allowed one of: lm1, lm2, "
                                       "lm3, lm4, lm5, lm6, lm7, gru";
        QTest::newRow("bad bool") << "wd_bias=maybe"
                                  << "setting 'wd_bias' cannot be 'maybe': allowed true or false";
        QTest::newRow("typo") << "lrr=1"
                              << "unknown setting 'lrr'; did you mean 'lr'?";
        QTest::newRow("unknown") << "colour=red"
                                 << "unknown setting 'colour'";
        QTest::newRow("no equals") << "lr"
                                   << "'lr' is not of the form key=value";
    }
    void badTextIsRefusedAtOnce() {
        QFETCH(QString, assignment);
        QFETCH(QString, expected);
        Config c;
        const Config before = c;
        const QString error = errorOf([&] { c.setAssignment(assignment.toStdString()); });
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(c == before);  // a refused value changes nothing
    }

    void textParsesAsTheSettingsType() {
        Config c;
        c.setAssignment("lr=3e-3");
        QCOMPARE(c.getFloat("lr"), 3e-3);
        c.setAssignment("wd_bias=yes");
        QVERIFY(c.getBool("wd_bias"));
        c.setAssignment("batch_size=128");
        QCOMPARE(c.getInt("batch_size"), int64_t(128));
        c.set("lr", Value{int64_t(1)});  // an integer is fine for a real setting
        QCOMPARE(c.getFloat("lr"), 1.0);
    }

    void everyProblemIsReported() {
        Config c;
        c.setAssignment("hidden=0");
        c.setAssignment("lr=-1");
        try {
            c.validate();
            QFAIL("no error");
        } catch (const ConfigError& e) {
            QCOMPARE(e.issues().size(), size_t(2));
            QCOMPARE(e.issues()[0].key, std::string("hidden"));
            QCOMPARE(e.issues()[1].key, std::string("lr"));
            QCOMPARE(e.issues()[1].value, std::string("-1"));
        }
    }

    void jsonRoundTrip() {
        Config c;
        c.setAssignment("arch=lm4");
        c.setAssignment("seq_len=16");
        c.setAssignment("lr=0.003");
        c.setAssignment("wd_bias=true");
        c.setAssignment("corpus=/tmp/some text.txt");
        const Config back = Config::fromJson(c.toJson());
        QVERIFY(back == c);
        // Every setting is written, in schema order.
        const auto doc = nlohmann::ordered_json::parse(c.toJson());
        QCOMPARE(doc.size(), schema().size());
        QCOMPARE(doc.begin().key(), schema().front().key);
    }

    void badJsonIsExplained_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{lr: 1}"
                                  << "my.json: not valid JSON";
        QTest::newRow("not an object") << "[1, 2]"
                                       << "my.json: expected a JSON object of settings";
        QTest::newRow("unknown key") << R"({"hiden": 3})"
                                     << "my.json: unknown setting 'hiden'; did you mean 'hidden'?";
        QTest::newRow("wrong type") << R"({"hidden": "64"})"
                                    << "my.json: setting 'hidden' cannot be '64'";
        QTest::newRow("null") << R"({"lr": null})"
                              << "my.json: setting 'lr' cannot be null";
        QTest::newRow("bad choice") << R"({"schedule": "cosine"})"
                                    << "allowed one of: one_cycle, constant";
    }
    void badJsonIsExplained() {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QString error = errorOf([&] { Config::fromJson(json.toStdString(), "my.json"); });
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void presetsReproduceTheBook_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("seqLen");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<double>("lr");
        QTest::newRow("lm1") << "lm1" << 3 << 4 << 1e-3;
        QTest::newRow("lm2") << "lm2" << 3 << 4 << 1e-3;
        QTest::newRow("lm3") << "lm3" << 3 << 10 << 3e-3;
        QTest::newRow("lm4") << "lm4" << 16 << 15 << 3e-3;
    }
    void presetsReproduceTheBook() {
        QFETCH(QString, name);
        QFETCH(int, seqLen);
        QFETCH(int, epochs);
        QFETCH(double, lr);
        const Preset& p = findPreset(name.toStdString());
        QVERIFY(!p.description.empty());
        QVERIFY(p.description.find('\n') == std::string::npos);
        const Config c = p.config();
        QVERIFY(c.problems().empty());
        QCOMPARE(QString::fromStdString(c.getText("arch")), name);
        QCOMPARE(c.getInt("seq_len"), int64_t(seqLen));
        QCOMPARE(c.getInt("epochs"), int64_t(epochs));
        QCOMPARE(c.getFloat("lr"), lr);
        // Common to the chapter: bs 64, hidden 64, fit_one_cycle with fastai's defaults and
        // Adam's wd 0.01 with no decay on Linear biases.
        QCOMPARE(c.getInt("batch_size"), int64_t(64));
        QCOMPARE(c.getInt("hidden"), int64_t(64));
        QCOMPARE(QString::fromStdString(c.getText("schedule")), QStringLiteral("one_cycle"));
        QCOMPARE(c.getFloat("pct_start"), 0.25);
        QCOMPARE(c.getFloat("div"), 25.0);
        QCOMPARE(c.getFloat("div_final"), 1e5);
        QCOMPARE(c.getFloat("mom_max"), 0.95);
        QCOMPARE(c.getFloat("mom_min"), 0.85);
        QCOMPARE(c.getFloat("wd"), 0.01);
        QCOMPARE(c.getBool("wd_bias"), false);
        QCOMPARE(c.getFloat("valid_pct"), 0.2);
        // A preset's file only holds keys of the schema.
        const auto doc = nlohmann::json::parse(p.json);
        for (const auto& [key, value] : doc["settings"].items())
            QVERIFY2(findSetting(key), key.c_str());
    }

    void recurrentPresetsReproduceTheBook_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("lr");
        QTest::addColumn<double>("wd");
        QTest::addColumn<double>("momMax");
        QTest::addColumn<double>("momMin");
        QTest::newRow("lm5") << "lm5" << 3e-3 << 0.01 << 0.95 << 0.85;
        QTest::newRow("lm6") << "lm6" << 1e-2 << 0.01 << 0.95 << 0.85;
        // TextLearner: moms (0.8, 0.7, 0.8), and fit_one_cycle(15, 1e-2, wd=0.1).
        QTest::newRow("lm7") << "lm7" << 1e-2 << 0.1 << 0.8 << 0.7;
        QTest::newRow("gru") << "gru" << 1e-2 << 0.01 << 0.95 << 0.85;
        QTest::newRow("awd") << "awd" << 1e-2 << 0.1 << 0.8 << 0.7;
    }
    void recurrentPresetsReproduceTheBook() {
        QFETCH(QString, name);
        QFETCH(double, lr);
        QFETCH(double, wd);
        QFETCH(double, momMax);
        QFETCH(double, momMin);
        const Config c = findPreset(name.toStdString()).config();
        QVERIFY(c.problems().empty());
        QCOMPARE(c.getInt("layers"), int64_t(2));
        QCOMPARE(c.getInt("hidden"), int64_t(64));
        QCOMPARE(c.getInt("seq_len"), int64_t(16));
        QCOMPARE(c.getInt("epochs"), int64_t(15));
        QCOMPARE(c.getFloat("lr"), lr);
        QCOMPARE(c.getFloat("wd"), wd);
        QCOMPARE(c.getFloat("mom_max"), momMax);
        QCOMPARE(c.getFloat("mom_min"), momMin);
        QCOMPARE(QString::fromStdString(c.getText("cell")), QStringLiteral("fused"));
        QCOMPARE(c.getFloat("clip"), 0.0);  // clipping is beyond the chapter: off
        if (name == "lm7") {                // the chapter's AWD-LSTM: p 0.4, alpha 2, beta 1, tied
            QCOMPARE(c.getFloat("out_p"), 0.4);
            QCOMPARE(c.getBool("out_locked"), false);
            QCOMPARE(c.getFloat("ar_alpha"), 2.0);
            QCOMPARE(c.getFloat("tar_beta"), 1.0);
            QVERIFY(c.getBool("tie_weights"));
            for (const char* k : {"input_p", "hidden_p", "embed_p", "weight_p"})
                QCOMPARE(c.getFloat(k), 0.0);
        }
        if (name == "awd") {
            QVERIFY(c.getBool("out_locked"));
            for (const char* k : {"input_p", "hidden_p", "embed_p", "weight_p", "out_p"})
                QVERIFY(c.getFloat(k) > 0);
        }
    }

    void unknownPresetListsTheKnownOnes() {
        const QString error = errorOf([] { findPreset("lm42"); });
        QVERIFY2(
            error.contains(
                "unknown preset 'lm42'; available: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru, awd"),
            qPrintable(error));
    }

    void allowedTextReadsWell() {
        QCOMPARE(QString::fromStdString(findSetting("seq_len")->allowedText().english()),
                 QStringLiteral("a whole number from 2 to 1024 tokens"));
        QCOMPARE(QString::fromStdString(findSetting("cell")->allowedText().english()),
                 QStringLiteral("one of: fused, refactored, scratch, libtorch"));
    }

    // The typed keys (unroll/settings.h) and the schema name the same settings with the same
    // types: a key without its entry, an entry without its key, or a type that disagrees fails.
    void everyTypedKeyHasItsSchemaEntry() {
        std::set<std::string> keys;
#define UNROLL_CHECK_KEY(cpp_type, setting_type, key)                \
    {                                                                \
        const SettingSpec* spec = findSetting(settings::key.name);   \
        QVERIFY2(spec, #key " has a typed key but no schema entry"); \
        QVERIFY2(spec->type == SettingType::setting_type,            \
                 #key ": the key and the schema disagree");          \
        keys.insert(#key);                                           \
    }
        UNROLL_SETTINGS(UNROLL_CHECK_KEY)
#undef UNROLL_CHECK_KEY
        for (const SettingSpec& spec : schema())
            QVERIFY2(keys.count(spec.key), qPrintable(QString::fromStdString(spec.key) +
                                                      " is in the schema but has no typed key"));
        QCOMPARE(keys.size(), schema().size());
    }

    // An enum's names are its setting's choices, in order, and read back as the enum.
    void enumSettingsReadAsTheirEnum() {
        QCOMPARE(findSetting("arch")->choices.size(), architectures().size());
        for (size_t i = 0; i < architectures().size(); ++i) {
            const Arch a = static_cast<Arch>(i);
            QCOMPARE(std::string(nameOf(a)), architectures()[i].name);
            QCOMPARE(architecture(a).name, findSetting("arch")->choices[i]);
            Config c;
            c.set("arch", std::string(nameOf(a)));
            QVERIFY(c.get(settings::arch) == a);
        }
        Config c;
        c.set("cell", std::string("refactored"));
        QVERIFY(c.get(settings::cell) == CellForm::Refactored);
        c.set("on_nonfinite", std::string("pause"));
        QVERIFY(c.get(settings::on_nonfinite) == OnNonFinite::Pause);
        QCOMPARE(findSetting("on_nonfinite")->choices,
                 (std::vector<std::string>{"stop", "pause", "ignore", "rewind"}));
        QCOMPARE(findSetting("cell")->choices,
                 (std::vector<std::string>{"fused", "refactored", "scratch", "libtorch"}));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "test_config.moc"
