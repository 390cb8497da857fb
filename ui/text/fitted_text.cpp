#include "text/fitted_text.h"

#include <QFontMetricsF>
#include <QPainter>

namespace unroll {

FittedText fitText(const QFont& font, const QRectF& box, int flags, const QStringList& candidates,
                   double min_scale) {
    if (candidates.isEmpty())
        return {QString(), font.pointSizeF()};
    const qreal full = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    constexpr qreal kSlack = 0.5;  // sub-pixel rounding of the metrics
    QFont f = font;
    for (const QString& text : candidates) {
        for (double scale = 1.0; scale >= min_scale - 1e-9; scale -= 0.05) {
            f.setPointSizeF(full * scale);
            const QRectF needs = QFontMetricsF(f).boundingRect(box, flags, text);
            if (needs.width() <= box.width() + kSlack && needs.height() <= box.height() + kSlack)
                return {text, f.pointSizeF()};
        }
    }
    // Nothing fits: the shortest candidate on one line at the smallest size, cut with "…".
    f.setPointSizeF(full * min_scale);
    return {QFontMetricsF(f).elidedText(candidates.back(), Qt::ElideRight, box.width()),
            f.pointSizeF()};
}

void drawFittedText(QPainter& painter, const QRectF& box, int flags, const QStringList& candidates,
                    double min_scale) {
    const FittedText fitted = fitText(painter.font(), box, flags, candidates, min_scale);
    painter.save();
    QFont f = painter.font();
    f.setPointSizeF(fitted.size);
    painter.setFont(f);
    // Elided text is one line; the wrap flag would break it at the ellipsis.
    const bool elided = !candidates.contains(fitted.text);
    painter.drawText(box, elided ? flags & ~Qt::TextWordWrap : flags, fitted.text);
    painter.restore();
}

}  // namespace unroll
