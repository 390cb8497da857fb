// `unroll-cli presets`: the presets with their one-line descriptions.
#include <cstdio>

#include "commands.h"
#include "exit_codes.h"
#include "unroll/config.h"

namespace unroll::cli {

Command addPresetsCommand(CLI::App& app) {
    app.add_subcommand("presets", "List the presets, one line each");
    return [] {
        for (const Preset& p : presets())
            std::printf("%-6s %s\n", p.name.c_str(), p.description.c_str());
        return kExitOk;
    };
}

}  // namespace unroll::cli
