// unroll-cli's commands. Each registers itself on the app and returns the exit code it ran with.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace unroll::cli {

using Command = std::function<int()>;

Command addTrainCommand(CLI::App& app);
Command addPresetsCommand(CLI::App& app);
Command addLrFindCommand(CLI::App& app);
Command addEvalCommand(CLI::App& app);
Command addInspectCommand(CLI::App& app);
Command addGenerateCommand(CLI::App& app);
Command addSettingsCommand(CLI::App& app);
Command addCorpusCommand(CLI::App& app);
Command addRunsCommand(CLI::App& app);
// Registered last: they describe every command registered before them.
Command addCompletionCommand(CLI::App& app);
Command addManPageCommand(CLI::App& app);

}  // namespace unroll::cli
