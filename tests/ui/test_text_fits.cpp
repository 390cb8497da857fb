// Every text of the window fits its widget, in English, German and French, at 1280×720 and
// 1920×1080: each tab after a real run (the LSTM cell open on the Diagram tab), the form beside
// it, and the dialogs. German words run long and French puts spaces before colons; a label that
// fits in English is no proof.
#include <QtTest>

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QTranslator>

#include "diagram/diagram_panel.h"
#include "diagram/diagram_view.h"
#include "painted_text.h"
#include "runs/race_dialog.h"
#include "text_fit.h"
#include "window/lr_finder_dialog.h"
#include "window_test_support.h"

using namespace unroll;

namespace {

QString report(const QList<test::Clipped>& clipped) {
    QStringList lines;
    for (const test::Clipped& c : clipped)
        lines << c.describe();
    lines.removeDuplicates();
    return lines.join('\n');
}

// A recorded learning-rate search, enough for the dialog to show its curve and suggestions.
LrFindResult someSearch() {
    LrFindResult r;
    for (int i = 0; i < 100; ++i) {
        const double lr = 1e-7 * std::pow(10.0, i * 8.0 / 99);
        r.lrs.push_back(lr);
        r.losses.push_back(3.0 - std::tanh((std::log10(lr) + 4) * 0.8) + (i > 90 ? i - 90 : 0));
        r.raw_losses.push_back(r.losses.back());
    }
    r.suggestions = suggestLearningRates(r.lrs, r.losses, 100);
    r.stopped_because = "diverged";
    return r;
}

// The texts of a translated window that are English words or numbers written the C way
// ("0.494" where German writes "0,494"), each with where it was seen.
QStringList foreignText(const QStringList& texts, const QString& where) {
    QStringList found;
    for (const QString& text : test::englishWords(texts) + test::cFormNumbers(texts))
        found << QStringLiteral("%1: %2").arg(where, text);
    return found;
}

}  // namespace

class TestTextFits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTextFits_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }

    void everyTextFits() {
        QFETCH(QString, language);
        const QLocale locale(language);
        QLocale::setDefault(locale);
        // Unroll's texts and Qt's own (a dialog's Cancel and Close), as main() installs them.
        QTranslator translator, qt;
        if (language != "en") {
            QVERIFY(translator.load(QStringLiteral(UNROLL_QM_DIR "/unroll_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QVERIFY2(qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                     "Qt's translations (Debian's qt6-translations-l10n) are not installed");
            QCoreApplication::installTranslator(&qt);
        }
        QList<test::Clipped> clipped;
        QStringList untranslated;
        {
            MainWindow w;
            test::answerQuestions(w);
            w.resize(1280, 720);
            w.show();
            w.configPanel()->loadPreset("lm6");
            QVERIFY(w.configPanel()->setValueText("epochs", "2"));
            w.startRun();
            QVERIFY(test::waitForState(w, RunState::Finished, 60000));
            w.refreshAll();
            auto* diagram = w.findChild<DiagramPanel*>();
            QVERIFY(diagram);
            diagram->setCellOpen(true);
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                w.resize(size);
                QTest::qWait(50);
                // The window's least size fits the screen it is made for.
                if (w.size() != size)
                    clipped << test::Clipped{QStringLiteral("the window"),
                                             QStringLiteral("its least size"), w.width(),
                                             size.width()};
                for (int tab = 0; tab < w.tabs()->count(); ++tab) {
                    w.tabs()->setCurrentIndex(tab);
                    QTest::qWait(50);  // the tab lays out and reads its data
                    for (QWidget* painted : w.findChildren<QWidget*>()) {
                        const QString type =
                            QString::fromLatin1(painted->metaObject()->className());
                        if (!painted->isVisible() ||
                            !(type == "unroll::DiagramView" || type == "unroll::StreamLayoutView" ||
                              type == "unroll::HiddenStrip"))
                            continue;
                        const test::Painting painting = test::paintingOf(painted);
                        if (language != "en")
                            untranslated << foreignText(painting.texts, w.tabs()->tabText(tab));
                        for (const QString& problem : painting.problems)
                            clipped << test::Clipped{QStringLiteral("%1x%2 %3")
                                                         .arg(size.width())
                                                         .arg(size.height())
                                                         .arg(w.tabs()->tabText(tab)),
                                                     problem, 0, 0};
                    }
                    // In German and French, no English left: what the window writes and
                    // the names the engine hands it (activations, settings, messages).
                    if (language != "en")
                        untranslated << foreignText(test::visibleTexts(&w), w.tabs()->tabText(tab));
                    for (test::Clipped& c : test::clippedTexts(&w)) {
                        c.widget = QStringLiteral("%1x%2 %3: %4")
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(w.tabs()->tabText(tab), c.widget);
                        clipped << c;
                    }
                }
            }
            // The diagram at any width the window can give it, down to its least: labels that
            // fit at one width must not run under a box at another.
            DiagramView* view = diagram->view();
            const QSize was = view->size();
            for (int width = view->minimumWidth(); width <= 1400; width += 120) {
                view->resize(width, 520);
                for (const QString& problem : test::paintingOf(view).problems)
                    clipped << test::Clipped{QStringLiteral("diagram %1 px wide").arg(width),
                                             problem, 0, 0};
            }
            view->resize(was);
            // The dialogs, at the size they open with.
            RaceDialog race(3, &w);
            race.show();
            QTest::qWait(20);
            clipped << test::clippedTexts(&race);
            if (language != "en")
                untranslated << foreignText(test::visibleTexts(&race), race.windowTitle());
            LrFinderDialog finder(someSearch(), &w);
            finder.show();
            QTest::qWait(20);
            clipped << test::clippedTexts(&finder);
            if (language != "en")
                untranslated << foreignText(test::visibleTexts(&finder), finder.windowTitle());
        }
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(QLocale::c());
        if (!clipped.isEmpty())
            qInfo().noquote() << report(clipped);  // all of them: a failure message is cut short
        QVERIFY2(clipped.isEmpty(), "texts that do not fit, above");
        untranslated.removeDuplicates();
        if (!untranslated.isEmpty())
            qInfo().noquote() << untranslated.join('\n');
        QVERIFY2(untranslated.isEmpty(), "English in the translated window, above");
    }
};

QTEST_MAIN(TestTextFits)
#include "test_text_fits.moc"
