// unroll-subword: SentencePiece in a process of its own. Debian's libsentencepiece carries a copy
// of protobuf that collides with the libprotobuf libtorch loads, so the engine (which links
// libtorch) runs this program instead of linking SentencePiece. It reads and writes files; the
// engine makes them in a temporary folder.
//
//   unroll-subword train  LINES MODEL VOCAB_SIZE unigram|bpe
//   unroll-subword encode MODEL LINES PIECES IDS
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

// Errors end with this prefix on the last line, which the engine shows.
int fail(const std::string& message) {
    std::fprintf(stderr, "\nunroll-subword: %s\n", message.c_str());
    return 1;
}

bool blank(const std::string& line) {
    return line.find_first_not_of(" \t") == std::string::npos;
}

// Feeds the non-blank lines of a file to the trainer, however long they are.
class Lines : public sentencepiece::SentenceIterator {
public:
    explicit Lines(const std::string& path) : in_(path, std::ios::binary) { Next(); }
    bool ok() const { return static_cast<bool>(in_) || done_; }
    bool done() const override { return done_; }
    void Next() override {
        while (std::getline(in_, line_))
            if (!blank(line_))
                return;
        done_ = true;
    }
    const std::string& value() const override { return line_; }
    sentencepiece::util::Status status() const override { return {}; }

private:
    std::ifstream in_;
    std::string line_;
    bool done_ = false;
};

int train(const std::string& lines_path, const std::string& model_path, int vocab_size,
          const std::string& type) {
    Lines lines(lines_path);
    if (!lines.ok())
        return fail("cannot read " + lines_path);
    if (lines.done())
        return fail("the corpus has no text to train a subword model on");
    std::string model;
    // hard_vocab_limit=false: a short text may not support the size asked for; take what it has.
    // No <s> and </s>: the stream is one text, not sentences. Lines of any length are read; a
    // large corpus is sampled (a million lines) rather than held whole.
    const auto status =
        sentencepiece::SentencePieceTrainer::Train({{"vocab_size", std::to_string(vocab_size)},
                                                    {"model_type", type},
                                                    {"character_coverage", "1.0"},
                                                    {"hard_vocab_limit", "false"},
                                                    {"bos_id", "-1"},
                                                    {"eos_id", "-1"},
                                                    {"max_sentence_length", "1000000"},
                                                    {"input_sentence_size", "1000000"},
                                                    {"shuffle_input_sentence", "true"},
                                                    {"num_threads", "1"}},
                                                   &lines, &model);
    if (!status.ok())
        return fail("SentencePiece could not train a " + type + " model of " +
                    std::to_string(vocab_size) + " pieces on this text: " + status.ToString() +
                    " — try a smaller subword_vocab");
    std::ofstream out(model_path, std::ios::binary);
    out << model;
    return out.flush() ? 0 : fail("cannot write " + model_path);
}

int encode(const std::string& model_path, const std::string& lines_path,
           const std::string& pieces_path, const std::string& ids_path) {
    sentencepiece::SentencePieceProcessor sp;
    if (const auto status = sp.Load(model_path); !status.ok())
        return fail("the subword model cannot be read: " + status.ToString());
    std::ofstream pieces(pieces_path, std::ios::binary);
    for (int id = 0; id < sp.GetPieceSize(); ++id)
        pieces << sp.IdToPiece(id) << '\n';
    // Ids as raw int32, all lines one stream: a large corpus needs no parsing on the way back.
    std::ifstream in(lines_path, std::ios::binary);
    if (!in)
        return fail("cannot read " + lines_path);
    std::ofstream ids(ids_path, std::ios::binary);
    std::vector<int> line_ids;
    for (std::string line; std::getline(in, line);) {
        if (blank(line))
            continue;
        line_ids.clear();
        sp.Encode(line, &line_ids);
        for (const int id : line_ids) {
            const std::int32_t v = id;
            ids.write(reinterpret_cast<const char*>(&v), sizeof v);
        }
    }
    return pieces.flush() && ids.flush() ? 0 : fail("cannot write " + ids_path);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"SentencePiece for Unroll: trains a subword model and encodes text with it"};
    app.require_subcommand(1);
    std::string lines, model, pieces, ids, type = "unigram";
    int vocab_size = 1000;
    auto* t = app.add_subcommand("train", "train a model on the non-blank lines of a file");
    t->add_option("lines", lines)->required();
    t->add_option("model", model)->required();
    t->add_option("vocab_size", vocab_size)->required()->check(CLI::Range(2, 1000000));
    t->add_option("type", type)->required()->check(CLI::IsMember({"unigram", "bpe"}));
    auto* e = app.add_subcommand("encode", "write a model's pieces and a file's ids (int32)");
    e->add_option("model", model)->required();
    e->add_option("lines", lines)->required();
    e->add_option("pieces", pieces)->required();
    e->add_option("ids", ids)->required();
    CLI11_PARSE(app, argc, argv);
    try {
        return t->parsed() ? train(lines, model, vocab_size, type)
                           : encode(model, lines, pieces, ids);
    } catch (const std::exception& error) {
        return fail(error.what());
    }
}
