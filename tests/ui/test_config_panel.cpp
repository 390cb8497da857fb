// The form built from the schema: one editor per setting, mapped to its key; ranges enforced;
// bad values refused with the schema's message; the run lock; presets; the translation table.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>

#include "panels/config_panel.h"
#include "panels/corpus_preview.h"
#include "text/schema_text.h"
#include "unroll/device.h"

using namespace unroll;

namespace {

// A valid value different from `current` for the setting, as text.
QString otherValue(const SettingSpec& s, const Value& current) {
    switch (s.type) {
        case SettingType::Bool:
            return std::get<bool>(current) ? "false" : "true";
        case SettingType::Int: {
            const auto v = std::get<std::int64_t>(current);
            return QString::number(v + 1 <= s.max ? v + 1 : v - 1);
        }
        case SettingType::Float: {
            const double v = std::get<double>(current);
            const double next = v * 0.5 > s.min || (!s.min_exclusive && v * 0.5 >= s.min)
                                    ? v * 0.5
                                    : (s.min + s.max) / 2;
            return QString::number(next == v ? (s.min + s.max) / 3 : next, 'g', 10);
        }
        case SettingType::Choice:
            for (const std::string& c : s.choices)
                if (c != std::get<std::string>(current))
                    return QString::fromStdString(c);
            return {};
        case SettingType::Text:
            return "some-corpus.txt";
    }
    return {};
}

}  // namespace

class TestConfigPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyEditorMapsToItsSchemaKey() {
        ConfigPanel panel;
        for (const SettingSpec& spec : schema()) {
            const QString key = QString::fromStdString(spec.key);
            QWidget* w = panel.findChild<QWidget*>("setting_" + key);
            QVERIFY2(w, qPrintable(key));
            QCOMPARE(w, panel.editor(spec.key));
            QCOMPARE(w->property("settingKey").toString(), key);
            QVERIFY2(w->toolTip().contains(QString::fromStdString(spec.help).toHtmlEscaped()),
                     qPrintable(key));
            // The editor drives exactly its key.
            Config before = panel.config();
            const QString text = otherValue(spec, before.get(spec.key));
            QVERIFY2(!text.isEmpty(), qPrintable(key));
            QVERIFY2(panel.setValueText(spec.key, text), qPrintable(key + "=" + text));
            Config expected = before;
            expected.setFromText(spec.key, text.toStdString());
            if (spec.key == "arch")  // switching model resets settings it does not read
                for (const SettingSpec& other : schema())
                    if (!other.appliesTo(expected.getText("arch")))
                        expected.set(other.key, other.default_value);
            QVERIFY2(panel.config() == expected, qPrintable(key));
            panel.setConfig(Config());
        }
        // Editors are of the schema's kind.
        QVERIFY(qobject_cast<QSpinBox*>(panel.editor("hidden")));
        QVERIFY(qobject_cast<QLineEdit*>(panel.editor("lr")));
        QVERIFY(qobject_cast<QCheckBox*>(panel.editor("tie_weights")));
        QVERIFY(qobject_cast<QComboBox*>(panel.editor("schedule")));
    }

    void outOfRangeValuesAreRefused() {
        ConfigPanel panel;
        QSignalSpy validity(&panel, &ConfigPanel::validityChanged);
        QVERIFY(panel.valid());
        QVERIFY(panel.setValueText("lr", "1000"));
        QVERIFY(!panel.valid());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QCOMPARE(panel.problems().front().key, std::string("lr"));
        QVERIFY(QString::fromStdString(panel.problems().front().message.english()).contains("100"));
        QVERIFY(panel.editor("lr")->property("problem").toBool());
        QVERIFY(panel.editor("lr")->toolTip().contains("lr"));
        auto* problems = panel.findChild<QLabel*>("configProblems");
        QVERIFY(problems && !problems->text().isEmpty());
        // Text that is not a number is refused too, and the config keeps its last good value.
        QVERIFY(!panel.setValueText("lr", "fast"));
        QVERIFY(!panel.valid());
        QVERIFY(panel.setValueText("lr", "3e-3"));
        QVERIFY(panel.valid());
        QCOMPARE(panel.config().getFloat("lr"), 3e-3);
        QVERIFY(!panel.editor("lr")->property("problem").toBool());
        // Whole numbers: the spin box holds the schema's range.
        QVERIFY(panel.setValueText("hidden", "999999"));
        QCOMPARE(panel.config().getInt("hidden"), std::int64_t(4096));
        auto* spin = qobject_cast<QSpinBox*>(panel.editor("batch_size"));
        QCOMPARE(spin->minimum(), 1);
    }

    // The form writes and reads numbers as the window's language does; code's form still reads.
    void numbersFollowTheWindowsLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            ConfigPanel panel;
            auto* lr = qobject_cast<QLineEdit*>(panel.editor("lr"));
            auto* wd = qobject_cast<QLineEdit*>(panel.editor("wd"));
            QVERIFY(lr && wd);
            panel.setValueText("lr", "0.01");  // as the LR finder and presets hand it over
            QCOMPARE(lr->text(), QStringLiteral("0,01"));
            QCOMPARE(panel.config().getFloat("lr"), 0.01);
            // Typed in German, with a German exponent, or in C: the same value.
            QVERIFY(panel.setValueText("lr", "0,003"));
            QCOMPARE(panel.config().getFloat("lr"), 0.003);
            QVERIFY(panel.setValueText("lr", " 2,5E-4 "));
            QCOMPARE(panel.config().getFloat("lr"), 2.5e-4);
            QCOMPARE(lr->text(), QStringLiteral("0,00025"));
            // A group separator is refused, not skipped: "1.000" is not a thousand learning
            // rates in German, and 0,001 read as 1 would pass unnoticed.
            QVERIFY(!panel.setValueText("lr", "1.000,5"));
            QVERIFY(!panel.valid());
            QVERIFY(panel.setValueText("lr", "0.001"));
            QCOMPARE(panel.config().getFloat("lr"), 0.001);
            // Small values in the mantissa-exponent form a person types.
            Config c;
            c.setFromText("wd", "0.00001");
            panel.setConfig(c);
            QCOMPARE(wd->text(), QStringLiteral("1e-5"));
            c.setFromText("wd", "0.000025");
            panel.setConfig(c);
            QCOMPARE(wd->text(), QStringLiteral("2,5e-5"));
            // The range in the tooltip speaks German too, and a large default reads in full.
            QVERIFY2(panel.editor("mom_min")->toolTip().contains(QStringLiteral("0 to 0,999")),
                     qPrintable(panel.editor("mom_min")->toolTip()));
            QCOMPARE(qobject_cast<QLineEdit*>(panel.editor("div_final"))->text(),
                     QStringLiteral("100000"));
        }
        {
            // English: a comma is not a decimal point, and no value is guessed from it.
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            ConfigPanel panel;
            QVERIFY(!panel.setValueText("lr", "0,003"));
            QVERIFY(panel.setValueText("lr", "0.003"));
            QCOMPARE(qobject_cast<QLineEdit*>(panel.editor("lr"))->text(), QStringLiteral("0.003"));
        }
        QLocale::setDefault(before);
    }

    void contradictionsAcrossSettingsAreShown() {
        ConfigPanel panel;
        panel.loadPreset("lm1");
        QVERIFY(panel.setValueText("seq_len", "16"));  // LM1 reads exactly 3 tokens
        QVERIFY(!panel.valid());
        QCOMPARE(panel.problems().front().key, std::string("seq_len"));
        QVERIFY(panel.editor("seq_len")->property("problem").toBool());
    }

    void lockedFormKeepsOnlyLiveSettingsEditable() {
        ConfigPanel panel;
        panel.loadPreset("lm6");
        QSignalSpy live(&panel, &ConfigPanel::liveEdited);
        panel.setRunLocked(true);
        QVERIFY(!panel.editor("hidden")->isEnabled());
        QVERIFY(!panel.editor("arch")->isEnabled());
        QVERIFY(!panel.editor("epochs")->isEnabled());
        QVERIFY(panel.editor("lr")->isEnabled());
        QVERIFY(panel.editor("clip")->isEnabled());
        QVERIFY(panel.setValueText("clip", "0.25"));
        QCOMPARE(live.count(), 1);
        QCOMPARE(live.at(0).at(0).value<Config>().getFloat("clip"), 0.25);
        // An invalid live value is not sent to the run.
        QVERIFY(panel.setValueText("lr", "-1"));
        QCOMPARE(live.count(), 1);
        panel.setRunLocked(false);
        QVERIFY(panel.editor("hidden")->isEnabled());
    }

    void presetsAndArchitectureDescription() {
        ConfigPanel panel;
        panel.loadPreset("lm7");
        QCOMPARE(panel.config(), findPreset("lm7").config());
        auto* arch = qobject_cast<QComboBox*>(panel.editor("arch"));
        QCOMPARE(arch->currentData().toString(), QStringLiteral("lm7"));
        // Settings the model does not read are hidden; LM1 has no layers.
        panel.loadPreset("lm1");
        QVERIFY(panel.editor("layers")->isHidden());
        panel.loadPreset("lm5");
        QVERIFY(!panel.editor("layers")->isHidden());
        auto* summary = panel.findChild<QLabel*>("layoutSummary");
        QVERIFY(summary->text().contains("group_chunks"));
        // The subword settings show only with subword tokens.
        QVERIFY(panel.editor("subword_vocab")->isHidden());
        QVERIFY(panel.setValueText("tokenizer", "subword"));
        QVERIFY(!panel.editor("subword_vocab")->isHidden());
        QVERIFY(!panel.editor("subword_model")->isHidden());
        QVERIFY(panel.setValueText("tokenizer", "char"));
        QVERIFY(panel.editor("subword_model")->isHidden());
    }

    // A file corpus is read as soon as it is chosen, off the window's thread: its tokens,
    // vocabulary and batches show before Start, and so does what is wrong with it.
    void aChosenCorpusIsSummedUpBeforeStart() {
        QTemporaryDir dir;
        const QString prose = dir.filePath("prose.txt");
        {
            QFile f(prose);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 400; ++i)
                f.write("the cat sat on the mat and\nthe dog ran after it\n");
        }
        ConfigPanel panel;
        panel.loadPreset("lm3");
        QVERIFY(panel.summaryText().contains("Human Numbers: 63,095 tokens, a vocabulary of 30"));
        // Half typed, a path is not read.
        auto* field = qobject_cast<QLineEdit*>(panel.editor("corpus"));
        QTest::keyClicks(field, "/d");
        QVERIFY(!panel.corpusPreview()->reading());
        QVERIFY(panel.setValueText("corpus", prose));
        QVERIFY2(panel.summaryText().startsWith("Reading"), qPrintable(panel.summaryText()));
        QTRY_VERIFY2(panel.summaryText().contains("prose.txt: 4,800 tokens, a vocabulary of 10."),
                     qPrintable(panel.summaryText()));
        // 400 x 12 words; 1600 samples of 3 tokens, 4/5 of them to train, in batches of 64.
        QVERIFY2(panel.summaryText().contains("Line breaks read as spaces."),
                 qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains("1,279 train / 320 valid samples"));
        QVERIFY(panel.summaryText().contains("19 batches of 64 per epoch"));
        // The tokenizer changes what is counted: characters keep the line breaks.
        QVERIFY(panel.setValueText("tokenizer", "char"));
        QTRY_VERIFY2(panel.summaryText().contains("Line breaks kept as characters."),
                     qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains("a vocabulary of 16."));
        // A file that is not text: the engine's reason, marked, before any run starts.
        const QString binary = dir.filePath("image.bin");
        {
            QFile f(binary);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x89PNG\0\0\0", 7));
        }
        QVERIFY(panel.setValueText("corpus", binary));
        QTRY_VERIFY2(
            panel.summaryText().contains("image.bin") && !panel.summaryText().startsWith("Reading"),
            qPrintable(panel.summaryText()));
        auto* summary = panel.findChild<QLabel*>("layoutSummary");
        QVERIFY(summary->styleSheet().contains("#b00020"));
        // Back to the built-in corpus: at once.
        QVERIFY(panel.setValueText("corpus", "builtin:human-numbers"));
        QVERIFY(panel.setValueText("tokenizer", "word"));
        QVERIFY(panel.summaryText().contains("Human Numbers: 63,095 tokens"));
    }

    // The device is a choice only where libtorch has CUDA and a GPU answers; a config that
    // names one anyway (a JSON file from a GPU machine) shows it, so the refusal has a place.
    void theDeviceIsOfferedOnlyWithAGpu() {
        ConfigPanel panel;
        const bool gpu = availableDevices().size() > 1;
        QCOMPARE(panel.editor("device")->isHidden(), !gpu);
        Config c;
        c.setFromText("device", "cuda");
        panel.setConfig(c);
        QVERIFY(!panel.editor("device")->isHidden());
        panel.setConfig(Config());
        QCOMPARE(panel.editor("device")->isHidden(), !gpu);
        // Determinism is a GPU's question too: offered with the device, or once a file sets it.
        QCOMPARE(panel.editor("deterministic")->isHidden(), !gpu);
        c = Config();
        c.setFromText("deterministic", "true");
        panel.setConfig(c);
        QVERIFY(!panel.editor("deterministic")->isHidden());
        QCOMPARE(panel.editor("device")->isHidden(), !gpu);
    }

    void workersAreOfferedWithTheirTimeout() {
        // The window drives runs of several workers (test_window_workers): the form offers them.
        ConfigPanel panel;
        Config c;
        c.setFromText("workers", "2");
        panel.setConfig(c);
        QVERIFY(!panel.editor("workers")->isHidden());
        QVERIFY(!panel.editor("worker_timeout")->isHidden());
        QVERIFY(panel.setValueText("workers", "3"));
        QCOMPARE(panel.config().get(settings::workers), std::int64_t{3});
    }

    void schemaTextsAreAllMarkedForTranslation() {
        // ui/schema_strings.h is generated from the schema; a new setting must regenerate it.
        const QStringList texts = schemaSourceTexts();
        for (const SettingSpec& s : schema()) {
            QVERIFY2(texts.contains(QString::fromStdString(s.label)), s.label.c_str());
            QVERIFY2(texts.contains(QString::fromStdString(s.help)), s.key.c_str());
            if (!s.unit.empty())
                QVERIFY2(texts.contains(QString::fromStdString(s.unit)), s.unit.c_str());
        }
        for (const Preset& p : presets())
            QVERIFY2(texts.contains(QString::fromStdString(p.description)), p.name.c_str());
    }
};

QTEST_MAIN(TestConfigPanel)
#include "test_config_panel.moc"
