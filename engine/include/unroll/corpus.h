// A corpus is a token stream plus the vocabulary that names its ids.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "unroll/message.h"

namespace unroll {

class Config;

// A corpus that cannot be used, with a message that says why and what to do.
class CorpusError : public UserError {
public:
    using UserError::UserError;
};

// A token as running text: a subword `marker` ("▁") becomes the space it stands for; other
// tokens are as they are.
std::string spellToken(const std::string& token, const std::string& marker);
// Tokens joined as text: by `separator` (a space for words, nothing for characters and
// subwords), each spelled as spellToken does; the text does not begin with a marker's space.
std::string joinTokens(const std::vector<std::string>& tokens, const std::string& separator,
                       const std::string& marker = "");

// Tokens in order of first appearance, as the chapter builds its vocab.
class Vocab {
public:
    std::int32_t size() const { return static_cast<std::int32_t>(itos_.size()); }
    const std::string& token(std::int32_t id) const { return itos_.at(static_cast<size_t>(id)); }
    const std::vector<std::string>& tokens() const { return itos_; }
    std::optional<std::int32_t> find(const std::string& token) const;
    // Returns the token's id, adding it at the end when it is new.
    std::int32_t add(const std::string& token);
    // Tokens joined by the separator: a space for words, nothing for characters.
    std::string decode(const std::int32_t* ids, size_t count) const;
    std::string decode(const std::vector<std::int32_t>& ids) const;

    const std::string& separator() const { return separator_; }
    void setSeparator(std::string separator) { separator_ = std::move(separator); }
    // Subword pieces mark the start of a word ("▁" for SentencePiece); decode turns it into a
    // space.
    const std::string& wordMarker() const { return word_marker_; }
    void setWordMarker(std::string marker) { word_marker_ = std::move(marker); }
    // Text of tokens joined as decode() joins them (for generated tokens).
    std::string join(const std::vector<std::string>& tokens) const;

private:
    std::string separator_ = " ";
    std::string word_marker_;
    std::vector<std::string> itos_;
    std::unordered_map<std::string, std::int32_t> stoi_;
};

struct Corpus {
    std::string name;    // "Human Numbers" or the file name
    std::string source;  // "builtin:human-numbers" or the file path
    Vocab vocab;
    std::vector<std::int32_t> tokens;
    std::string subword_model;  // the serialized SentencePiece model of subword corpora
};

// How line breaks of a text file become tokens.
enum class LineBreak {
    Dot,      // lines joined with " . ", as the chapter joins Human Numbers
    Newline,  // each line break is the token "⏎"
    Space,    // line breaks are plain whitespace
};

// The line_break setting of a file corpus: auto is space for words (prose wraps its lines
// anywhere, and ' . ' at each wrap would teach a full stop that is not in the text) and newline
// for characters (a character model reads the text as it is written).
LineBreak lineBreakOf(const Config& config);

// The source string of the built-in corpus.
inline constexpr const char* kHumanNumbersSource = "builtin:human-numbers";

// 1 -> "one", 123 -> "one hundred twenty three", 8001 -> "eight thousand one" (1..9999).
std::string numberToWords(int n);
// The lines of train.txt (1..7999) then valid.txt (8001..9999), stripped: 9,998 lines.
std::vector<std::string> humanNumbersLines();
// The chapter's token stream: all lines joined with " . ", split on spaces: 63,095 tokens.
Corpus humanNumbersCorpus();

// Word tokens from lines of text: split on whitespace, lines joined per `line_break`.
Corpus tokenizeWords(const std::vector<std::string>& lines, LineBreak line_break);

// Reporting on, and cancelling, the loading of a large file: `report` gets the share done (0..1)
// now and then; a set `cancel` makes the loading stop with a CorpusError that says so.
struct LoadProgress {
    std::function<void(double done)> report;
    const std::atomic<bool>* cancel = nullptr;
};

// Character tokens: every Unicode code point of `text` (not every byte) is a token, spaces and
// line breaks included; the vocabulary decodes without separators.
Corpus tokenizeChars(const std::string& text);
// The lines joined as `line_break` says: " . ", "\n" or " ".
std::string joinLines(const std::vector<std::string>& lines, LineBreak line_break);

// Reads and checks a UTF-8 text file, then tokenizes it into words. Throws CorpusError for a
// missing, unreadable, empty, binary (NUL bytes) or invalid UTF-8 file (naming the byte offset).
Corpus loadWordCorpus(const std::string& path, LineBreak line_break, std::uint64_t max_bytes = 0,
                      const LoadProgress& progress = {});
// Reads a file as lines after the same checks (shared with later tokenizers). A file larger than
// max_bytes (when non-zero) is refused before it is read.
std::vector<std::string> readTextLines(const std::string& path, std::uint64_t max_bytes = 0,
                                       const LoadProgress& progress = {});

// The corpus a configuration names in its `corpus` setting.
// `subword_model`: use this model (from a checkpoint) instead of training one.
Corpus loadCorpus(const Config& config, const LoadProgress& progress = {},
                  const std::string* subword_model = nullptr);

}  // namespace unroll
