// The runs folder: making, listing (and recovering), renaming and removing runs.
#include "unroll/run_store.h"
#include "unroll/trainer.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>

#include "io/json_checks.h"
#include "io/json_fields.h"
#include "runs/run_summary_json.h"
#include "unroll/config.h"
#include "unroll/files.h"
#include "unroll/run_log_reader.h"

namespace unroll {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// Larger files are not summaries: the listing must not read a stray huge file whole.
constexpr size_t kMaxSummaryBytes = 1 << 20;

std::string folderId(const std::string& arch) {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &utc);
    static std::mt19937 random{std::random_device{}()};
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "%04x", static_cast<unsigned>(random() & 0xffff));
    return std::string(stamp) + "-" + arch + "-" + suffix;
}

// Linux's largest pid (PID_MAX_LIMIT on 64-bit): a larger one in run.json is damage, and must not
// be cut to a pid_t (2^40 became 0, and kill(0, 0) asks about this process's own group).
constexpr std::int64_t kMaxPid = 4194304;

bool processAlive(std::int64_t pid) {
    return pid > 0 && pid <= kMaxPid && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// The statuses run.json may hold (RunSummary::status).
bool knownStatus(const std::string& status) {
    for (const char* known :
         {"running", "finished", "stopped", "paused", "diverged", "failed", "interrupted"})
        if (status == known)
            return true;
    return false;
}

bool isFolder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

bool present(const fs::path& path) {
    std::error_code error;
    return fs::symlink_status(path, error).type() != fs::file_type::not_found && !error;
}

// What the log says, for a run whose summary is missing, damaged or out of date.
void fillFromLog(RunSummary& s) {
    RunLogParser parser;
    try {
        ReadLimits limits;
        limits.what = Message(UNROLL_TEXT("run log"));
        readFileChunks(s.logPath(), limits,
                       [&](std::string_view chunk) { parser.feed(chunk.data(), chunk.size()); });
    } catch (const FileError& e) {
        if (s.problem.empty())
            s.problem = e.message();
        return;
    }
    const RunSeries& r = parser.series();
    if (!r.has_header)
        return;
    if (s.arch.empty())
        s.arch = r.arch;
    if (s.preset.empty())
        s.preset = r.preset;
    if (s.created.empty())
        s.created = r.created;
    if (s.corpus.empty())
        s.corpus = r.corpus;
    if (s.name.empty())
        s.name = r.preset.empty() ? r.arch : r.preset;
    s.epochs = r.epochs_planned;
    if (!r.epochs.empty()) {
        s.epochs_done = r.epochs.back().epoch + 1;
        s.valid_loss = r.epochs.back().valid_loss;
        s.accuracy = r.epochs.back().accuracy;
    }
    if (!r.steps.empty())
        s.duration_s = std::max(s.duration_s, r.steps.back().time);
    if (!r.outcome.empty())
        s.status = r.outcome;
}

}  // namespace

std::string RunStore::defaultRoot() {
    if (const char* set = std::getenv("UNROLL_RUNS"); set && *set)
        return set;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return std::string(data) + "/unroll/runs";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/unroll/runs";
}

RunStore::RunStore(std::string root) : root_(std::move(root)) {}

std::string RunStore::folderOf(const std::string& id) const {
    // An id is a folder name, never a path: no way out of the runs folder.
    if (id.empty() || id.find('/') != std::string::npos || id == "." || id == "..")
        throw RunStoreError(Message(UNROLL_TEXT("'%1' is not a run of %2"), id, root_));
    const std::string folder = root_ + "/" + id;
    if (!isFolder(folder))
        throw RunStoreError(Message(UNROLL_TEXT("there is no run '%1' in %2 — it may have been "
                                                "deleted; refresh the list"),
                                    id, root_));
    return folder;
}

