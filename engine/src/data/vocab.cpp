// Vocab: ids in order of first appearance.
#include "unroll/corpus.h"

namespace unroll {

std::optional<std::int32_t> Vocab::find(const std::string& token) const {
    auto it = stoi_.find(token);
    if (it == stoi_.end())
        return std::nullopt;
    return it->second;
}

std::int32_t Vocab::add(const std::string& token) {
    auto [it, inserted] = stoi_.try_emplace(token, size());
    if (inserted)
        itos_.push_back(token);
    return it->second;
}

std::string Vocab::decode(const std::int32_t* ids, size_t count) const {
    std::string out;
    for (size_t i = 0; i < count; ++i) {
        if (i)
            out += separator_;
        out += token(ids[i]);
    }
    return out;
}

std::string Vocab::decode(const std::vector<std::int32_t>& ids) const {
    return decode(ids.data(), ids.size());
}

}  // namespace unroll
