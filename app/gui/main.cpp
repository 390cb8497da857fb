// unroll: the GUI. Starts on the built-in Human Numbers corpus.
//   unroll FILE                          opens a checkpoint (.safetensors), or trains on a text
//                                        file (as --corpus FILE): the menu's "Open with Unroll"
//   unroll --preset lm6                  starts with a preset's settings in the form
//   unroll --corpus FILE                 ... and a text file as the corpus (--set tokenizer=char)
//   unroll --screenshot FILE [--preset P] [--train-steps N]
//                                        trains N steps (offscreen works), renders the window to
//                                        a PNG and exits
//   unroll --bench-report FILE --preset P
//                                        trains the preset to the end and writes throughput and
//                                        event-loop lag as JSON (bench/gui_overhead.py)
//   unroll --screenshot FILE --tab 3 [--open-cell] [--rolled]
//                                        the diagram tab, its cell opened, or rolled
//   unroll --screenshot FILE --race lm5,lm6,lm7 --tab 6
//                                        races the presets, then renders the Runs tab
//   unroll --bench-report FILE --bench-runs 20 --preset P
//                                        20 runs in turn; the report has the memory after each
//   unroll --follow run.jsonl            plots a log that unroll-cli train --log is writing
//   unroll --lang de                     overrides the system language (en, de, fr)
//   unroll --size 1280x720               opens the window that large (screenshots at a given size)
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include "unroll/group_session.h"
#include "unroll/trainer.h"
#include "window/main_window.h"
#include "window/scripted_run.h"

