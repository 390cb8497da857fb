// How the chapter's two pictures draw a model: the network unrolled over the tokens, and rolled
// into a loop with one shared weight matrix. Plain data (no torch), built from a configuration
// alone, so a diagram can be drawn before a model exists and the tests can count what it shows.
#pragma once

#include <string>
#include <vector>

#include "unroll/settings.h"

#include "unroll/config.h"

namespace unroll {

// One weight matrix (with its bias) as the diagram labels and colours it.
struct TopologyWeight {
    std::string id;     // "i_h", "h_h", "h_o", "w_ih1", "w_hh2", ...
    std::string label;  // "i_h", "W_ih¹", ...
    std::string role;   // "embedding", "input", "recurrent", "output"
    int layer = 0;      // 1.. for a layer's weights, 0 for the embedding and the output
    std::vector<std::string> parameters;  // the engine's parameter names it stands for
};

enum class NodeKind {
    Input,     // the token read at time t
    Hidden,    // a layer's hidden state after time t
    Output,    // the prediction after time t
    StateIn,   // the hidden state carried in from the previous batch (stateful models)
    StateOut,  // ... and carried on to the next one
};

enum class EdgeKind { Input, Recurrent, Layer, Output, CarryIn, CarryOut };

struct TopologyNode {
    NodeKind kind = NodeKind::Hidden;
    int layer = 0;  // from 1 for hidden and state nodes; 0 otherwise
    int time = 0;   // from 1; 0 for state nodes
};

struct TopologyEdge {
    EdgeKind kind = EdgeKind::Input;
    int from = 0;  // node indices
    int to = 0;
    std::vector<std::string> weights;  // the matrices applied along it, in order (ids)
    std::vector<int> dropouts;         // indices into Topology::dropouts applied along it
    bool detached = false;             // gradients stop here: truncated BPTT between batches
};

struct DropoutPoint {
    std::string key;    // the setting: "out_p", "input_p", "hidden_p", "embed_p", "weight_p"
    std::string where;  // "on the embedding rows", "between layers 1 and 2", ...
    double p = 0.0;
    bool locked = false;  // one mask per sequence, the same at every time step
};

// One gate of an LSTM or GRU cell; names match GateSaturation::gate.
struct CellGate {
    std::string name;      // "forget", "input", "cell", "output", "reset", "update", "candidate"
    std::string function;  // "sigmoid" or "tanh"
    std::string formula;   // "f = σ(W_if x + W_hf h + b_f)"
};

struct Topology {
    enum class Cell { ReLU, Tanh, LSTM, GRU };  // ReLU: LM1–LM4; Tanh: LM5
    Arch arch = Arch::LM1;
    std::string title;
    Cell cell = Cell::ReLU;
    int layers = 1;
    int time_steps = 0;        // tokens a sample reads
    bool every_token = false;  // a prediction after every token, or only after the last
    bool stateful = false;     // the state carries to the next batch, detached
    bool tied = false;         // the output layer reuses the embedding matrix
    std::vector<TopologyWeight> weights;
    std::vector<TopologyNode> nodes;
    std::vector<TopologyEdge> edges;
    std::vector<DropoutPoint> dropouts;       // only those with p > 0
    std::vector<CellGate> gates;              // LSTM / GRU internals; empty for plain cells
    std::vector<std::string> cell_equations;  // the state update, e.g. "c_t = f ⊙ c_{t-1} + ..."

    // -1 when there is no such node.
    int node(NodeKind kind, int layer, int time) const;
    const TopologyWeight* weight(const std::string& id) const;
    // Edges that apply a weight: one entry per edge; a weight on several edges is shared.
    int uses(const std::string& weight_id) const;
    int sharedWeights() const;  // weights applied along more than one edge
    int detachPoints() const;   // edges where gradients stop
};

// Throws ConfigError for an invalid configuration.
Topology topologyOf(const Config& config);

}  // namespace unroll
