#include "checkpoint_input.h"

#include <string_view>

#include "io/checkpoint_metadata.h"
#include "io/safetensors.h"

namespace unroll::fuzz {

bool readCheckpointBytes(const std::uint8_t* data, std::size_t size) {
    try {
        const safetensors::File file =
            safetensors::parse(std::string_view(reinterpret_cast<const char*>(data), size));
        readMetadata(file, "fuzz input");
        return true;
    } catch (const safetensors::FormatError&) {
    } catch (const CheckpointError&) {
    }
    return false;
}

}  // namespace unroll::fuzz
