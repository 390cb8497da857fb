// How the window writes a decimal number: in its locale (QLocale(), which main() sets from the
// chosen language), so tables, plots and messages agree ("3,012067" in German, "3.012067" in
// English). One place for it, so no widget reaches for QString::number again.
#pragma once

#include <QString>

namespace unroll {

// `decimals` digits after the point; a value that is not finite reads `otherwise`.
QString fixedNumber(double value, int decimals, const QString& otherwise = QStringLiteral("–"));

}  // namespace unroll
