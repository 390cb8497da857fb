// Which texts of a widget tree do not fit their widget: labels, buttons, check boxes, group box
// titles, tab bars, combo and spin boxes (prefix and suffix included), progress bars and the
// cells and headers of tables, each measured with its own font as Qt would draw it. A text that
// the widget elides on purpose and shows whole in its tooltip counts as fitting.
#pragma once

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleOption>
#include <QTabBar>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>

namespace unroll::test {

struct Clipped {
    QString widget;  // class and object name, and the path of names above it
    QString text;
    int needs = 0;  // pixels
    int has = 0;
    QString describe() const {
        return QStringLiteral("%1: \"%2\" needs %3 px, has %4")
            .arg(widget, text)
            .arg(needs)
            .arg(has);
    }
};

inline QString widgetPath(const QWidget* w) {
    QStringList names;
    for (const QObject* o = w; o; o = o->parent())
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
            names.prepend(o->objectName());
    return QStringLiteral("%1 [%2]").arg(QString::fromLatin1(w->metaObject()->className()),
                                         names.join('/'));
}

// The widest line of plain text.
inline int textWidth(const QFontMetrics& fm, const QString& text) {
    int widest = 0;
    for (const QString& line : text.split('\n'))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

inline void checkLabel(const QLabel* label, QList<Clipped>& out) {
    if (label->text().isEmpty() || label->pixmap().toImage().width() > 0)
        return;
    const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                      -label->margin(), -label->margin());
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (label->wordWrap() || rich) {
        // Wrapped: every word must fit the width, and all the lines the height.
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        if (rich)
            doc.setHtml(label->text());
        else
            doc.setPlainText(label->text());
        if (label->wordWrap())
            doc.setTextWidth(room.width());
        const int width =
            static_cast<int>(std::ceil(label->wordWrap() ? doc.idealWidth() : doc.size().width()));
        const int height = static_cast<int>(std::ceil(doc.size().height()));
        if (width > room.width() + 1)
            out.push_back({widgetPath(label), label->text().left(80), width, room.width()});
        else if (height > room.height() + 2)
            out.push_back({widgetPath(label), label->text().left(80) + QStringLiteral(" (height)"),
                           height, room.height()});
        return;
    }
    const int needs = textWidth(label->fontMetrics(), label->text());
    if (needs > room.width())
        out.push_back({widgetPath(label), label->text(), needs, room.width()});
}

inline void checkButton(const QAbstractButton* button, QList<Clipped>& out) {
    if (button->text().isEmpty())
        return;
    if (auto* tool = qobject_cast<const QToolButton*>(button))
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return;
    // The style's own size for the text (and icon, indicator, padding) against the width.
    int needs = button->sizeHint().width();
    if (auto* tool = qobject_cast<const QToolButton*>(button))
        if (tool->menu() && tool->popupMode() == QToolButton::InstantPopup)
            // Qt leaves the menu's arrow out of the hint and draws it over the text's end.
            needs += tool->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool);
    if (qobject_cast<const QPushButton*>(button)) {
        // A push button's hint includes a minimum width (80 px in most styles): compare the
        // text itself with the room inside the bevel.
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect inside =
            button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
        const int text = button->fontMetrics().horizontalAdvance(button->text()) +
                         (button->icon().isNull() ? 0 : button->iconSize().width() + 4);
        if (text > inside.width())
            out.push_back({widgetPath(button), button->text(), text, inside.width()});
        return;
    }
    if (needs > button->width())
        out.push_back({widgetPath(button), button->text(), needs, button->width()});
}

inline void checkCombo(const QComboBox* combo, QList<Clipped>& out) {
    if (combo->currentText().isEmpty() || combo->isEditable())
        return;
    // The style's size for a combo box showing this text (frame, margins and arrow included),
    // as QComboBox::sizeHint computes it for its longest item.
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = combo->currentText();
    const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()),
                     combo->fontMetrics().height());
    const int needs =
        combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
    if (needs > combo->width() + 1)  // QComboBox's own hint rounds a pixel lower
        out.push_back({widgetPath(combo), combo->currentText(), needs, combo->width()});
}

inline void checkSpin(const QAbstractSpinBox* spin, QList<Clipped>& out) {
    QStyleOptionSpinBox option;
    option.initFrom(spin);
    option.subControls =
        QStyle::SC_SpinBoxEditField | QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    option.buttonSymbols = spin->buttonSymbols();
    option.frame = spin->hasFrame();
    const QRect field = spin->style()->subControlRect(QStyle::CC_SpinBox, &option,
                                                      QStyle::SC_SpinBoxEditField, spin);
    // The line edit inside keeps a few pixels of margin on each side.
    const int needs = spin->fontMetrics().horizontalAdvance(spin->text()) + 4;
    if (needs > field.width())
        out.push_back({widgetPath(spin), spin->text(), needs, field.width()});
}

inline void checkTabs(const QTabBar* bar, QList<Clipped>& out) {
    // Tabs that do not fit get scroll arrows or are elided: either hides a tab's name.
    for (int i = 0; i < bar->count(); ++i) {
        const QRect r = bar->tabRect(i);
        const bool outside =
            bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth
                ? r.right() > bar->width()
                : r.bottom() > bar->height();
        const int needs = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
        if (outside || needs > r.width())
            out.push_back({widgetPath(bar), bar->tabText(i), needs, r.width()});
    }
}

