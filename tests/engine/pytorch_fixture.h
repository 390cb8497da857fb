// The values PyTorch computed for the engine tests (fixtures/make_fixtures.py): scalars in
// pytorch_reference.json, tensors in pytorch_reference.safetensors, read once per test program.
// Plain C++: the tests that include it need no torch of their own.
#pragma once

#include <nlohmann/json.hpp>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/safetensors.h"
#include "unroll/files.h"

namespace unroll::test {

class PyTorchFixture {
public:
    static const PyTorchFixture& get() {
        static const PyTorchFixture f;
        return f;
    }

    const nlohmann::json& json() const { return json_; }

    bool has(const std::string& name) const { return file_.find(name) != nullptr; }

    // A float32 tensor's values, row-major; throws when the fixture has no such tensor.
    std::vector<float> tensor(const std::string& name) const {
        const safetensors::TensorInfo* t = file_.find(name);
        if (!t || t->dtype != "F32")
            throw std::out_of_range("the PyTorch fixture has no float tensor '" + name +
                                    "': run tests/engine/fixtures/make_fixtures.py");
        std::vector<float> out((t->end - t->begin) / sizeof(float));
        std::memcpy(out.data(), bytes_.data() + file_.data_start + t->begin, t->end - t->begin);
        return out;
    }
    // Names of the tensors under `prefix` (the prefix removed), in file order.
    std::vector<std::string> namesUnder(const std::string& prefix) const {
        std::vector<std::string> out;
        for (const safetensors::TensorInfo& t : file_.tensors)
            if (t.name.compare(0, prefix.size(), prefix) == 0)
                out.push_back(t.name.substr(prefix.size()));
        return out;
    }

private:
    // The project's reader: a missing or unreadable fixture is named, not read as empty.
    static constexpr size_t kMaxBytes = 64 << 20;
    PyTorchFixture()
        : json_(nlohmann::json::parse(readFile(UNROLL_FIXTURES "/pytorch_reference.json",
                                               unroll::Message("fixture"), kMaxBytes))),
          bytes_(readFile(UNROLL_FIXTURES "/pytorch_reference.safetensors",
                          unroll::Message("fixture"), kMaxBytes)),
          file_(safetensors::parse(bytes_)) {}

    nlohmann::json json_;
    std::string bytes_;
    safetensors::File file_;
};

}  // namespace unroll::test
