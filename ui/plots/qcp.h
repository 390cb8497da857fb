// The one way into QCustomPlot. Debian's qcustomplot.h uses the bare `signals` and `foreach`
// keywords, which QT_NO_KEYWORDS (needed beside libtorch) removes; this header maps them for the
// duration of the include. It pulls in QtPrintSupport (~10 s per translation unit), so include it
// from .cpp files only and forward-declare QCustomPlot in headers.
#pragma once

#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef foreach