inline void checkList(const QListWidget* list, QList<Clipped>& out) {
    const int room = list->viewport()->width();
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        const bool checkable = item->flags() & Qt::ItemIsUserCheckable;
        const int indicator = checkable ? 28 : 8;
        if (!list->wordWrap()) {
            const int needs = textWidth(list->fontMetrics(), item->text()) + indicator;
            if (needs > room)
                out.push_back({widgetPath(list), item->text().left(80), needs, room});
            continue;
        }
        // Wrapped: every line of the text inside the item's height.
        const QRect rect = list->visualItemRect(item);
        const QRect text = list->fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - indicator, 100000), Qt::TextWordWrap, item->text());
        if (text.height() > rect.height())
            out.push_back({widgetPath(list), item->text().left(80) + QStringLiteral(" (height)"),
                           text.height(), rect.height()});
    }
}

inline void checkTable(const QTableView* table, QList<Clipped>& out) {
    const QAbstractItemModel* model = table->model();
    if (!model)
        return;
    const QFontMetrics fm = table->fontMetrics();
    // Columns that run past the table's right edge hide behind a scroll bar.
    const QHeaderView* columns = table->horizontalHeader();
    if (columns->length() > table->viewport()->width() + 1 &&
        !table->property("scrollsSideways").toBool())
        out.push_back({widgetPath(table), QStringLiteral("(all columns)"), columns->length(),
                       table->viewport()->width()});
    constexpr int kCellMargin = 6;  // the style's text margins: 3 px on each side
    for (int c = 0; c < model->columnCount(); ++c) {
        if (table->isColumnHidden(c))
            continue;
        const int width = table->columnWidth(c);
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        const QHeaderView* h = table->horizontalHeader();
        if (!h->isHidden()) {
            const int needs = h->fontMetrics().horizontalAdvance(header) + kCellMargin;
            if (needs > width)
                out.push_back(
                    {widgetPath(table), header + QStringLiteral(" (header)"), needs, width});
        }
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, c).data().toString();
            const int needs = textWidth(fm, text) + kCellMargin;
            if (needs > width) {
                out.push_back({widgetPath(table), text, needs, width});
                break;  // one per column says it
            }
        }
    }
}

// Every visible text under `root` that does not fit, with where it is.
inline QList<Clipped> clippedTexts(QWidget* root) {
    QList<Clipped> out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            checkLabel(label, out);
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            checkButton(button, out);
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            checkCombo(combo, out);
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            checkSpin(spin, out);
        else if (auto* bar = qobject_cast<QTabBar*>(w))
            checkTabs(bar, out);
        else if (auto* table = qobject_cast<QTableView*>(w))
            checkTable(table, out);
        else if (auto* list = qobject_cast<QListWidget*>(w))
            checkList(list, out);
        else if (auto* progress = qobject_cast<QProgressBar*>(w)) {
            const int needs = progress->fontMetrics().horizontalAdvance(progress->text());
            if (progress->isTextVisible() && needs > progress->width() - 8)
                out.push_back({widgetPath(progress), progress->text(), needs, progress->width()});
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            const int needs = box->fontMetrics().horizontalAdvance(box->title()) + 16;
            if (!box->title().isEmpty() && needs > box->width())
                out.push_back({widgetPath(box), box->title(), needs, box->width()});
        }
    }
    return out;
}

}  // namespace unroll::test

#include <QRegularExpression>
#include "plots/qcp.h"

namespace unroll::test {

// The texts a person can read under `root`: labels, buttons, tabs, fields, list items, table
// headers and cells, and each plot's axis labels and legend names.
inline QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            texts << combo->currentText();
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            texts << spin->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            texts << box->title();
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        } else if (auto* table = qobject_cast<QTableView*>(w)) {
            const QAbstractItemModel* model = table->model();
            for (int c = 0; model && c < model->columnCount(); ++c) {
                texts << model->headerData(c, Qt::Horizontal).toString();
                for (int r = 0; r < model->rowCount(); ++r)
                    texts << model->index(r, c).data().toString();
            }
        } else if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
            for (QCPAxis* axis : plot->axisRect()->axes())
                texts << axis->label();
            for (int i = 0; i < plot->plottableCount(); ++i)
                if (plot->legend->hasItemWithPlottable(plot->plottable(i)))
                    texts << plot->plottable(i)->name();
        }
    }
    texts.removeAll(QString());
    return texts;
}

// English words that neither German nor French use, found whole in `texts` (the corpus's own
// words, the numbers in English, are none of them).
inline QStringList englishWords(const QStringList& texts) {
    // Whole words only: identifiers such as "i_h.weight" or "train_loss" are names, not prose.
    static const QRegularExpression words(QStringLiteral(
        "(?<![\\w.])(the|and|of|from|with|layer|embedding|hidden|target|step|steps|epoch|epochs|"
        "loss|accuracy|batches|run|runs|saturated|weights?|shown|rows|Cancel|Close)(?![\\w.])"));
    QStringList found;
    for (const QString& text : texts)
        if (text.contains(words))
            found << text.left(100);
    found.removeDuplicates();
    return found;
}

// Decimal numbers written the C way ("0.494") in a language that writes "0,494". German groups
// thousands with a dot ("63.095"), so a dot counts when what follows it cannot be a group of
// three digits: after a leading 0, or with other than three digits after it.
inline QStringList cFormNumbers(const QStringList& texts) {
    static const QRegularExpression number(
        QStringLiteral("(?<![\\w.])(0\\.\\d+|\\d+\\.(\\d{1,2}|\\d{4,}))(?![\\w.])"));
    QStringList found;
    for (const QString& text : texts)
        if (text.contains(number))
            found << text.left(100);
    found.removeDuplicates();
    return found;
}

}  // namespace unroll::test
