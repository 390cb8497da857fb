#include "text_inputs.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/json_checks.h"
#include "runs/run_summary_json.h"
#include "unroll/config.h"
#include "unroll/run_log_reader.h"

namespace unroll::fuzz {

namespace {

// A broken invariant is a bug the sanitizers cannot see: stop loudly.
void require(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

}  // namespace

bool readConfigBytes(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const Config config = Config::fromJson(text, "fuzz input");
        config.validate();
        // What was accepted round-trips: the written form reads back as the same settings.
        require(Config::fromJson(config.toJson(), "round trip").toJson() == config.toJson(),
                "an accepted configuration round-trips");
        return true;
    } catch (const ConfigError&) {
    }
    return false;
}

bool readRunRecordBytes(const std::uint8_t* data, std::size_t size) {
    const char* bytes = reinterpret_cast<const char*>(data);
    // As a log: never throws; whatever it reports is in range.
    RunLogParser parser;
    parser.feed(bytes, size / 2);
    parser.feed(bytes + size / 2, size - size / 2);  // split anywhere, as a follower reads
    const RunSeries& series = parser.series();
    require(series.epochs_planned >= 0 && series.epochs_planned <= kMaxEpochs,
            "a log's planned epochs are in range");
    for (const RunEpochPoint& e : series.epochs)
        require(e.epoch >= 0 && e.epoch <= kMaxEpochs, "a log's epoch numbers are in range");
    for (const RunStepPoint& s : series.steps)
        require(s.step >= 0 && s.epoch >= 0, "a log's steps are not negative");
    // As run.json: accepted whole, or refused with the reader's own exceptions.
    bool accepted = false;
    try {
        RunSummary summary;
        readSummaryJson(nlohmann::json::parse(std::string(bytes, size)), summary);
        require(summary.epochs >= 0 && summary.epochs <= kMaxEpochs && summary.epochs_done >= 0 &&
                    summary.epochs_done <= kMaxEpochs,
                "run.json's epochs are in range");
        require(summary.duration_s >= 0, "run.json's duration is not negative");
        accepted = true;
    } catch (const nlohmann::json::exception&) {
    } catch (const json_checks::BadField&) {
    }
    return accepted || !series.steps.empty();
}

}  // namespace unroll::fuzz
