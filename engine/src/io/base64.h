// Base64 (RFC 4648) for binary blobs stored in a checkpoint's JSON metadata.
#pragma once

#include <optional>
#include <string>

namespace unroll {

std::string toBase64(const std::string& bytes);
// nullopt for text that is not base64.
std::optional<std::string> fromBase64(const std::string& text);

}  // namespace unroll
