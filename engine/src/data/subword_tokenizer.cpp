#include "data/subword_tokenizer.h"

#include <cstdint>
#include <limits>
#include <sstream>

#include "io/helper_process.h"
#include "unroll/files.h"

namespace unroll {

namespace {

const char* const kHelper = "unroll-subword";

std::string helperPath() {
#ifdef UNROLL_SUBWORD_BUILT_AT
    const std::string built_at = UNROLL_SUBWORD_BUILT_AT;
#else
    const std::string built_at;
#endif
    std::string path = findHelper(kHelper, built_at);
    if (path.empty())
        throw CorpusError(
            Message(UNROLL_TEXT("subword tokens need the program %1, which is neither "
                                "beside this program nor at %2 — build it (cmake "
                                "--build … --target unroll-subword) or set "
                                "UNROLL_SUBWORD to its path"),
                    kHelper, built_at));
    return path;
}

// The helper's own message: the last line it wrote after "unroll-subword: ".
// The helper's own words (SentencePiece's) stay as it wrote them.
Message helperMessage(const HelperResult& result) {
    const std::string prefix = std::string(kHelper) + ": ";
    const size_t at = result.output.rfind(prefix);
    if (at == std::string::npos)
        return Message(
            UNROLL_TEXT("it stopped with status %1: %2"), result.exit_code,
            result.output.substr(result.output.size() > 300 ? result.output.size() - 300 : 0));
    std::string message = result.output.substr(at + prefix.size());
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
        message.pop_back();
    return Message::verbatim(message);
}

void run(const std::vector<std::string>& args, const LoadProgress& progress) {
    const std::string helper = helperPath();
    HelperResult result;
    try {
        result = runHelper(helper, args, progress.cancel);
    } catch (const std::runtime_error& e) {
        throw CorpusError(Message(UNROLL_TEXT("%1 — subword tokens need this program: build the "
                                              "target unroll-subword, or set UNROLL_SUBWORD to "
                                              "where it is"),
                                  textOf(e)));
    }
    if (result.cancelled)
        throw CorpusError(Message(UNROLL_TEXT("loading the subword corpus was cancelled")));
    if (result.exit_code != 0)
        throw CorpusError(helperMessage(result));
}

// A file of the helper's private folder; a full disk is said as such.
void writeTemporary(const std::string& path, const std::string& bytes) {
    try {
        writeFile(path, bytes);
    } catch (const FileError& e) {
        throw CorpusError(
            Message(UNROLL_TEXT("cannot hand the text to the subword helper: %1"), e.message()));
    }
}

// The non-blank lines, one per line (the helper skips blank ones too).
void writeLines(const std::string& path, const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines)
        if (line.find_first_not_of(" \t") != std::string::npos)
            (text += line) += '\n';
    writeTemporary(path, text);
}

// What the helper wrote; a file it did not write is the corpus's problem, said as such.
std::string readOutput(const std::string& path) {
    try {
        return readFile(path, Message(UNROLL_TEXT("subword helper output")),
                        std::numeric_limits<std::uint64_t>::max());
    } catch (const FileError& e) {
        throw CorpusError(
            Message(UNROLL_TEXT("the subword helper's output is missing: %1"), e.message()));
    }
}

struct Encoded {
    std::vector<std::string> pieces;
    std::vector<std::int32_t> ids;
};

Encoded encodeLines(const std::vector<std::string>& lines, const std::string& model,
                    const LoadProgress& progress) {
    TempFolder folder;
    writeTemporary(folder.file("model"), model);
    writeLines(folder.file("lines.txt"), lines);
    run({"encode", folder.file("model"), folder.file("lines.txt"), folder.file("pieces.txt"),
         folder.file("ids.bin")},
        progress);
    Encoded out;
    std::istringstream pieces(readOutput(folder.file("pieces.txt")));
    for (std::string piece; std::getline(pieces, piece);)
        out.pieces.push_back(piece);
    const std::string ids = readOutput(folder.file("ids.bin"));
    out.ids.resize(ids.size() / sizeof(std::int32_t));
    std::copy(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(out.ids.size() * 4),
              reinterpret_cast<char*>(out.ids.data()));
    for (const std::int32_t id : out.ids)
        if (id < 0 || id >= static_cast<std::int32_t>(out.pieces.size()))
            throw CorpusError(Message(UNROLL_TEXT("the subword helper returned piece id %1 of a "
                                                  "model with %2 pieces — the model is damaged"),
                                      id, out.pieces.size()));
    return out;
}

}  // namespace

std::string trainSubwordModel(const std::vector<std::string>& lines, int vocab_size,
                              const std::string& type, const LoadProgress& progress) {
    TempFolder folder;
    writeLines(folder.file("lines.txt"), lines);
    run({"train", folder.file("lines.txt"), folder.file("model"), std::to_string(vocab_size), type},
        progress);
    std::string model = readOutput(folder.file("model"));
    if (model.empty())
        throw CorpusError(Message(UNROLL_TEXT("the subword helper wrote no model")));
    return model;
}

Corpus tokenizeSubwords(const std::vector<std::string>& lines, const std::string& model,
                        const LoadProgress& progress) {
    Encoded encoded = encodeLines(lines, model, progress);
    Corpus corpus;
    corpus.subword_model = model;
    corpus.vocab.setSeparator("");
    corpus.vocab.setWordMarker("▁");
    for (const std::string& piece : encoded.pieces)
        corpus.vocab.add(piece);
    corpus.tokens = std::move(encoded.ids);
    return corpus;
}

std::vector<std::int32_t> encodeSubwords(const std::string& text, const std::string& model) {
    return encodeLines({text}, model, {}).ids;
}

}  // namespace unroll
