// The engine's messages in the window's language (ui/text/engine_text.h): the catalogue lists
// every pattern the sources mark, each translation keeps its pattern's placeholders, and real
// failures of the engine — a corpus that is not UTF-8, a prompt with unknown words, a setting out
// of range, a missing file, a loss that explodes — read in German with German numbers and no
// English left in them, and in the C locale exactly as the CLI prints them.
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <map>

#include "generate/prompt_encoding.h"
#include "text/engine_strings.h"
#include "text/engine_text.h"
#include "train/guard.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/files.h"

using namespace unroll;

namespace {

// The marked patterns in the sources, as translations/make_engine_strings.py finds them.
QStringList markedPatterns() {
    static const QRegularExpression mark(
        QStringLiteral(R"re(UNROLL_TEXT\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    static const QRegularExpression escape(QStringLiteral(R"(\\(.))"));
    QStringList found;
    for (const char* folder : {"engine", "ui", "app"}) {
        QDirIterator it(QStringLiteral(UNROLL_SOURCE_DIR "/%1").arg(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("engine_strings.h")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = mark.globalMatch(text); m.hasNext();) {
                QString pattern;
                for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
                    pattern += l.next().captured(1).replace(escape, QStringLiteral("\\1"));
                if (!found.contains(pattern))
                    found << pattern;
            }
        }
    }
    return found;
}

// The placeholders of a pattern, counted.
std::map<QString, int> placeholders(const QString& text) {
    static const QRegularExpression p(QStringLiteral("%[1-9]"));
    std::map<QString, int> out;
    for (auto m = p.globalMatch(text); m.hasNext();)
        ++out[m.next().captured(0)];
    return out;
}

// English that must not be left in a German message (the system's own error text, strerror,
// follows the C library's locale and is not the window's to translate).
const QStringList kEnglishWords = {
    QStringLiteral("cannot"),      QStringLiteral(" the "),   QStringLiteral("corpus"),
    QStringLiteral(" is "),        QStringLiteral(" not "),   QStringLiteral("valid"),
    QStringLiteral("line "),       QStringLiteral("column"),  QStringLiteral("offset"),
    QStringLiteral("prompt"),      QStringLiteral("words"),   QStringLiteral("allowed"),
    QStringLiteral("range"),       QStringLiteral("step "),   QStringLiteral("passed"),
    QStringLiteral("loss "),       QStringLiteral("weights"), QStringLiteral("lower"),
    QStringLiteral("Try"),         QStringLiteral("check"),   QStringLiteral("read "),
    QStringLiteral("whole number")};

QString englishIn(const QString& text) {
    for (const QString& w : kEnglishWords)
        if (text.contains(w))
            return w;
    return QString();
}

// A failure of each kind the engine reports, as the message the window receives.
std::vector<Message> realFailures(const QString& folder) {
    std::vector<Message> out;
    const QString latin1 = folder + QStringLiteral("/latin1.txt");
    QFile f(latin1);
    f.open(QIODevice::WriteOnly);
    f.write(
        "one two\nthr\xe9"
        "e four\n");
    f.close();
    Config c;
    c.set("corpus", latin1.toStdString());
    try {
        loadCorpus(c);
    } catch (const CorpusError& e) {
        out.push_back(e.message());
    }
    try {
        encodePrompt("one twoo", humanNumbersCorpus());
    } catch (const PromptError& e) {
        out.push_back(e.message());
    }
    c.set("lr", 700.0);
    c.set("seq_len", std::int64_t(100000));
    for (const ConfigIssue& issue : c.problems())
        out.push_back(issue.message);
    try {
        readFile((folder + QStringLiteral("/missing.json")).toStdString(),
                 Message(UNROLL_TEXT("config file")), 1 << 20);
    } catch (const FileError& e) {
        out.push_back(e.message());
    }
    GuardInput in;
    const std::vector<Activation> none;
    const std::vector<ActivationStat> no_stats;
    in.activations = &none;
    in.stats = &no_stats;
    in.loss = 71.58;
    in.first_loss = 3.25;
    in.loss_limit = 20;
    GuardContext ctx;
    ctx.step = 1234;
    ctx.lr = 0.0125;
    out.push_back(checkStep(in, ctx)->message);
    return out;
}

}  // namespace

class TestEngineText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // translations/make_engine_strings.py has been run since the last marked pattern changed.
    void catalogueListsEveryMarkedPattern() {
        const QStringList marked = markedPatterns();
        QVERIFY(marked.size() > 100);
        QStringList table;
        for (const char* s : kEngineStrings)
            table << QString::fromUtf8(s);
        for (const QString& p : marked)
            QVERIFY2(table.contains(p), qPrintable(QStringLiteral("not in the table: ") + p));
        for (const QString& p : table)
            QVERIFY2(marked.contains(p), qPrintable(QStringLiteral("no longer marked: ") + p));
    }

    // A translation that drops or invents a placeholder would lose or garble a value.
    void translationsKeepThePlaceholders() {
        for (const char* lang : {"de", "fr"}) {
            QTranslator t;
            QVERIFY(t.load(QStringLiteral(UNROLL_QM_DIR "/unroll_%1.qm").arg(lang)));
            for (const char* s : kEngineStrings) {
                const QString translated = t.translate("engine", s);
                QVERIFY2(
                    !translated.isEmpty(),
                    qPrintable(
                        QStringLiteral("%1: untranslated: %2").arg(lang, QString::fromUtf8(s))));
                QVERIFY2(placeholders(translated) == placeholders(QString::fromUtf8(s)),
                         qPrintable(QStringLiteral("%1: %2 -> %3")
                                        .arg(lang, QString::fromUtf8(s), translated)));
            }
        }
    }

    void germanFailuresReadInGerman() {
        QTemporaryDir dir;
        const std::vector<Message> failures = realFailures(dir.path());
        QCOMPARE(failures.size(), size_t(6));
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(UNROLL_QM_DIR "/unroll_de.qm")));
        QCoreApplication::installTranslator(&t);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QStringList shown;
        for (const Message& m : failures)
            shown << engineText(m);
        QCoreApplication::removeTranslator(&t);
        QLocale::setDefault(QLocale::c());
        for (const QString& text : shown) {
            if (qEnvironmentVariableIsSet("UNROLL_SHOW_TEXT"))
                qInfo("%s", qPrintable(text));
            QVERIFY2(englishIn(text).isEmpty(),
                     qPrintable(QStringLiteral("'%1' in: %2").arg(englishIn(text), text)));
            QVERIFY(!text.contains(QLatin1String("%1")));
        }
        // What the user gave stays as it was; numbers are German.
        QVERIFY2(shown[0].contains(QLatin1String("latin1.txt")) &&
                     shown[0].contains(QLatin1String("0xE9")),
                 qPrintable(shown[0]));
        QVERIFY2(shown[1].contains(QLatin1String("'twoo'")), qPrintable(shown[1]));
        QVERIFY2(shown.last().contains(QLatin1String("71,58")) &&
                     shown.last().contains(QLatin1String("0,0125")) &&
                     shown.last().contains(QLatin1String("1.234")),
                 qPrintable(shown.last()));
    }

    // Without a translator, in the C locale, the window shows what the CLI prints.
    void untranslatedIsTheEnglishText() {
        QTemporaryDir dir;
        QLocale::setDefault(QLocale::c());
        for (const Message& m : realFailures(dir.path()))
            QCOMPARE(engineText(m), QString::fromStdString(m.english()));
    }

    // Anything else thrown reads as its what(), without libtorch's stack trace.
    void otherErrorsLoseTheirStackTrace() {
        const std::runtime_error e("bad shape\nException raised from foo at bar.cpp:1");
        QCOMPARE(engineText(e), QStringLiteral("bad shape"));
        const CorpusError c(Message(UNROLL_TEXT("corpus '%1' holds only whitespace — it has no "
                                                "words to train on"),
                                    "x.txt"));
        QCOMPARE(engineText(c), QString::fromStdString(c.what()));
    }
};

QTEST_GUILESS_MAIN(TestEngineText)
#include "test_engine_text.moc"
