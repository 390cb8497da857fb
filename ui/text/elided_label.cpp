#include "text/elided_label.h"

#include <QEvent>
#include <QFontMetrics>

namespace unroll {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : ElidedLabel(parent) {
    setFullText(text);
}

void ElidedLabel::setFullText(const QString& text) {
    full_ = text;
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const {
    // Room for a few letters and the ellipsis: the layout may give it little.
    const QFontMetrics fm(font());
    return {std::min(fm.horizontalAdvance(full_), fm.horizontalAdvance(QStringLiteral("Mmm…"))),
            QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const {
    return {QFontMetrics(font()).horizontalAdvance(full_) + 2 * margin(),
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide() {
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = QFontMetrics(font()).elidedText(full_, Qt::ElideRight, std::max(0, room));
    QLabel::setText(shown);
    setToolTip(shown != full_ ? full_ : QString());
}

}  // namespace unroll
