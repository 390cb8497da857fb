#include "models/language_model.h"

namespace unroll {

GateTrace& LayerTrace::gate(const std::string& name, const std::string& function) {
    for (GateTrace& g : gates)
        if (g.gate == name)
            return g;
    gates.push_back({name, function, {}});
    return gates.back();
}

}  // namespace unroll
