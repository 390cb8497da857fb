#include "text/numbers.h"

#include <QLocale>

#include <cmath>

namespace unroll {

namespace {

// The window's locale without group separators: columns of values, not counts, and text a
// field reads back unchanged.
QLocale plainLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

}  // namespace

QString fixedNumber(double value, int decimals, const QString& otherwise) {
    if (!std::isfinite(value))
        return otherwise;
    return plainLocale().toString(value, 'f', decimals);
}

QString significantNumber(double value, int digits, const QString& otherwise) {
    if (!std::isfinite(value))
        return otherwise;
    const QLocale c = QLocale::c();
    // Rounded once, in C, so both forms below show the same digits.
    if (digits > 0)
        value = c.toString(value, 'e', digits - 1).toDouble();
    const QLocale locale = plainLocale();
    const double size = std::abs(value);
    if (size == 0 || (size >= 1e-4 && size < 1e9))
        return locale.toString(value, 'f', QLocale::FloatingPointShortest);
    // Qt writes "1E-05" in German and "1e-05" in C; both read back, but neither is how a
    // person writes it. Mantissa in the locale, then e and the bare exponent.
    const QString scientific = c.toString(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf('e');
    const double mantissa = scientific.left(e).toDouble();
    const int exponent = scientific.mid(e + 1).toInt();
    return locale.toString(mantissa, 'f', QLocale::FloatingPointShortest) + 'e' +
           QString::number(exponent);
}

std::optional<double> parseNumber(const QString& text) {
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = plainLocale().toDouble(trimmed, &ok);
    if (ok)
        return value;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    value = c.toDouble(trimmed, &ok);
    if (ok)
        return value;
    return std::nullopt;
}

}  // namespace unroll
