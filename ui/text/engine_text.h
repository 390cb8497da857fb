// The engine's messages (unroll/message.h) in the window's language: the pattern looked up in the
// catalogue's "engine" context (or "schema", for the schema's own texts such as units), each
// number written in the window's locale, each phrase translated in turn. Patterns the catalogue
// lacks read in English, as the CLI prints them.
#pragma once

#include <QString>

#include <exception>

#include "unroll/message.h"

namespace unroll {

QString engineText(const Message& message);

// What went wrong, for a person: an engine error's message translated; any other exception's
// what(), cut before a libtorch stack trace ("Exception raised from ...").
QString engineText(const std::exception& error);

}  // namespace unroll
