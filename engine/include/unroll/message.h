// Texts the engine shows a person, in a form a window can translate. The engine has no Qt, so a
// message is not a finished sentence but an English pattern with %1 … %9 where its arguments go
// (Qt's numbering) and the arguments themselves:
//  - verbatim text that reads the same in every language: a path, a setting's key, a word of the
//    corpus;
//  - a number, kept as a number so that a window can write it in its locale, with the English
//    form the engine has always printed;
//  - another message: a phrase that is translated in turn ("a folder", "the disk is full").
// english() is what the CLI prints and what an error's what() returns. A window looks the pattern
// up in its catalogue (context "engine") and fills the arguments in (ui/text/engine_text.h).
// Every pattern is written through UNROLL_TEXT so that translations/make_engine_strings.py finds
// it and lupdate can offer it to translators; a test checks that the catalogue lists them all.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

// Marks an English pattern for extraction; it is the literal itself.
#define UNROLL_TEXT(pattern) pattern

namespace unroll {

class Message;

// One argument of a message.
struct MessageArg {
    enum class Kind { Verbatim, Number, Phrase };
    Kind kind = Kind::Verbatim;
    std::string english;                    // how it reads in English (for a phrase: its english())
    double number = 0.0;                    // Number: the value
    int digits = 0;                         // Number: significant digits, 0 for a whole number
    std::shared_ptr<const Message> phrase;  // Phrase: the message to translate in turn
};

// A number for a message: its value, the significant digits a window should give it, and its
// English form (as printf's %.<digits>g writes it unless `english` is given).
MessageArg number(double value, int digits, std::string english = {});

class Message {
public:
    Message() = default;
    template <typename... Args>
    explicit Message(const char* pattern, Args&&... args) : pattern_(pattern) {
        (args_.push_back(toArg(std::forward<Args>(args))), ...);
    }

    // Text with nothing to translate in it (another library's words, the CLI's own English).
    static Message verbatim(std::string text) { return Message("%1", std::move(text)); }

    const std::string& pattern() const { return pattern_; }
    const std::vector<MessageArg>& args() const { return args_; }
    bool empty() const { return pattern_.empty(); }

    // The pattern with every %n replaced by render(argument n). %n beyond the arguments and a %
    // before anything but a digit 1-9 stay as they are.
    static std::string fill(const std::string& pattern, const std::vector<MessageArg>& args,
                            const std::function<std::string(const MessageArg&)>& render);
    std::string english() const;

private:
    static MessageArg toArg(MessageArg a) { return a; }
    static MessageArg toArg(const Message& m);
    static MessageArg toArg(const std::string& s) {
        return {MessageArg::Kind::Verbatim, s, 0.0, 0, nullptr};
    }
    static MessageArg toArg(const char* s) { return toArg(std::string(s)); }
    template <typename I, typename = std::enable_if_t<std::is_integral_v<I>>>
    static MessageArg toArg(I i) {
        return {MessageArg::Kind::Number, std::to_string(i), static_cast<double>(i), 0, nullptr};
    }

    std::string pattern_;
    std::vector<MessageArg> args_;
};

// An exception's text as a message: a UserError's own, anything else's what() as it is.
Message textOf(const std::exception& e);

// Messages joined into one: each part in turn, separated by `separator` (verbatim).
Message joined(const std::vector<Message>& parts, const std::string& separator);

// A size as a person reads it: bytes below 1 MB, whole MB (rounded up, so that a file just over
// a limit never reads as equal to it) below 1 GB, then GB with a decimal or two.
Message byteSize(std::uint64_t bytes);

// The base of every error the engine throws for a person to read: what() is the English text,
// message() the same as a Message for a window to translate.
class UserError : public std::runtime_error {
public:
    explicit UserError(Message message)
        : std::runtime_error(message.english()), message_(std::move(message)) {}
    // A text with nothing to translate in it (another library's words), shown as it is.
    explicit UserError(const std::string& verbatim) : UserError(Message::verbatim(verbatim)) {}
    const Message& message() const { return message_; }

private:
    Message message_;
};

}  // namespace unroll
