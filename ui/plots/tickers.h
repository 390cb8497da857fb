// Axis ticks that read the same in every language. QCustomPlot's own log labels ("eb") typeset
// 4·10⁻¹ only where the locale writes its exponent with a lower-case e, so German and French
// read "4E-01"; with precision 0 two ticks of one decade could both read "3·10⁰". And its linear
// ticker puts ticks at 2.5 and 7.5 on axes that count whole steps or epochs.
#pragma once

#include "plots/qcp.h"

namespace unroll {

// Log-axis labels as m·10ⁿ (10ⁿ for m = 1), the mantissa in the locale's digits with as many
// significant digits as keep neighbouring ticks apart (up to 3).
class PowerTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar format, int precision) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale,
                                       QChar format, int precision) override;
};

// Ticks at whole numbers only (steps of 1, 2 or 5 times a power of ten), for counts.
class WholeNumberTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tick_step) override;
};

// The label PowerTicker gives `value` with `digits` significant digits in the mantissa.
QString powerLabel(double value, const QLocale& locale, int digits);

}  // namespace unroll
