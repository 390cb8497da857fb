// unroll: the GUI. Starts on the built-in Human Numbers corpus.
//   unroll --screenshot FILE   renders the window to a PNG and exits (works offscreen)
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

#include "main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
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
