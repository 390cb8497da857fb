// The diagram's description of each architecture, mirroring how the models are built
// (models/chapter_models.cpp, models/recurrent_lm.cpp): which matrices each arrow applies, where
// state is carried and detached, where dropout sits, and what is inside an LSTM or GRU cell.
#include "unroll/topology.h"

#include <algorithm>

#include "unroll/architecture.h"

namespace unroll {

namespace {

const char* const kSuperscripts[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

std::string superscript(int n) {
    std::string out;
    for (char c : std::to_string(n))
        out += kSuperscripts[c - '0'];
    return out;
}

// The stacked recurrent models are the ones that read the `layers` setting: the schema says
// which, once.
bool stackedArch(Arch arch) {
    return findSetting(settings::layers.name)->appliesTo(nameOf(arch));
}

void addWeights(Topology& t) {
    t.weights.push_back({"i_h", "i_h", "embedding", 0, {"i_h.weight"}});
    if (!stackedArch(t.arch)) {
        t.weights.push_back({"h_h", "h_h", "recurrent", 1, {"h_h.weight", "h_h.bias"}});
    } else {
        for (int l = 1; l <= t.layers; ++l) {
            const std::string n = std::to_string(l - 1);
            t.weights.push_back({"w_ih" + std::to_string(l),
                                 "W_ih" + superscript(l),
                                 "input",
                                 l,
                                 {"rnn.weight_ih_l" + n, "rnn.bias_ih_l" + n}});
            t.weights.push_back({"w_hh" + std::to_string(l),
                                 "W_hh" + superscript(l),
                                 "recurrent",
                                 l,
                                 {"rnn.weight_hh_l" + n, "rnn.bias_hh_l" + n}});
        }
    }
    if (t.tied)
        t.weights.push_back({"h_o", "h_o = i_hᵀ", "output", 0, {"h_o.bias"}});
    else
        t.weights.push_back({"h_o", "h_o", "output", 0, {"h_o.weight", "h_o.bias"}});
}

void addDropouts(Topology& t, const Config& c) {
    if (!stackedArch(t.arch))
        return;
    const auto add = [&](const std::string& key, std::string where, bool locked) {
        const double p = c.getFloat(key);
        if (p > 0)
            t.dropouts.push_back({key, std::move(where), p, locked});
    };
    add("embed_p", "on the embedding rows (whole words)", false);
    add("input_p", "on the embedded input", true);
    add("hidden_p", "between the layers", true);
    add("weight_p", "on the recurrent weights (DropConnect)", false);
    add("out_p", "on the last layer's output", c.get(settings::out_locked));
}

int dropoutIndex(const Topology& t, const std::string& key) {
    for (size_t i = 0; i < t.dropouts.size(); ++i)
        if (t.dropouts[i].key == key)
            return static_cast<int>(i);
    return -1;
}

void addGates(Topology& t) {
    if (t.cell == Topology::Cell::LSTM) {
        t.gates = {{"input", "sigmoid", "i = σ(W_ii x + W_hi h + b_i)"},
                   {"forget", "sigmoid", "f = σ(W_if x + W_hf h + b_f)"},
                   {"cell", "tanh", "g = tanh(W_ig x + W_hg h + b_g)"},
                   {"output", "sigmoid", "o = σ(W_io x + W_ho h + b_o)"}};
        t.cell_equations = {"c_t = f ⊙ c_{t-1} + i ⊙ g", "h_t = o ⊙ tanh(c_t)"};
    } else if (t.cell == Topology::Cell::GRU) {
        t.gates = {{"reset", "sigmoid", "r = σ(W_ir x + W_hr h + b_r)"},
                   {"update", "sigmoid", "z = σ(W_iz x + W_hz h + b_z)"},
                   {"candidate", "tanh", "n = tanh(W_in x + r ⊙ (W_hn h + b_hn) + b_in)"}};
        t.cell_equations = {"h_t = (1 - z) ⊙ n + z ⊙ h_{t-1}"};
    } else if (t.cell == Topology::Cell::Tanh) {
        t.cell_equations = {"h_t = tanh(W_ih x_t + W_hh h_{t-1} + b)"};
    } else {
        t.cell_equations = {"h_t = relu(h_h(h_{t-1} + i_h(x_t)))"};
    }
}

}  // namespace

int Topology::node(NodeKind kind, int layer, int time) const {
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].kind == kind && nodes[i].layer == layer && nodes[i].time == time)
            return static_cast<int>(i);
    return -1;
}

const TopologyWeight* Topology::weight(const std::string& id) const {
    for (const TopologyWeight& w : weights)
        if (w.id == id)
            return &w;
    return nullptr;
}

int Topology::uses(const std::string& weight_id) const {
    int n = 0;
    for (const TopologyEdge& e : edges)
        n += static_cast<int>(std::count(e.weights.begin(), e.weights.end(), weight_id));
    return n;
}

