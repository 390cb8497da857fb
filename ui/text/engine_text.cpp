#include "text/engine_text.h"

#include <QCoreApplication>
#include <QLocale>

#include "text/engine_strings.h"
#include "text/numbers.h"

namespace unroll {

namespace {

QString pattern(const std::string& english) {
    const QString engine = QCoreApplication::translate("engine", english.c_str());
    if (engine != QString::fromStdString(english))
        return engine;
    return QCoreApplication::translate("schema", english.c_str());
}

std::string argument(const MessageArg& a) {
    switch (a.kind) {
        case MessageArg::Kind::Number: {
            // Counts with the locale's grouping ("63.095"); decimals as the whole window writes
            // them (ui/text/numbers.h).
            const QString text = a.digits == 0
                                     ? QLocale().toString(static_cast<qlonglong>(a.number))
                                     : significantNumber(a.number, a.digits);
            return text.toStdString();
        }
        case MessageArg::Kind::Phrase:
            return engineText(*a.phrase).toStdString();
        case MessageArg::Kind::Verbatim:
            break;
    }
    return a.english;
}

}  // namespace

QString engineText(const Message& message) {
    if (message.empty())
        return QString();
    const std::string filled =
        Message::fill(pattern(message.pattern()).toStdString(), message.args(), argument);
    return QString::fromStdString(filled);
}

QString engineText(const std::exception& error) {
    if (const auto* user = dynamic_cast<const UserError*>(&error))
        return engineText(user->message());
    QString text = QString::fromUtf8(error.what());
    const qsizetype trace = text.indexOf(QStringLiteral("\nException raised from"));
    return trace >= 0 ? text.left(trace) : text;
}

}  // namespace unroll
