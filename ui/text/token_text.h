// A token as the window shows it on its own (a bar label, a table cell): the line break and the
// space of a character model are made visible.
#pragma once

#include <QString>

#include <string>

#include "unroll/corpus.h"

namespace unroll {

inline QString displayToken(const std::string& token) {
    if (token == "\n")
        return QStringLiteral("⏎");
    if (token == " ")
        return QStringLiteral("␣");
    return QString::fromStdString(token);
}

// A token as part of running text: a subword's word marker ("▁") is the space it stands for.
inline QString runningText(const std::string& token, const std::string& word_marker) {
    return QString::fromStdString(spellToken(token, word_marker));
}

}  // namespace unroll
