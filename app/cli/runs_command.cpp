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
    const CLI::Option* remove_flag = nullptr;  // given as "" is an error, not "list"
};

// A name or id as the terminal should show it: control characters (a newline, an escape sequence
// that would recolour or clear the terminal) spelled out, so one run is one row.
std::string printable(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", u);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out;
}

// At most `width` characters (not bytes: a name in Greek is cut between letters).
std::string cut(const std::string& text, size_t width) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == width)
            return text.substr(0, i);
    }
    return text;
}

int runRuns(const RunsOptions& o) {
    RunStore store(o.folder.empty() ? RunStore::defaultRoot() : o.folder);
    try {
        if (!o.rename.empty()) {
            store.rename(o.rename[0], o.rename[1]);
            return kExitOk;
        }
        if (o.remove_flag->count() > 0) {
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
        std::printf("%-26s %-16s %-5s %-20s %-15s %10s %8s %8.1fs\n", printable(r.id).c_str(),
                    cut(printable(r.name), 16).c_str(), printable(r.arch).c_str(),
                    printable(r.created).c_str(), printable(status).c_str(),
                    number(r.valid_loss).c_str(), number(r.accuracy).c_str(), r.duration_s);
        if (!r.problem.empty())
            std::fprintf(stderr, "note: %s: %s\n", printable(r.id).c_str(),
                         printable(r.problem.english()).c_str());
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
    o->remove_flag =
        command->add_option("--delete", o->remove, "Delete a run's folder")->type_name("ID");
    return [o] { return runRuns(*o); };
}

}  // namespace unroll::cli
