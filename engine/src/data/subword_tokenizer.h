// Subword tokens with SentencePiece: a BPE or unigram model trained on the corpus itself, kept
// (serialized) with the corpus and in checkpoints, so a saved run reads text exactly as it did.
// SentencePiece runs in the helper program unroll-subword (see io/helper_process.h for why).
#pragma once

#include <string>
#include <vector>

#include "unroll/corpus.h"

namespace unroll {

// Trains a model of about `vocab_size` pieces ("bpe" or "unigram") on the lines; returns it
// serialized. Throws CorpusError when SentencePiece refuses the text or loading is cancelled.
std::string trainSubwordModel(const std::vector<std::string>& lines, int vocab_size,
                              const std::string& type, const LoadProgress& progress = {});
// The lines as pieces of `model` (one stream; each line starts a new word). The vocabulary holds
// every piece in the model's id order and decodes "▁" as a space.
Corpus tokenizeSubwords(const std::vector<std::string>& lines, const std::string& model,
                        const LoadProgress& progress = {});
// A prompt as piece ids of `model`; text outside the model's pieces becomes <unk>.
std::vector<std::int32_t> encodeSubwords(const std::string& text, const std::string& model);

}  // namespace unroll
