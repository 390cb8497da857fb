// The .deb (issue #22): `cpack -G DEB` builds it from the install rules; its dependencies come
// from the binaries (dpkg-shlibdeps) plus what they load without linking (OpenBLAS with OpenMP,
// Qt's platform plugins); it holds every installed file under /usr; and its programs, unpacked
// into a root of their own, run.
#include <QtTest>

#include <QDir>
#include <QTemporaryDir>

#include "install_support.h"

using namespace unroll::test;

class TestPackage : public QObject {
    Q_OBJECT

    QTemporaryDir out_;
    QString deb_;

private Q_SLOTS:
    void initTestCase() {
        const Ran r = run("cpack",
                          {"-G", "DEB", "--config",
                           QString(UNROLL_BUILD_DIR) + "/CPackConfig.cmake", "-B", out_.path()},
                          QProcessEnvironment::systemEnvironment(), UNROLL_BUILD_DIR);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QStringList debs = QDir(out_.path()).entryList({"unroll_*.deb"}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        deb_ = out_.filePath(debs.first());
        QVERIFY2(deb_.endsWith("_amd64.deb") || deb_.contains("_"), qPrintable(deb_));
    }

    void itsDependenciesComeFromTheBinaries() {
        const Ran info = run("dpkg-deb", {"--field", deb_, "Depends"});
        QCOMPARE(info.code, 0);
        const QString depends = info.out;
        // Found by dpkg-shlibdeps from what the programs link ...
        for (const char* package : {"libtorch1.13", "libqt6widgets6", "libsentencepiece0",
                                    "libqcustomplot2.1-qt6", "libc6", "libstdc++6"})
            QVERIFY2(depends.contains(package), qPrintable(QString(package) + " in " + depends));
        // ... and what they load without linking it.
        QVERIFY2(depends.contains("libopenblas0-openmp"), qPrintable(depends));
        QVERIFY2(depends.contains("qt6-qpa-plugins"), qPrintable(depends));
        QCOMPARE(run("dpkg-deb", {"--field", deb_, "Package"}).out.trimmed(), QString("unroll"));
        QCOMPARE(run("dpkg-deb", {"--field", deb_, "Section"}).out.trimmed(), QString("science"));
    }

    void itHoldsEveryInstalledFileUnderUsr() {
        const Ran contents = run("dpkg-deb", {"--contents", deb_});
        QCOMPARE(contents.code, 0);
        for (const char* path :
             {"./usr/bin/unroll", "./usr/bin/unroll-cli", "./usr/bin/unroll-subword",
              "./usr/share/applications/org.unroll.Unroll.desktop",
              "./usr/share/icons/hicolor/scalable/apps/org.unroll.Unroll.svg",
              "./usr/share/metainfo/org.unroll.Unroll.metainfo.xml",
              "./usr/share/man/man1/unroll-cli.1.gz", "./usr/share/man/man1/unroll.1.gz",
              "./usr/share/bash-completion/completions/unroll-cli",
              "./usr/share/unroll/presets/lm1.json"})
            QVERIFY2(contents.out.contains(QString(path) + "\n"), path);
    }

    void itsProgramsRunFromTheirOwnRoot() {
        QTemporaryDir root;
        QCOMPARE(run("dpkg-deb", {"-x", deb_, root.path()}).code, 0);
        // Stripped (CPACK_STRIP_FILES), and still a program that answers.
        const Ran file = run("file", {root.filePath("usr/bin/unroll-cli")});
        QVERIFY2(file.out.contains("stripped") && !file.out.contains("not stripped"),
                 qPrintable(file.out));
        const Ran presets = run(root.filePath("usr/bin/unroll-cli"), {"presets"});
        QVERIFY2(presets.code == 0 && presets.out.contains("lm7"), qPrintable(presets.err));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "test_package.moc"
