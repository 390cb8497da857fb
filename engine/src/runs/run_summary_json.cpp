#include "runs/run_summary_json.h"

#include "io/json_checks.h"

namespace unroll {

nlohmann::ordered_json summaryJson(const RunSummary& s) {
    const auto optional = [](const std::optional<double>& v) {
        return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
    };
    return {{"format", 1},
            {"name", s.name},
            {"arch", s.arch},
            {"preset", s.preset},
            {"origin", s.origin},
            {"created", s.created},
            {"status", s.status},
            {"corpus", s.corpus},
            {"duration_s", s.duration_s},
            {"epochs", s.epochs},
            {"epochs_done", s.epochs_done},
            {"valid_loss", optional(s.valid_loss)},
            {"accuracy", optional(s.accuracy)},
            {"checkpoint", s.checkpoint},
            {"saved_as", s.saved_as}};
}

std::string runListJson(const std::vector<RunSummary>& runs) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const RunSummary& r : runs) {
        nlohmann::ordered_json j = {{"id", r.id}};
        j.update(summaryJson(r));
        j["folder"] = r.folder;
        j["problem"] = r.problem.english();
        list.push_back(j);
    }
    return list.dump();
}

void readSummaryJson(const nlohmann::json& j, RunSummary& s) {
    using namespace json_checks;
    // Read into a copy: a bad field leaves `s` as it was, for the log to fill.
    RunSummary r = s;
    r.name = text(j, "name", r.name);
    r.arch = text(j, "arch", r.arch);
    r.preset = text(j, "preset", r.preset);
    r.origin = text(j, "origin", r.origin);
    r.created = text(j, "created", r.created);
    r.status = text(j, "status", r.status);
    r.corpus = text(j, "corpus", r.corpus);
    r.checkpoint = text(j, "checkpoint", r.checkpoint);
    r.saved_as = text(j, "saved_as", r.saved_as);
    r.duration_s = finiteNumber(j, "duration_s", 0, 1e12, r.duration_s);
    r.epochs = static_cast<int>(wholeNumber(j, "epochs", 0, kMaxEpochs, r.epochs));
    r.epochs_done = static_cast<int>(wholeNumber(j, "epochs_done", 0, kMaxEpochs, r.epochs_done));
    constexpr double kHuge = 1e300;
    if (j.contains("valid_loss") && !j["valid_loss"].is_null())
        r.valid_loss = finiteNumber(j, "valid_loss", -kHuge, kHuge, 0);
    if (j.contains("accuracy") && !j["accuracy"].is_null())
        r.accuracy = finiteNumber(j, "accuracy", 0, 1, 0);
    s = std::move(r);
}

}  // namespace unroll
