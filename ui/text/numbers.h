// How the window writes and reads a decimal number: in its locale (QLocale(), which main() sets
// from the chosen language), so the form, tables, plots and messages agree ("3,012067" and
// "2,5e-5" in German, "3.012067" and "2.5e-5" in English). One place for it, so no widget
// reaches for QString::number or QString::arg(double) again; files written for other programs
// (CSV) keep the C form on purpose.
#pragma once

#include <QString>

#include <optional>

namespace unroll {

// `decimals` digits after the point; a value that is not finite reads `otherwise`.
QString fixedNumber(double value, int decimals, const QString& otherwise = QStringLiteral("–"));

// `digits` significant digits (0: the fewest that read back as the same double). Written out in
// full from 0.0001 to below 10⁹, otherwise as mantissa·e·exponent ("2,5e-5"), a form the form's
// fields read back and a person can type.
QString significantNumber(double value, int digits = 0,
                          const QString& otherwise = QStringLiteral("–"));

// What a person typed: the locale's form first ("0,01" in German), then the C form ("0.01"),
// since pasted values and habits from code use it. Group separators are refused, not skipped,
// so a German "0.001" is not read as 1. Empty when neither reads the whole text.
std::optional<double> parseNumber(const QString& text);

}  // namespace unroll