std::string RunStore::nextName(const std::string& base) const {
    // "lm6 #3": one more than the highest number a run named after `base` has (renamed runs do
    // not count; a deleted one's number is not reused while a later one exists).
    int highest = 0;
    const std::string prefix = base + " #";
    for (const RunSummary& r : list()) {
        if (r.name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string number = r.name.substr(prefix.size());
        if (!number.empty() && number.find_first_not_of("0123456789") == std::string::npos &&
            number.size() < 9)
            highest = std::max(highest, std::stoi(number));
    }
    return prefix + std::to_string(highest + 1);
}

std::unique_ptr<RunRecorder> RunStore::record(const Trainer& trainer, const std::string& preset,
                                              const std::string& origin, const std::string& name) {
    const Config& config = trainer.config();
    RunSummary s;
    s.arch = nameOf(config.get(settings::arch));
    s.id = folderId(s.arch);
    s.folder = root_ + "/" + s.id;
    s.preset = preset;
    s.name = name.empty() ? nextName(preset.empty() ? s.arch : preset) : name;
    s.origin = origin;
    s.created = utcNow();
    s.status = "running";
    s.corpus = trainer.corpus().name;
    s.epochs = trainer.epochs();
    s.epochs_done = static_cast<int>(trainer.history().size());
    if (!trainer.history().empty()) {
        s.valid_loss = trainer.history().back().valid_loss;
        s.accuracy = trainer.history().back().valid_accuracy;
    }
    std::error_code error;
    fs::create_directories(s.folder, error);
    if (error)
        throw RunStoreError(
            Message(UNROLL_TEXT("cannot make the run folder %1: %2 — check that the "
                                "runs folder (UNROLL_RUNS) is writable"),
                    s.folder, error.message()));
    try {
        writeFile(s.folder + "/config.json", config.toJson() + "\n");
        return std::unique_ptr<RunRecorder>(new RunRecorder(s, trainer));
    } catch (const std::exception& e) {
        throw RunStoreError(Message(UNROLL_TEXT("cannot record the run: %1"), textOf(e)));
    }
}

RunSummary RunStore::find(const std::string& id) const {
    RunSummary s;
    s.id = id;
    s.folder = folderOf(id);
    std::int64_t pid = 0;
    const std::string summary_path = s.folder + "/run.json";
    if (present(summary_path)) {
        // Untrusted: whatever wrote it may have been killed mid-way, or be someone else.
        try {
            const json j = json::parse(
                readFile(summary_path, Message(UNROLL_TEXT("run summary")), kMaxSummaryBytes));
            readSummaryJson(j, s);
            pid = json_checks::wholeNumber(j, "pid", 1, kMaxPid, 0);
            if (!knownStatus(s.status))
                throw json_checks::BadField("status is '" + s.status + "', not a run's status");
        } catch (const std::exception& e) {
            s.status.clear();
            s.problem = Message(UNROLL_TEXT("run.json cannot be read (%1); what is shown comes "
                                            "from the log"),
                                std::string(e.what()));
        }
    } else {
        s.problem = Message(UNROLL_TEXT("run.json is missing; what is shown comes from the log"));
    }
    // A summary that is missing, damaged, or says "running" for a process that is gone: the run
    // was killed (or its record lost); its log holds what it did, and it is "interrupted" — only
    // a summary written at the run's end says how it ended.
    const bool dead = s.status == "running" && !processAlive(pid);
    if (!s.problem.empty() || dead || s.status.empty()) {
        fillFromLog(s);
        s.status = "interrupted";
    }
    if (s.name.empty())
        s.name = id;
    return s;
}

std::vector<RunSummary> RunStore::list() const {
    std::vector<RunSummary> runs;
    std::error_code error;
    for (fs::directory_iterator it(root_, error), end; !error && it != end; it.increment(error)) {
        if (!isFolder(it->path()))
            continue;
        const std::string id = it->path().filename().string();
        // A folder with neither a summary nor a log is not a run (or one not begun).
        if (!present(it->path() / "run.json") && !present(it->path() / "log.jsonl"))
            continue;
        // One damaged folder must not hide the others: it is listed, saying what is wrong.
        try {
            runs.push_back(find(id));
        } catch (const std::exception& e) {
            if (!isFolder(it->path()))
                continue;  // deleted while listing
            RunSummary damaged;
            damaged.id = damaged.name = id;
            damaged.folder = it->path().string();
            damaged.status = "interrupted";
            damaged.problem =
                Message(UNROLL_TEXT("the run's folder cannot be read: %1"), std::string(e.what()));
            runs.push_back(damaged);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunSummary& a, const RunSummary& b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return runs;
}

void RunStore::rename(const std::string& id, const std::string& name) {
    if (name.find_first_not_of(" \t") == std::string::npos)
        throw RunStoreError(Message(UNROLL_TEXT("a run's name cannot be empty")));
    RunSummary s = find(id);
    s.name = name;
    try {
        nlohmann::ordered_json j = summaryJson(s);
        writeFile(s.folder + "/run.json", j.dump(2) + "\n");
    } catch (const std::exception& e) {
        throw RunStoreError(Message(UNROLL_TEXT("cannot rename the run: %1"), textOf(e)));
    }
}

void RunStore::remove(const std::string& id) {
    const std::string folder = folderOf(id);
    std::error_code error;
    fs::remove_all(folder, error);
    if (error)
        throw RunStoreError(Message(UNROLL_TEXT("cannot delete %1: %2"), folder, error.message()));
}

}  // namespace unroll
