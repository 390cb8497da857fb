#include "plots/tickers.h"

#include <cmath>

namespace unroll {

namespace {

QString superscript(int n) {
    static const QChar digits[] = {u'⁰', u'¹', u'²', u'³', u'⁴', u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    const QString plain = QString::number(std::abs(n));
    QString out = n < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : plain)
        out += digits[c.digitValue()];
    return out;
}

}  // namespace

QString powerLabel(double value, const QLocale& locale, int digits) {
    if (!(value > 0) || !std::isfinite(value))
        return locale.toString(value);
    int exponent = static_cast<int>(std::floor(std::log10(value)));
    double mantissa = value / std::pow(10.0, exponent);
    // A mantissa that rounds to 10 at these digits (9.996) is the next decade's 1.
    const double scale = std::pow(10.0, digits - 1);
    if (std::round(mantissa * scale) >= 10.0 * scale) {
        ++exponent;
        mantissa /= 10.0;
    }
    const QString m = locale.toString(mantissa, 'g', digits);
    const QString power = QStringLiteral("10") + superscript(exponent);
    return m == locale.toString(1) ? power : m + QStringLiteral("·") + power;
}

QString PowerTicker::getTickLabel(double tick, const QLocale& locale, QChar format, int precision) {
    (void)format;
    (void)precision;
    return powerLabel(tick, locale, 1);
}

QVector<QString> PowerTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale,
                                                QChar format, int precision) {
    (void)format;
    (void)precision;
    // The fewest digits at which no two labels are the same.
    QVector<QString> labels;
    for (int digits = 1; digits <= 3; ++digits) {
        labels.clear();
        for (double t : ticks)
            labels << powerLabel(t, locale, digits);
        bool distinct = true;
        for (int i = 1; i < labels.size() && distinct; ++i)
            distinct = labels[i] != labels[i - 1];
        if (distinct)
            break;
    }
    return labels;
}

double WholeNumberTicker::getTickStep(const QCPRange& range) {
    const double step = QCPAxisTicker::getTickStep(range);
    if (!(step > 1.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double m = step / magnitude;
    return (m <= 1.0 ? 1.0 : m <= 2.0 ? 2.0 : m <= 5.0 ? 5.0 : 10.0) * magnitude;
}

int WholeNumberTicker::getSubTickCount(double tick_step) {
    // Sub-ticks at whole numbers too: one per unit up to 5, else none between.
    const int units = static_cast<int>(std::lround(tick_step));
    return units > 1 && units <= 5 ? units - 1 : (units == 10 ? 1 : 0);
}

}  // namespace unroll
