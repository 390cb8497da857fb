// Walking UTF-8 text one Unicode code point at a time, without copying the text: how character
// corpora and character prompts are cut into tokens.
#pragma once

#include <utf8.h>

#include <string>
#include <string_view>

namespace unroll {

// Calls visit(std::string_view) for each code point of `text`, which must be valid UTF-8.
template <typename Visit>
void forEachCodePoint(const std::string& text, Visit visit) {
    auto it = text.begin();
    while (it != text.end()) {
        const auto start = it;
        utf8::next(it, text.end());
        visit(std::string_view(&*start, static_cast<size_t>(it - start)));
    }
}

}  // namespace unroll
