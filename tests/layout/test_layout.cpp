// The source tree's shape, checked so it stays one a newcomer can find their way in: no folder
// of engine/src, ui or app holds more than 15 translation units; a header private to a folder
// (*_impl.h) is included only from its own folder; and the folders of each of those three trees
// include each other without a cycle (a cycle means neither can be understood, built or moved
// without the other).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <map>
#include <set>

namespace {

constexpr int kMostSourcesPerFolder = 15;
const QStringList kTrees = {"engine/src", "ui", "app"};

QString root() {
    return QStringLiteral(UNROLL_SOURCE_DIR);
}

struct Include {
    QString from_folder;  // relative to its tree: "train", "plots", "cli"; "." for the tree itself
    QString file;         // the including file, relative to the source root
    QString header;       // as written: "train/trainer_impl.h", "unroll/config.h", "qcp.h"
};

// Every quoted #include of every source of `tree`.
std::vector<Include> includesOf(const QString& tree) {
    std::vector<Include> out;
    static const QRegularExpression quoted(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                           QRegularExpression::MultilineOption);
    const QDir base(root() + "/" + tree);
    QDirIterator it(base.path(), {"*.cpp", "*.h"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        const QString folder = QFileInfo(base.relativeFilePath(path)).path();
        auto matches = quoted.globalMatch(text);
        while (matches.hasNext())
            out.push_back(
                {folder, tree + "/" + base.relativeFilePath(path), matches.next().captured(1)});
    }
    return out;
}

// The folder an include names inside `tree`, or "" for a header outside it (the engine's public
// unroll/ headers, a same-folder header, a generated .moc).
QString folderNamed(const QString& tree, const QString& header) {
    const int slash = header.indexOf('/');
    if (slash < 0)
        return {};
    const QString folder = header.left(slash);
    return QDir(root() + "/" + tree + "/" + folder).exists() ? folder : QString();
}

// A cycle in the folder graph, as "a -> b -> a", or "" when there is none.
QString findCycle(const std::map<QString, std::set<QString>>& edges) {
    std::map<QString, int> state;  // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<QString(const QString&)> visit = [&](const QString& node) -> QString {
        state[node] = 1;
        path << node;
        const auto found = edges.find(node);
        if (found != edges.end())
            for (const QString& next : found->second) {
                if (state[next] == 1)
                    return (path.mid(path.indexOf(next)) << next).join(" -> ");
                if (state[next] == 0) {
                    const QString cycle = visit(next);
                    if (!cycle.isEmpty())
                        return cycle;
                }
            }
        path.removeLast();
        state[node] = 2;
        return {};
    };
    for (const auto& [node, targets] : edges)
        if (state[node] == 0) {
            const QString cycle = visit(node);
            if (!cycle.isEmpty())
                return cycle;
        }
    return {};
}

}  // namespace

class TestLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theTreesAreThere() {
        // A wrong UNROLL_SOURCE_DIR would make every other check pass on nothing.
        for (const QString& tree : kTrees)
            QVERIFY2(QDir(root() + "/" + tree).exists(), qPrintable(tree));
        QVERIFY(QFile::exists(root() + "/engine/src/train/trainer.cpp"));
        QVERIFY(includesOf("engine/src").size() > 100);
    }

    void noFolderHoldsMoreThanFifteenSources() {
        for (const QString& tree : kTrees) {
            QDirIterator it(root() + "/" + tree, QDir::Dirs | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            QStringList folders{root() + "/" + tree};
            while (it.hasNext())
                folders << it.next();
            for (const QString& folder : folders) {
                const int sources = QDir(folder).entryList({"*.cpp"}, QDir::Files).size();
                QVERIFY2(sources <= kMostSourcesPerFolder,
                         qPrintable(QStringLiteral("%1 holds %2 .cpp files; split it by feature")
                                        .arg(QDir(root()).relativeFilePath(folder))
                                        .arg(sources)));
            }
        }
    }

    void privateHeadersStayInTheirFolder() {
        for (const QString& tree : kTrees)
            for (const Include& inc : includesOf(tree)) {
                if (!inc.header.endsWith("_impl.h"))
                    continue;
                const QString owner = folderNamed(tree, inc.header);
                const QString from = inc.from_folder;
                QVERIFY2(owner.isEmpty() || owner == from,
                         qPrintable(QStringLiteral("%1 includes %2, private to %3/")
                                        .arg(inc.file, inc.header, owner)));
            }
    }

    void foldersIncludeEachOtherWithoutACycle() {
        for (const QString& tree : kTrees) {
            std::map<QString, std::set<QString>> edges;
            for (const Include& inc : includesOf(tree)) {
                const QString to = folderNamed(tree, inc.header);
                if (!to.isEmpty() && to != inc.from_folder)
                    edges[inc.from_folder].insert(to);
            }
            const QString cycle = findCycle(edges);
            QVERIFY2(cycle.isEmpty(),
                     qPrintable(QStringLiteral("%1: the folders include each other in a cycle: %2")
                                    .arg(tree, cycle)));
        }
    }

    // The checks above can fail: a made-up cycle is found, and a tree without one passes.
    void theCycleFinderFindsCycles() {
        QCOMPARE(findCycle({{"a", {"b"}}, {"b", {"c"}}, {"c", {"a"}}}),
                 QStringLiteral("a -> b -> c -> a"));
        QCOMPARE(findCycle({{"a", {"b", "c"}}, {"b", {"c"}}}), QString());
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "test_layout.moc"
