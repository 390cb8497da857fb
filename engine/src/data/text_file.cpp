// Reading a corpus file: every way a file can be unusable gets its own message that says what is
// wrong, where, and what to do about it.
#include <utf8.h>

#include <algorithm>
#include <string>

#include "data/subword_tokenizer.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/files.h"

namespace unroll {

namespace {

struct Position {
    size_t line = 1;    // 1-based
    size_t column = 1;  // 1-based, in bytes
};

Position positionOf(const std::string& bytes, size_t offset) {
    Position p;
    for (size_t i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

std::string hexByte(unsigned char b) {
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

std::string readAll(const std::string& path, std::uint64_t max_bytes,
                    const LoadProgress& progress) {
    ReadLimits limits;
    limits.what = Message(UNROLL_TEXT("corpus"));
    if (max_bytes > 0)
        limits.max_bytes = max_bytes;
    limits.too_large_hint = Message(
        UNROLL_TEXT(
            "raise max_corpus_mb (now %1) if the machine has the memory, or use part of the file"),
        std::to_string(max_bytes >> 20));  // a setting's value: verbatim
    limits.cancel = progress.cancel;
    if (progress.report)
        limits.progress = [&](std::uint64_t read, std::uint64_t size) {
            if (size > 0)
                progress.report(0.9 * static_cast<double>(std::min(read, size)) /
                                static_cast<double>(size));
        };
    try {
        return readFile(path, limits);
    } catch (const FileError& e) {
        if (e.problem() == FileProblem::Cancelled)
            throw CorpusError(Message(UNROLL_TEXT("loading corpus '%1' was cancelled"), path));
        throw CorpusError(e.message());
    }
}

}  // namespace

std::vector<std::string> readTextLines(const std::string& path, std::uint64_t max_bytes,
                                       const LoadProgress& progress) {
    std::string bytes = readAll(path, max_bytes, progress);
    if (bytes.empty())
        throw CorpusError(
            Message(UNROLL_TEXT("corpus '%1' is empty (0 bytes) — choose a text file "
                                "with enough words for a training and a validation batch"),
                    path));
    if (const size_t nul = bytes.find('\0'); nul != std::string::npos) {
        const Position p = positionOf(bytes, nul);
        throw CorpusError(Message(UNROLL_TEXT("corpus '%1' looks binary: NUL byte at offset %2 "
                                              "(line %3) — Unroll reads plain UTF-8 text"),
                                  path, nul, p.line));
    }
    if (auto bad = utf8::find_invalid(bytes.begin(), bytes.end()); bad != bytes.end()) {
        const size_t offset = static_cast<size_t>(bad - bytes.begin());
        const Position p = positionOf(bytes, offset);
        throw CorpusError(
            Message(UNROLL_TEXT("corpus '%1' is not valid UTF-8: byte %2 at offset %3 "
                                "(line %4, column %5) — re-save it as UTF-8, e.g. "
                                "iconv -f latin1 -t utf-8"),
                    path, hexByte(static_cast<unsigned char>(*bad)), offset, p.line, p.column));
    }
    size_t start = utf8::starts_with_bom(bytes.begin(), bytes.end()) ? 3 : 0;
    std::vector<std::string> lines;
    while (start <= bytes.size()) {
        size_t end = bytes.find('\n', start);
        if (end == std::string::npos)
            end = bytes.size();
        std::string line = bytes.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

namespace {

void nameAfterFile(Corpus& corpus, const std::string& path) {
    corpus.source = path;
    const size_t slash = path.find_last_of('/');
    corpus.name = slash == std::string::npos ? path : path.substr(slash + 1);
}

// The last chance to cancel (tokenizing a large file takes a while), then "done".
Corpus finishLoading(Corpus corpus, const LoadProgress& progress) {
    if (progress.cancel && progress.cancel->load())
        throw CorpusError(Message(UNROLL_TEXT("loading corpus '%1' was cancelled"), corpus.source));
    if (progress.report)
        progress.report(1.0);
    return corpus;
}

}  // namespace

Corpus loadWordCorpus(const std::string& path, LineBreak line_break, std::uint64_t max_bytes,
                      const LoadProgress& progress) {
    Corpus corpus = tokenizeWords(readTextLines(path, max_bytes, progress), line_break);
    if (corpus.tokens.empty())
        throw CorpusError(Message(
            UNROLL_TEXT("corpus '%1' holds only whitespace — it has no words to train on"), path));
    nameAfterFile(corpus, path);
    return corpus;
}

LineBreak lineBreakOf(const Config& config) {
    const std::string& setting = config.get(settings::line_break);
    if (setting == "dot")
        return LineBreak::Dot;
    if (setting == "newline")
        return LineBreak::Newline;
    if (setting == "space")
        return LineBreak::Space;
    return config.get(settings::tokenizer) == "char" ? LineBreak::Newline : LineBreak::Space;
}

Corpus loadCorpus(const Config& config, const LoadProgress& progress,
                  const std::string* subword_model) {
    const std::string& source = config.get(settings::corpus);
    const std::string& tokenizer = config.get(settings::tokenizer);
    // Subwords: the model trained on the text itself (or the one a checkpoint kept).
    const auto subwords = [&](const std::vector<std::string>& lines) {
        const std::string model =
            subword_model
                ? *subword_model
                : trainSubwordModel(lines, static_cast<int>(config.get(settings::subword_vocab)),
                                    config.get(settings::subword_model), progress);
        if (progress.report)
            progress.report(0.95);
        return tokenizeSubwords(lines, model, progress);
    };
    if (source == kHumanNumbersSource) {
        if (tokenizer == "subword") {
            // " ." ends each number as in the word corpus; SentencePiece never merges across a
            // space, so line by line reads exactly as the joined text would.
            std::vector<std::string> lines = humanNumbersLines();
            for (size_t i = 0; i + 1 < lines.size(); ++i)
                lines[i] += " .";
            Corpus corpus = subwords(lines);
            corpus.name = "Human Numbers (subwords)";
            corpus.source = kHumanNumbersSource;
            return corpus;
        }
        if (tokenizer != "char")
            return humanNumbersCorpus();
        Corpus corpus = tokenizeChars(joinLines(humanNumbersLines(), LineBreak::Dot));
        corpus.name = "Human Numbers (characters)";
        corpus.source = kHumanNumbersSource;
        return corpus;
    }
    if (source.rfind("builtin:", 0) == 0)
        throw CorpusError(
            Message(UNROLL_TEXT("unknown built-in corpus '%1'; the built-in one is %2"), source,
                    kHumanNumbersSource));
    const LineBreak line_break = lineBreakOf(config);
    const std::uint64_t max_bytes = static_cast<std::uint64_t>(config.get(settings::max_corpus_mb))
                                    << 20;
    if (tokenizer == "subword") {
        Corpus corpus = subwords(readTextLines(source, max_bytes, progress));
        nameAfterFile(corpus, source);
        return finishLoading(std::move(corpus), progress);
    }
    if (tokenizer == "char") {
        Corpus corpus =
            tokenizeChars(joinLines(readTextLines(source, max_bytes, progress), line_break));
        nameAfterFile(corpus, source);
        return finishLoading(std::move(corpus), progress);
    }
    return finishLoading(loadWordCorpus(source, line_break, max_bytes, progress), progress);
}

}  // namespace unroll
