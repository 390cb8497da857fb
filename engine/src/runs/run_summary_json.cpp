#include "runs/run_summary_json.h"

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
        j["problem"] = r.problem;
        list.push_back(j);
    }
    return list.dump();
}

void readSummaryJson(const nlohmann::json& j, RunSummary& s) {
    const auto text = [&](const char* key, std::string& out) {
        if (j.contains(key) && !j[key].is_null())
            out = j[key].get<std::string>();
    };
    text("name", s.name);
    text("arch", s.arch);
    text("preset", s.preset);
    text("origin", s.origin);
    text("created", s.created);
    text("status", s.status);
    text("corpus", s.corpus);
    text("checkpoint", s.checkpoint);
    text("saved_as", s.saved_as);
    if (j.contains("duration_s"))
        s.duration_s = j["duration_s"].get<double>();
    if (j.contains("epochs"))
        s.epochs = j["epochs"].get<int>();
    if (j.contains("epochs_done"))
        s.epochs_done = j["epochs_done"].get<int>();
    if (j.contains("valid_loss") && !j["valid_loss"].is_null())
        s.valid_loss = j["valid_loss"].get<double>();
    if (j.contains("accuracy") && !j["accuracy"].is_null())
        s.accuracy = j["accuracy"].get<double>();
}

}  // namespace unroll