int Topology::sharedWeights() const {
    int n = 0;
    for (const TopologyWeight& w : weights)
        n += uses(w.id) > 1 ? 1 : 0;
    return n;
}

int Topology::detachPoints() const {
    return static_cast<int>(std::count_if(edges.begin(), edges.end(),
                                          [](const TopologyEdge& e) { return e.detached; }));
}

Topology topologyOf(const Config& config) {
    config.validate();
    Topology t;
    t.arch = config.get(settings::arch);
    const ArchitectureInfo& info = architecture(t.arch);
    t.title = info.title;
    t.every_token = info.every_token;
    t.stateful = info.stateful;
    t.time_steps = static_cast<int>(config.get(settings::seq_len));
    const bool stacked = stackedArch(t.arch);
    t.layers = stacked ? static_cast<int>(config.get(settings::layers)) : 1;
    t.cell = t.arch == Arch::LM5   ? Topology::Cell::Tanh
             : t.arch == Arch::GRU ? Topology::Cell::GRU
             : stacked             ? Topology::Cell::LSTM
                                   : Topology::Cell::ReLU;
    t.tied = stacked && config.get(settings::tie_weights);
    addWeights(t);
    addDropouts(t, config);
    addGates(t);

    const int T = t.time_steps;
    for (int time = 1; time <= T; ++time)
        t.nodes.push_back({NodeKind::Input, 0, time});
    for (int l = 1; l <= t.layers; ++l)
        for (int time = 1; time <= T; ++time)
            t.nodes.push_back({NodeKind::Hidden, l, time});
    for (int time = 1; time <= T; ++time)
        if (t.every_token || time == T)
            t.nodes.push_back({NodeKind::Output, 0, time});
    if (t.stateful)
        for (int l = 1; l <= t.layers; ++l) {
            t.nodes.push_back({NodeKind::StateIn, l, 0});
            t.nodes.push_back({NodeKind::StateOut, l, 0});
        }

    const auto recurrentWeight = [&](int l) {
        return stacked ? "w_hh" + std::to_string(l) : std::string("h_h");
    };
    const int embed_drop = dropoutIndex(t, "embed_p"), input_drop = dropoutIndex(t, "input_p"),
              hidden_drop = dropoutIndex(t, "hidden_p"), weight_drop = dropoutIndex(t, "weight_p"),
              out_drop = dropoutIndex(t, "out_p");
    const auto present = [](std::initializer_list<int> indices) {
        std::vector<int> out;
        for (int i : indices)
            if (i >= 0)
                out.push_back(i);
        return out;
    };
    for (int time = 1; time <= T; ++time) {
        TopologyEdge in{EdgeKind::Input,
                        t.node(NodeKind::Input, 0, time),
                        t.node(NodeKind::Hidden, 1, time),
                        {"i_h"},
                        present({embed_drop, input_drop})};
        if (stacked)
            in.weights.push_back("w_ih1");
        t.edges.push_back(in);
    }
    for (int l = 1; l <= t.layers; ++l) {
        for (int time = 2; time <= T; ++time)
            t.edges.push_back({EdgeKind::Recurrent,
                               t.node(NodeKind::Hidden, l, time - 1),
                               t.node(NodeKind::Hidden, l, time),
                               {recurrentWeight(l)},
                               present({weight_drop})});
        if (l > 1)
            for (int time = 1; time <= T; ++time)
                t.edges.push_back({EdgeKind::Layer,
                                   t.node(NodeKind::Hidden, l - 1, time),
                                   t.node(NodeKind::Hidden, l, time),
                                   {"w_ih" + std::to_string(l)},
                                   present({hidden_drop})});
    }
    for (int time = 1; time <= T; ++time)
        if (t.every_token || time == T)
            t.edges.push_back({EdgeKind::Output,
                               t.node(NodeKind::Hidden, t.layers, time),
                               t.node(NodeKind::Output, 0, time),
                               {"h_o"},
                               present({out_drop})});
    if (t.stateful)
        for (int l = 1; l <= t.layers; ++l) {
            // The carried state enters through the same recurrent matrix, but the graph behind
            // it was detached: this is where truncated backpropagation through time cuts.
            TopologyEdge carry_in{EdgeKind::CarryIn,
                                  t.node(NodeKind::StateIn, l, 0),
                                  t.node(NodeKind::Hidden, l, 1),
                                  {recurrentWeight(l)},
                                  present({weight_drop})};
            carry_in.detached = true;
            t.edges.push_back(carry_in);
            t.edges.push_back({EdgeKind::CarryOut,
                               t.node(NodeKind::Hidden, l, T),
                               t.node(NodeKind::StateOut, l, 0),
                               {},
                               {}});
        }
    return t;
}

}  // namespace unroll
