#include "window/recent_files.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace unroll {

QStringList recentFiles(const QString& key) {
    QStringList kept;
    for (const QString& path : QSettings().value(key).toStringList())
        if (QFileInfo::exists(path))
            kept << path;
    return kept;
}

void addRecentFile(const QString& key, const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(key).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(key, list);
}

void attachRecentMenu(QMenu* menu, const QString& key, std::function<void(const QString&)> use) {
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, key, use] {
        menu->clear();
        const QStringList files = recentFiles(key);
        for (const QString& path : files)
            menu->addAction(QFileInfo(path).fileName(), menu, [use, path] { use(path); })
                ->setToolTip(path);
        if (files.isEmpty())
            menu->addAction(QMenu::tr("(none yet)"))->setEnabled(false);
    });
    menu->setToolTipsVisible(true);
}

}  // namespace unroll
