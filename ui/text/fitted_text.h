// Text painted into a box it must stay inside (a token chip, a diagram node, a table cell drawn
// by hand): the first of the candidates that fits at the painter's font, or at a smaller one
// down to `min_scale` of it, else the last candidate cut with "…". German and French labels run
// longer than English ones, and token words vary; none may lose letters to the box's edge
// unmarked or spill over a neighbour.
#pragma once

#include <QString>
#include <QStringList>

class QFont;
class QPainter;
class QRectF;

namespace unroll {

struct FittedText {
    QString text;    // what to draw (a candidate, or the last one elided)
    qreal size = 0;  // the font's point size to draw it at
};

// Chooses without drawing: `flags` are drawText's (Qt::TextWordWrap lets lines wrap).
FittedText fitText(const QFont& font, const QRectF& box, int flags, const QStringList& candidates,
                   double min_scale = 0.75);

// Draws what fitText chooses; the painter's font is left as it was.
void drawFittedText(QPainter& painter, const QRectF& box, int flags, const QStringList& candidates,
                    double min_scale = 0.75);

}  // namespace unroll
