// A prompt as the run's tokens: words, characters or subword pieces, with a PromptError that
// names what the vocabulary lacks.
#include "generate/prompt_encoding.h"

#include <utf8.h>

#include <algorithm>
#include <cctype>

#include "data/code_points.h"
#include "data/subword_tokenizer.h"

namespace unroll {

namespace {

// Character vocabularies read the prompt one code point at a time (spaces included); word
// vocabularies split it on whitespace.
std::vector<std::string> promptTokens(const std::string& prompt, bool characters) {
    std::vector<std::string> out;
    if (characters) {
        forEachCodePoint(prompt, [&](std::string_view point) { out.emplace_back(point); });
        return out;
    }
    size_t i = 0;
    while (i < prompt.size()) {
        while (i < prompt.size() && std::isspace(static_cast<unsigned char>(prompt[i])))
            ++i;
        size_t end = i;
        while (end < prompt.size() && !std::isspace(static_cast<unsigned char>(prompt[end])))
            ++end;
        if (end > i)
            out.push_back(prompt.substr(i, end - i));
        i = end;
    }
    return out;
}

// Word or character ids of the vocabulary; a token it lacks is named in the error.
std::vector<std::int32_t> encodeTokens(const std::string& prompt, const Vocab& vocab) {
    const bool characters = vocab.separator().empty();
    std::vector<std::int32_t> ids;
    std::vector<std::string> unknown;
    for (const std::string& piece : promptTokens(prompt, characters)) {
        if (const auto id = vocab.find(piece))
            ids.push_back(*id);
        else if (std::find(unknown.begin(), unknown.end(), piece) == unknown.end())
            unknown.push_back(piece);
    }
    if (!unknown.empty()) {
        std::string list, known;
        for (const std::string& w : unknown)
            list += (list.empty() ? "'" : ", '") + w + "'";
        for (std::int32_t k = 0; k < std::min<std::int32_t>(vocab.size(), 12); ++k)
            known += (k ? " " : "") + vocab.token(k);
        if (vocab.size() > 12)
            known += " ...";
        throw PromptError(
            characters ? Message(UNROLL_TEXT("the prompt has characters the model never saw: %1. "
                                             "Its vocabulary has %2 characters: %3"),
                                 list, vocab.size(), known)
                       : Message(UNROLL_TEXT("the prompt has words the model never saw: %1. Its "
                                             "vocabulary has %2 words: %3"),
                                 list, vocab.size(), known),
            unknown);
    }
    return ids;
}

}  // namespace

// The prompt as the run's tokens: its vocabulary's words or characters, or the pieces of its
// subword model, which reads any text (what it cannot spell becomes <unk>).
std::vector<std::int32_t> encodePrompt(const std::string& prompt, const Corpus& corpus) {
    const bool subwords = !corpus.subword_model.empty();
    const bool characters = !subwords && corpus.vocab.separator().empty();
    if ((characters || subwords) &&
        utf8::find_invalid(prompt.begin(), prompt.end()) != prompt.end())
        throw PromptError(Message(UNROLL_TEXT("the prompt is not valid UTF-8")));
    std::vector<std::int32_t> ids = subwords ? encodeSubwords(prompt, corpus.subword_model)
                                             : encodeTokens(prompt, corpus.vocab);
    if (ids.empty())
        throw PromptError(
            characters ? Message(UNROLL_TEXT("the prompt is empty: give at least one character"))
                       : Message(UNROLL_TEXT("the prompt is empty: give at least one word")));
    return ids;
}

}  // namespace unroll
