// A token as the window shows it on its own (a bar label, a table cell): the line break and the
// space of a character model are made visible.
#pragma once

#include <QString>

#include <string>

namespace unroll {

inline QString displayToken(const std::string& token) {
    if (token == "\n")
        return QStringLiteral("⏎");
    if (token == " ")
        return QStringLiteral("␣");
    return QString::fromStdString(token);
}

}  // namespace unroll
