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

std::string spellToken(const std::string& token, const std::string& marker) {
    if (marker.empty())
        return token;
    std::string text = token;
    for (size_t at = 0; (at = text.find(marker, at)) != std::string::npos; ++at)
        text.replace(at, marker.size(), " ");
    return text;
}

std::string joinTokens(const std::vector<std::string>& tokens, const std::string& separator,
                       const std::string& marker) {
    std::string out;
    for (size_t i = 0; i < tokens.size(); ++i)
        out += (i ? separator : std::string()) + spellToken(tokens[i], marker);
    if (!marker.empty() && !tokens.empty() && tokens.front().rfind(marker, 0) == 0)
        out.erase(0, 1);  // the first word's marker is no space in the text
    return out;
}

}  // namespace unroll
