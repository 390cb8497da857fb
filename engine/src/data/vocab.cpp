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
    std::vector<std::string> tokens;
    tokens.reserve(count);
    for (size_t i = 0; i < count; ++i)
        tokens.push_back(token(ids[i]));
    return join(tokens);
}

std::string Vocab::decode(const std::vector<std::int32_t>& ids) const {
    return decode(ids.data(), ids.size());
}

std::string Vocab::join(const std::vector<std::string>& tokens) const {
    return joinTokens(tokens, separator_, word_marker_);
}

std::string joinTokens(const std::vector<std::string>& tokens, const std::string& separator,
                       const std::string& marker) {
    std::string out;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i)
            out += separator;
        out += tokens[i];
    }
    if (marker.empty())
        return out;
    std::string text;
    for (size_t i = 0; i < out.size();) {
        if (out.compare(i, marker.size(), marker) == 0) {
            if (!text.empty())
                text += ' ';
            i += marker.size();
        } else {
            text += out[i++];
        }
    }
    return text;
}

}  // namespace unroll
