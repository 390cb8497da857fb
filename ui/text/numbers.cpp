#include "text/numbers.h"

#include <QLocale>

#include <cmath>

namespace unroll {

QString fixedNumber(double value, int decimals, const QString& otherwise) {
    if (!std::isfinite(value))
        return otherwise;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);  // columns of values, not counts
    return locale.toString(value, 'f', decimals);
}

}  // namespace unroll
