// unroll-cli: the headless front end over the same engine as the window.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <new>
#include <string>

#include "commands.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "unroll/checkpoint.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/files.h"
#include "unroll/group_session.h"
#include "unroll/trainer.h"

int main(int argc, char** argv) {
    using namespace unroll::cli;
    // A worker that rank 0 of a data-parallel run started (unroll/group_session.h).
    if (argc == 2 && std::string(argv[1]) == unroll::kGroupWorkerFlag)
        return unroll::runGroupWorker();
    unroll::configureProcessMemory();
    CLI::App app("Unroll: train recurrent language models from scratch and watch them learn",
                 "unroll-cli");
    app.require_subcommand(1);
    std::map<std::string, Command> commands = {
        {"train", addTrainCommand(app)},       {"presets", addPresetsCommand(app)},
        {"lr-find", addLrFindCommand(app)},    {"eval", addEvalCommand(app)},
        {"generate", addGenerateCommand(app)}, {"inspect", addInspectCommand(app)},
        {"settings", addSettingsCommand(app)}, {"corpus", addCorpusCommand(app)},
        {"runs", addRunsCommand(app)}};
    commands["completion"] = addCompletionCommand(app);
    commands["man-page"] = addManPageCommand(app);
    // CLI11 reports an unknown command only as a missing one; name it.
    if (argc > 1 && argv[1][0] != '-' && commands.count(argv[1]) == 0) {
        std::vector<std::string> listed;  // the commands --help lists (not man-page), A to Z
        for (const CLI::App* c :
             app.get_subcommands([](const CLI::App* c) { return !c->get_group().empty(); }))
            listed.push_back(c->get_name());
        std::sort(listed.begin(), listed.end());
        std::string names;
        for (const std::string& name : listed)
            names += (names.empty() ? "" : ", ") + name;
        std::fprintf(stderr, "error: unknown command '%s'; commands: %s (see --help)\n", argv[1],
                     names.c_str());
        return kExitBadInput;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitOk : kExitBadInput;
    }
    // Exit codes: docs/failures.md.
    const InterruptScope interrupt_scope;
    try {
        for (const auto& [name, run] : commands)
            if (app.got_subcommand(name)) {
                const int code = run();
                return interrupted() && code == kExitOk ? kExitInterrupted : code;
            }
    } catch (const unroll::DivergenceError& e) {
        std::fprintf(stderr, "training diverged: %s\n", e.what());
        return kExitDiverged;
    } catch (const std::exception& e) {
        // libtorch's messages carry a stack trace after the message; a person needs the message.
        std::string message = e.what();
        message = message.substr(0, message.find("\nException raised from"));
        if (interrupted()) {  // a load or a read that stopped for Ctrl-C
            std::fprintf(stderr, "interrupted: %s\n", message.c_str());
            return kExitInterrupted;
        }
        if (dynamic_cast<const std::bad_alloc*>(&e) ||
            message.find("can't allocate memory") != std::string::npos) {
            std::fprintf(stderr,
                         "error: the machine ran out of memory (%s) — lower hidden, layers, "
                         "batch_size or seq_len, or free memory; nothing was saved after the last "
                         "checkpoint\n",
                         message.c_str());
            return kExitOutOfMemory;
        }
        std::fprintf(stderr, "error: %s\n", message.c_str());
        if (const auto* file = dynamic_cast<const unroll::FileError*>(&e))
            return file->isWriteFailure() ? kExitCannotWrite : kExitBadInput;
        // A bad setting, corpus, checkpoint or prompt is the user's input: exit 2.
        const bool bad_input = dynamic_cast<const unroll::ConfigError*>(&e) ||
                               dynamic_cast<const unroll::CorpusError*>(&e) ||
                               dynamic_cast<const unroll::CheckpointError*>(&e) ||
                               dynamic_cast<const unroll::PromptError*>(&e);
        return bad_input ? kExitBadInput : kExitFailure;
    }
    return kExitFailure;
}
