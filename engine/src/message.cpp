#include "unroll/message.h"

#include <cstdio>

namespace unroll {

MessageArg number(double value, int digits, std::string english) {
    if (english.empty()) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*g", digits, value);
        english = buf;
    }
    return {MessageArg::Kind::Number, std::move(english), value, digits, nullptr};
}

MessageArg Message::toArg(const Message& m) {
    return {MessageArg::Kind::Phrase, m.english(), 0.0, 0, std::make_shared<const Message>(m)};
}

std::string Message::fill(const std::string& pattern, const std::vector<MessageArg>& args,
                          const std::function<std::string(const MessageArg&)>& render) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        const size_t n = static_cast<size_t>(next - '0');
        if (pattern[i] == '%' && next >= '1' && next <= '9' && n <= args.size()) {
            out += render(args[n - 1]);
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string Message::english() const {
    return fill(pattern_, args_, [](const MessageArg& a) { return a.english; });
}

Message textOf(const std::exception& e) {
    if (const auto* user = dynamic_cast<const UserError*>(&e))
        return user->message();
    return Message::verbatim(e.what());
}

Message joined(const std::vector<Message>& parts, const std::string& separator) {
    if (parts.empty())
        return {};
    Message out = parts.front();
    for (size_t i = 1; i < parts.size(); ++i)
        out = Message("%1%2%3", out, separator, parts[i]);
    return out;
}

Message byteSize(std::uint64_t bytes) {
    constexpr std::uint64_t kMB = std::uint64_t(1) << 20, kGB = std::uint64_t(1) << 30;
    if (bytes < kMB)
        return Message(UNROLL_TEXT("%1 bytes"), bytes);
    if (bytes < kGB)
        return Message(UNROLL_TEXT("%1 MB"), (bytes + kMB - 1) / kMB);
    const double gb = double(bytes) / double(kGB);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", gb);
    return Message(UNROLL_TEXT("%1 GB"), number(gb, gb < 10 ? 2 : 3, text));
}

}  // namespace unroll
