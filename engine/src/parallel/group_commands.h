// What rank 0 says to the other workers of a group: the configuration once, through the group's
// store, then a command per operation that changes the run, in the order rank 0 performed them,
// through Gloo like the collectives they come between (parallel/group_leader.cpp sends,
// group_follower.cpp obeys). The store also keeps the followers' answers: "quit" obeyed, or
// what stopped one.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

#include "unroll/lr_finder.h"
#include "unroll/trainer.h"

namespace unroll::group_commands {

inline const std::string kConfigKey = "unroll/config";
// Each follower adds 1 once it obeyed "quit": rank 0 waits for them all before it closes.
inline const std::string kDoneKey = "unroll/done";

// Where a follower leaves the words of what stopped it, for rank 0 to report.
inline std::string errorKey(int rank) {
    return "unroll/error/" + std::to_string(rank);
}

// The operations ("op"): step, evaluate {shuffled, seed}, live {config}, continue {config},
// recover {remedy}, lr_find {options}, quit.
inline nlohmann::json toJson(const Remedy& r) {
    return {{"kind", r.kind == Remedy::Kind::Rewind ? "rewind" : "skip_batch"},
            {"lr_factor", r.lr_factor},
            {"clip", r.clip}};
}
inline Remedy remedyFrom(const nlohmann::json& j) {
    Remedy r;
    r.kind = j.at("kind").get<std::string>() == "rewind" ? Remedy::Kind::Rewind
                                                         : Remedy::Kind::SkipBatch;
    r.lr_factor = j.at("lr_factor").get<double>();
    r.clip = j.at("clip").get<double>();
    return r;
}
inline nlohmann::json toJson(const LrFindOptions& o) {
    return {{"start_lr", o.start_lr},
            {"end_lr", o.end_lr},
            {"num_it", o.num_it},
            {"stop_div", o.stop_div}};
}
inline LrFindOptions lrFindOptionsFrom(const nlohmann::json& j) {
    LrFindOptions o;
    o.start_lr = j.at("start_lr").get<double>();
    o.end_lr = j.at("end_lr").get<double>();
    o.num_it = j.at("num_it").get<int>();
    o.stop_div = j.at("stop_div").get<bool>();
    return o;
}

}  // namespace unroll::group_commands
