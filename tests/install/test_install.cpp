// `cmake --install` into a temporary DESTDIR (issue #22), then everything a user meets after an
// install: the programs run from there, from a folder that is not the source tree, with a home
// of their own; the files sit where the FHS and Debian expect them; the desktop entry and the
// AppStream metainfo pass Debian's validators; the man page names every command, setting and
// preset the program has; and the bash completion completes them.
#include <QtTest>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "install_support.h"

using namespace unroll::test;

class TestInstall : public QObject {
    Q_OBJECT

    QTemporaryDir dest_;  // DESTDIR
    QTemporaryDir home_;  // the user's home: nothing of the build or the source tree
    QString usr_;         // dest_/usr

    QString installed(const QString& path) const { return usr_ + "/" + path; }

    QProcessEnvironment userEnvironment() const {
        QProcessEnvironment env;
        env.insert("PATH", usr_ + "/bin:/usr/bin:/bin");
        env.insert("HOME", home_.path());
        env.insert("XDG_DATA_HOME", home_.filePath("data"));
        env.insert("XDG_CONFIG_HOME", home_.filePath("config"));
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("LANG", "C.UTF-8");
        return env;
    }

    // A shell of the user's, with bash-completion and the installed script loaded, asked what
    // completes `line` (the last word being completed).
    QStringList completions(const QString& line) {
        const QString script =
            "source /usr/share/bash-completion/bash_completion\n"
            "source '" +
            installed("share/bash-completion/completions/unroll-cli") +
            "'\n"
            "COMP_LINE='" +
            line +
            "'; COMP_POINT=${#COMP_LINE}\n"
            "read -ra COMP_WORDS <<< \"$COMP_LINE\"\n"
            "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
            "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            "_unroll_cli\n"
            "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        const Ran r = run("bash", {"-c", script}, userEnvironment());
        return r.out.split('\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase() {
        usr_ = dest_.filePath("usr");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DESTDIR", dest_.path());
        const Ran r = run("cmake", {"--install", UNROLL_BUILD_DIR, "--prefix", "/usr"}, env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void everyFileIsWhereDebianExpectsIt() {
        for (const char* path :
             {"bin/unroll", "bin/unroll-cli", "bin/unroll-subword",
              "share/applications/org.unroll.Unroll.desktop",
              "share/icons/hicolor/scalable/apps/org.unroll.Unroll.svg",
              "share/metainfo/org.unroll.Unroll.metainfo.xml", "share/man/man1/unroll.1.gz",
              "share/man/man1/unroll-cli.1.gz", "share/bash-completion/completions/unroll-cli",
              "share/unroll/presets/lm6.json"})
            QVERIFY2(QFileInfo::exists(installed(path)), path);
        for (const char* program : {"bin/unroll", "bin/unroll-cli", "bin/unroll-subword"})
            QVERIFY2(QFileInfo(installed(program)).isExecutable(), program);
    }

    void theProgramsDoNotReachIntoTheBuild() {
        // No run path into the build folder: the libraries come from the system's folders.
        for (const char* program : {"bin/unroll", "bin/unroll-cli", "bin/unroll-subword"}) {
            const Ran r = run("readelf", {"-d", installed(program)});
            QCOMPARE(r.code, 0);
            QVERIFY2(!r.out.contains("RPATH") && !r.out.contains("RUNPATH"),
                     qPrintable(QString(program) + ":\n" + r.out));
        }
    }

    void theInstalledCliTrainsFromAnyFolder() {
        const Ran r = run(installed("bin/unroll-cli"),
                          {"train", "--preset", "lm1", "--epochs", "1", "--no-record", "--json"},
                          userEnvironment(), home_.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject j =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QVERIFY2(j["valid_loss"].toDouble() > 0 && j["valid_loss"].toDouble() < 2.5,
                 qPrintable(r.out));
        // A preset installed as an example reads back as the same configuration.
        const Ran example = run(installed("bin/unroll-cli"),
                                {"train", "--config", installed("share/unroll/presets/lm1.json"),
                                 "--epochs", "1", "--no-record", "--json"},
                                userEnvironment(), home_.path());
        QVERIFY2(example.code == 0, qPrintable(example.err));
        QCOMPARE(QJsonDocument::fromJson(example.out.trimmed().split('\n').last().toUtf8())
                     .object()["valid_loss"]
                     .toDouble(),
                 j["valid_loss"].toDouble());
    }

    void theInstalledCliStartsItsSubwordHelper() {
        // SentencePiece runs in unroll-subword, which unroll-cli finds beside itself.
        const QString text = home_.filePath("words.txt");
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            f.write("the unrolled network learns the numbers one by one\n");
        f.close();
        const Ran r = run(installed("bin/unroll-cli"),
                          {"corpus", "--corpus", text, "--set", "tokenizer=subword"},
                          userEnvironment(), home_.path());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void theInstalledWindowRendersAScreenshot() {
        const QString png = home_.filePath("shot.png");
        const Ran r = run(installed("bin/unroll"),
                          {"--screenshot", png, "--preset", "lm1", "--train-steps", "20"},
                          userEnvironment(), home_.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(png).size() > 10000);
    }

    void theDesktopFilesPassDebiansValidators() {
        QVERIFY2(!tool("desktop-file-validate").isEmpty() && !tool("appstreamcli").isEmpty(),
                 "desktop-file-utils and appstream are missing: run .ci/install-deps");
        const Ran desktop = run("desktop-file-validate",
                                {installed("share/applications/org.unroll.Unroll.desktop")});
        // Hints are allowed: the issue asks for two main categories, Education and Science.
        QVERIFY2(desktop.code == 0 && !desktop.out.contains("error:") &&
                     !desktop.out.contains("warning:"),
                 qPrintable(desktop.out + desktop.err));
        const Ran meta = run(
            "appstreamcli",
            {"validate", "--no-net", installed("share/metainfo/org.unroll.Unroll.metainfo.xml")});
        QVERIFY2(meta.code == 0, qPrintable(meta.out + meta.err));
        // The entry's icon is the one installed, and the window's (the same file, compiled in).
        QFile icon(installed("share/icons/hicolor/scalable/apps/org.unroll.Unroll.svg"));
        QVERIFY(icon.open(QIODevice::ReadOnly));
        QVERIFY(icon.readAll().contains("<svg"));
    }

    void theManPageNamesEveryCommandSettingAndPreset() {
        const Ran page = run("gzip", {"-dc", installed("share/man/man1/unroll-cli.1.gz")});
        QCOMPARE(page.code, 0);
        const auto roffed = [](QString s) { return s.replace("-", "\\-"); };
        // The commands --help lists.
        const Ran help = run(installed("bin/unroll-cli"), {"--help"}, userEnvironment());
        const QString commands = help.out.mid(help.out.indexOf("Subcommands:"));
        int listed = 0;
        for (const QString& line : commands.split('\n').mid(1)) {
            const QString name = line.trimmed().section(' ', 0, 0);
            if (name.isEmpty())
                continue;
            ++listed;
            QVERIFY2(page.out.contains(".SS " + roffed(name) + "\n"), qPrintable(name));
        }
        QVERIFY(listed >= 9);
        // Every setting and preset the program knows.
        const Ran schema =
            run(installed("bin/unroll-cli"), {"settings", "--json"}, userEnvironment());
        const QJsonObject s = QJsonDocument::fromJson(schema.out.toUtf8()).object();
        QVERIFY(s["settings"].toArray().size() > 40);
        for (const QJsonValue& v : s["settings"].toArray()) {
            const QString key = v.toObject()["key"].toString();
            QVERIFY2(page.out.contains("\\fB" + roffed(key) + "\\fR = "), qPrintable(key));
        }
        for (const QJsonValue& v : s["presets"].toArray()) {
            const QString name = v.toObject()["name"].toString();
            QVERIFY2(page.out.contains("\\fB" + roffed(name) + "\\fR\n"), qPrintable(name));
        }
        // Both pages read without a warning from man's own formatter.
        if (tool("man").isEmpty())
            QSKIP("man-db is not installed: run .ci/install-deps");
        for (const char* p : {"share/man/man1/unroll-cli.1.gz", "share/man/man1/unroll.1.gz"}) {
            QProcessEnvironment env = userEnvironment();
            env.insert("MANWIDTH", "80");
            const Ran man = run("man", {"--warnings", "-l", installed(p)}, env);
            QVERIFY2(man.code == 0 && man.err.isEmpty(), qPrintable(QString(p) + ": " + man.err));
            QVERIFY(man.out.contains("SYNOPSIS"));
        }
    }

    void theCompletionCompletesCommandsFlagsPresetsAndSettings() {
        QVERIFY2(QFileInfo::exists("/usr/share/bash-completion/bash_completion"),
                 "bash-completion is missing: run .ci/install-deps");
        QVERIFY(completions("unroll-cli tr").contains("train"));
        QVERIFY(completions("unroll-cli train --pre").contains("--preset"));
        QVERIFY(completions("unroll-cli lr-find --pre").contains("--preset"));
        const QStringList presets = completions("unroll-cli train --preset lm");
        QVERIFY2(presets.contains("lm6") && presets.contains("lm7"), qPrintable(presets.join(' ')));
        QVERIFY(completions("unroll-cli train --set hid").contains("hidden="));
        const QStringList choices = completions("unroll-cli train --set tokenizer=");
        QVERIFY2(choices.contains("tokenizer=char") && choices.contains("tokenizer=subword"),
                 qPrintable(choices.join(' ')));
        QVERIFY(!completions("unroll-cli train --set tokenizer=c").contains("tokenizer=word"));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
