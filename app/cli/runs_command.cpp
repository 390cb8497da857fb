// `unroll-cli runs`: the run store from the terminal — list the recorded runs (a table, or JSON),
// rename one, or delete one.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "exit_codes.h"
#include "unroll/run_store.h"

namespace unroll::cli {

namespace {

struct RunsOptions {
    std::string folder;
    bool json = false;
    std::vector<std::string> rename;  // ID NAME
    std::string remove;
};

int runRuns(const RunsOptions& o) {
    RunStore store(o.folder.empty() ? RunStore::defaultRoot() : o.folder);
    try {
        if (!o.rename.empty()) {
            store.rename(o.rename[0], o.rename[1]);
            return kExitOk;
        }
        if (!o.remove.empty()) {
            if (store.find(o.remove).status == "running") {
                std::fprintf(stderr, "error: run %s is still training — stop it first\n",
                             o.remove.c_str());
                return kExitBadInput;
            }
            store.remove(o.remove);
            std::fprintf(stderr, "deleted %s\n", o.remove.c_str());
            return kExitOk;
        }
    } catch (const RunStoreError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return kExitBadInput;
    }
    const std::vector<RunSummary> runs = store.list();
    if (o.json) {
        std::printf("%s\n", runListJson(runs).c_str());
        return kExitOk;
    }
    const auto number = [](const std::optional<double>& v) {
        char text[32] = "-";
        if (v)
            std::snprintf(text, sizeof text, "%.4f", *v);
        return std::string(text);
    };
    std::printf("%-26s %-16s %-5s %-20s %-15s %10s %8s %9s\n", "id", "name", "arch", "created",
                "status", "valid_loss", "accuracy", "time");
    for (const RunSummary& r : runs) {
        const std::string status =
            r.status + " " + std::to_string(r.epochs_done) + "/" + std::to_string(r.epochs);
        std::printf("%-26s %-16s %-5s %-20s %-15s %10s %8s %8.1fs\n", r.id.c_str(),
                    r.name.substr(0, 16).c_str(), r.arch.c_str(), r.created.c_str(), status.c_str(),
                    number(r.valid_loss).c_str(), number(r.accuracy).c_str(), r.duration_s);
    }
    if (runs.empty())
        std::fprintf(stderr, "no runs recorded in %s yet\n", store.root().c_str());
    return kExitOk;
}

}  // namespace

Command addRunsCommand(CLI::App& app) {
    auto o = std::make_shared<RunsOptions>();
    CLI::App* command =
        app.add_subcommand("runs",
                           "List the recorded runs (the window's Runs tab), or rename or "
                           "delete one");
    command
        ->add_option("--runs", o->folder,
                     "The runs folder (default: $UNROLL_RUNS, else ~/.local/share/unroll/runs)")
        ->type_name("DIR");
    command->add_flag("--json", o->json, "Print the list as JSON");
    command->add_option("--rename", o->rename, "Rename a run")->expected(2)->type_name("ID NAME");
    command->add_option("--delete", o->remove, "Delete a run's folder")->type_name("ID");
    return [o] { return runRuns(*o); };
}

}  // namespace unroll::cli
