// The window, offscreen: it shows the built-in corpus and every preset with its data layout.
#include <QtTest>

#include <QLabel>
#include <QTableWidget>

#include "main_window.h"

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsPresetsAndLayouts() {
        unroll::MainWindow w;
        w.show();
        auto* table = w.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("lm4"));
        table->selectRow(3);
        bool found = false;
        for (QLabel* label : w.findChildren<QLabel*>()) {
            if (label->text().contains("unroll-cli train --preset lm4")) {
                found = true;
                QVERIFY(label->text().contains("49 batches of 64"));
                QVERIFY(label->text().contains("group_chunks"));
            }
        }
        QVERIFY(found);
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull() && shot.width() > 400);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