namespace {

// Installs Unroll's and Qt's own translations for `locale`; English needs none.
void installTranslations(QCoreApplication& app, const QLocale& locale) {
    QLocale::setDefault(locale);  // numbers and dates follow the language too
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("unroll"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// --lang wins, then the choice made in View > Language, then the system's. Read before the
// parser exists, because the parser's help text is translated.
QLocale requestedLocale(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--lang") == 0)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

// Whether the command line asks only for text (--help, --version), which needs no display: the
// window system is then not started, so a terminal without one gets its answer.
bool asksOnlyForText(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], flag) == 0)
                return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    // A worker that the window's run with several workers started (unroll/group_session.h): no
    // window, no Qt.
    if (argc == 2 && qstrcmp(argv[1], unroll::kGroupWorkerFlag) == 0)
        return unroll::runGroupWorker();
    unroll::configureProcessMemory();
    const std::unique_ptr<QCoreApplication> app_owner =
        asksOnlyForText(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                    : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *app_owner;
    QApplication::setOrganizationName(QStringLiteral("Unroll"));
    QApplication::setApplicationName(QStringLiteral("Unroll"));
    QApplication::setApplicationVersion(QStringLiteral(UNROLL_VERSION));
    if (qobject_cast<QGuiApplication*>(&app)) {  // not for --help and --version
        // The desktop entry's name, so that a window manager matches the window to its menu
        // entry, and the entry's icon.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.unroll.Unroll"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.unroll.Unroll.svg")));
    }
    installTranslations(app, requestedLocale(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Train recurrent language models and watch them learn."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QApplication::translate("main", "Start with the preset P."),
                                    QStringLiteral("P"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        QApplication::translate("main", "Set a setting, as KEY=VALUE (repeatable)."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption corpus(
        QStringLiteral("corpus"),
        QApplication::translate("main", "Train on the UTF-8 text file FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption steps(
        QStringLiteral("train-steps"),
        QApplication::translate("main", "With --screenshot: train N steps first."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "With --screenshot: show tab N (0: training)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption open_cell(
        QStringLiteral("open-cell"),
        QApplication::translate("main", "With --screenshot: open the diagram's cell."));
    const QCommandLineOption rolled(
        QStringLiteral("rolled"),
        QApplication::translate("main", "With --screenshot: draw the diagram rolled."));
    const QCommandLineOption prompt(
        QStringLiteral("prompt"),
        QApplication::translate("main", "With --screenshot: generate from TEXT first."),
        QStringLiteral("TEXT"));
    const QCommandLineOption report(
        QStringLiteral("bench-report"),
        QApplication::translate(
            "main", "Train to the end, write throughput and event-loop lag to FILE, and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption race(
        QStringLiteral("race"),
        QApplication::translate("main",
                                "With --screenshot: race the comma-separated PRESETS first."),
        QStringLiteral("PRESETS"));
    const QCommandLineOption bench_runs(
        QStringLiteral("bench-runs"),
        QApplication::translate(
            "main",
            "With --bench-report: train N runs in turn; the report has the memory after each."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        QApplication::translate("main",
                                "Follow the run log FILE live in the Runs tab (with "
                                "--screenshot: render once the run has ended)."),
        QStringLiteral("FILE"));
    const QCommandLineOption record(
        QStringLiteral("record"),
        QApplication::translate("main",
                                "With --screenshot or --bench-report: record the runs in the "
                                "Runs list, as a person's runs are (otherwise they are not)."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use LANGUAGE (en, de, fr) instead of the system's."),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Open the window WIDTHxHEIGHT pixels large (1280x720)."),
        QStringLiteral("WIDTHxHEIGHT"));
    for (const QCommandLineOption& o :
         {preset, set, corpus, screenshot, steps, tab, open_cell, rolled, prompt, report, race,
          bench_runs, follow, record, lang, size})
        parser.addOption(o);
    // "Open with Unroll" from a file manager (the .desktop file's %f): a checkpoint opens, any
    // other file is the corpus.
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A checkpoint (.safetensors) to open, or a text file "
                                    "to train on (as --corpus FILE)"),
        QStringLiteral("[file]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "unroll: give at most one file (a checkpoint or a corpus)\n");
        return 2;
    }
    const QString file = files.value(0);
    const bool checkpoint_file = file.endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive);

    bool steps_ok = false, tab_ok = false;
    const qint64 train_steps = parser.value(steps).toLongLong(&steps_ok);
    const int tab_index = parser.value(tab).toInt(&tab_ok);
    if (!steps_ok || train_steps < 0 || !tab_ok || tab_index < 0) {
        std::fprintf(stderr, "unroll: --train-steps and --tab take a whole number >= 0\n");
        return 2;
    }
    QSize window_size;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool w_ok = false, h_ok = false;
        if (parts.size() == 2)
            window_size = QSize(parts[0].toInt(&w_ok), parts[1].toInt(&h_ok));
        if (!w_ok || !h_ok || window_size.width() < 200 || window_size.height() < 200) {
            std::fprintf(
                stderr,
                "unroll: --size takes WIDTHxHEIGHT in pixels, each at least 200, e.g. 1280x720\n");
            return 2;
        }
    }

    unroll::MainWindow window;
    // A person's session continues where the last one ended; scripted runs (screenshots,
    // benchmarks) start from the defaults and leave the person's settings alone.
    if (!parser.isSet(screenshot) && !parser.isSet(report))
        window.restoreSession();
    if (window_size.isValid())
        window.resize(window_size);
    window.show();
    const bool scripted = parser.isSet(screenshot) || parser.isSet(report);
    if (scripted)
        window.runScripted(parser.isSet(record));
    if (checkpoint_file)
        window.openCheckpointFile(file);
    const bool corpus_file = !file.isEmpty() && !checkpoint_file;
    if (scripted || parser.isSet(preset) || parser.isSet(set) || parser.isSet(corpus) ||
        corpus_file || parser.isSet(follow)) {
        unroll::ScriptedRun::Options o;
        o.preset = parser.value(preset);
        o.settings = parser.values(set);
        if (parser.isSet(corpus) || corpus_file)
            o.settings.prepend(QStringLiteral("corpus=") +
                               (corpus_file ? file : parser.value(corpus)));
        o.screenshot = parser.value(screenshot);
        o.report = parser.value(report);
        o.train_steps = parser.isSet(report) ? -1 : (scripted ? train_steps : 0);
        o.tab = tab_index;
        o.open_cell = parser.isSet(open_cell);
        o.rolled = parser.isSet(rolled);
        o.prompt = parser.value(prompt);
        o.follow = parser.value(follow);
        o.race = parser.value(race).split(QLatin1Char(','), Qt::SkipEmptyParts);
        o.runs = std::max(1, parser.value(bench_runs).toInt());
        auto* run = new unroll::ScriptedRun(&window, o);
        run->setQuitWhenDone(scripted);
        run->begin();
    }
    return app.exec();
}
