// `unroll-cli completion bash` and the build's `unroll-cli man-page`: the program describing
// itself (cli_reference.h).
#include <cstdio>

#include "../commands.h"
#include "../exit_codes.h"
#include "cli_reference.h"

namespace unroll::cli {

Command addCompletionCommand(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand(
        "completion",
        "Print the shell completion script (bash): eval \"$(unroll-cli completion "
        "bash)\", or install it in bash-completion's folder");
    static std::string shell = "bash";
    cmd->add_option("shell", shell, "The shell (bash)")->check(CLI::IsMember({"bash"}));
    return [&app] {
        std::fputs(bashCompletion(app).c_str(), stdout);
        return kExitOk;
    };
}

Command addManPageCommand(CLI::App& app) {
    // Not listed by --help: the build writes unroll-cli.1 with it; `man unroll-cli` reads that.
    CLI::App* cmd = app.add_subcommand("man-page", "Print unroll-cli's man page (roff)");
    cmd->group("");
    return [&app] {
        std::fputs(manPage(app).c_str(), stdout);
        return kExitOk;
    };
}

}  // namespace unroll::cli
