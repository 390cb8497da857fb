// unroll: the GUI. Starts on the built-in Human Numbers corpus.
//   unroll --screenshot FILE   renders the window to a PNG and exits (works offscreen)
//   unroll --lang de           overrides the system language (en, de, fr)
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#include "main_window.h"
#include "unroll/trainer.h"

namespace {

// Installs Unroll's and Qt's own translations for `locale`; English needs none.
void installTranslations(QApplication& app, const QLocale& locale) {
    QLocale::setDefault(locale);  // numbers and dates follow the language too
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("unroll"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// --lang is read before the parser exists, because the parser's help text is translated.
QLocale requestedLocale(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--lang") == 0)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
    return QLocale::system();
}

}  // namespace

int main(int argc, char** argv) {
    unroll::configureProcessMemory();
    QApplication app(argc, argv);
    installTranslations(app, requestedLocale(argc, argv));
    QApplication::setApplicationName(QStringLiteral("Unroll"));
    QApplication::setApplicationVersion(QStringLiteral(UNROLL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Train recurrent language models and watch them learn."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use LANGUAGE (en, de, fr) instead of the system's."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(lang);
    parser.process(app);

    unroll::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, file] {
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "cannot write screenshot '%s'\n", qPrintable(file));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return app.exec();
}
