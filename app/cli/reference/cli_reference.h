// unroll-cli described for other programs, from the same CLI11 definitions and settings schema
// that --help prints, so that neither can drift from the program: a man page (roff) and a bash
// completion script. The build writes both (app/CMakeLists.txt) and installs them.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace unroll::cli {

// The man page of unroll-cli(1): every command with its options, every setting, every preset,
// the exit codes and the environment.
std::string manPage(const CLI::App& app);
// A bash completion script for unroll-cli: commands, each command's flags, preset names, setting
// keys after --set (and the choices of a setting that has them), files where a flag takes one.
std::string bashCompletion(const CLI::App& app);

}  // namespace unroll::cli
