// Word tokens: split each line on whitespace and join lines as the `line_break` setting says.
// With LineBreak::Dot this is exactly the chapter's ' . '.join(lines).split(' ') on stripped lines.
#include <string>

#include "data/code_points.h"
#include "unroll/corpus.h"

namespace unroll {

namespace {

constexpr const char* kLineToken = "\xE2\x8F\x8E";  // U+23CE RETURN SYMBOL

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

}  // namespace

Corpus tokenizeWords(const std::vector<std::string>& lines, LineBreak line_break) {
    Corpus corpus;
    bool any_line = false;
    for (const std::string& line : lines) {
        size_t i = 0;
        bool line_started = false;
        while (i < line.size()) {
            while (i < line.size() && isSpace(line[i]))
                ++i;
            if (i == line.size())
                break;
            size_t end = i;
            while (end < line.size() && !isSpace(line[end]))
                ++end;
            if (!line_started) {
                // Separate this line from the previous non-blank one.
                if (any_line && line_break == LineBreak::Dot)
                    corpus.tokens.push_back(corpus.vocab.add("."));
                if (any_line && line_break == LineBreak::Newline)
                    corpus.tokens.push_back(corpus.vocab.add(kLineToken));
                line_started = any_line = true;
            }
            corpus.tokens.push_back(corpus.vocab.add(line.substr(i, end - i)));
            i = end;
        }
    }
    return corpus;
}

std::string joinLines(const std::vector<std::string>& lines, LineBreak line_break) {
    const char* glue = line_break == LineBreak::Dot       ? " . "
                       : line_break == LineBreak::Newline ? "\n"
                                                          : " ";
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i)
            text += glue;
        text += lines[i];
    }
    return text;
}

Corpus tokenizeChars(const std::string& text) {
    Corpus corpus;
    corpus.vocab.setSeparator("");
    corpus.tokens.reserve(text.size());
    // The text was checked as UTF-8 when it was read.
    forEachCodePoint(text, [&](std::string_view point) {
        corpus.tokens.push_back(corpus.vocab.add(std::string(point)));
    });
    return corpus;
}

}  // namespace unroll
