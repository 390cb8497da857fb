// The checkpoint file: reading it with its limits, checked access to its tensors, and
// inspectCheckpoint(). The trainer writes and restores its state in train/trainer_checkpoint.cpp.
#include "io/checkpoint_file.h"

#include <zlib.h>

#include <cstdio>

#include "io/checkpoint_metadata.h"
#include "kernels/buffer_stats.h"
#include "unroll/checkpoint.h"
#include "unroll/files.h"

namespace unroll {

// Tensor bytes are written and read as the machine holds them; safetensors is little-endian.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "checkpoints assume a little-endian machine");

namespace checkpoint_file {

std::string stateName(std::size_t i) {
    return "state." + std::to_string(i);
}

safetensors::File parseFile(const std::string& path, const std::string& bytes) {
    try {
        return safetensors::parse(bytes);
    } catch (const safetensors::FormatError& e) {
        // The format's own details stay in English: they are for whoever repairs the file.
        failCheckpoint(
            path, Message(UNROLL_TEXT("not a valid safetensors file: %1"), std::string(e.what())));
    }
}

std::string readCheckpoint(const std::string& path) {
    try {
        return readFile(path, Message(UNROLL_TEXT("checkpoint")), kMaxCheckpointBytes);
    } catch (const FileError& e) {
        throw CheckpointError(e.message());
    }
}

// The tensor `name`, checked for dtype and shape; its bytes inside `bytes`.
const char* tensorBytes(const safetensors::File& file, const std::string& bytes,
                        const std::string& path, const std::string& name, const std::string& dtype,
                        const std::vector<int64_t>& shape) {
    const safetensors::TensorInfo* t = file.find(name);
    if (!t)
        failCheckpoint(path, Message(UNROLL_TEXT("tensor '%1' is missing"), name));
    if (t->dtype != dtype)
        failCheckpoint(
            path, Message(UNROLL_TEXT("tensor '%1' is %2, expected %3"), name, t->dtype, dtype));
    if (t->shape != shape) {
        std::string want, got;
        for (int64_t d : shape)
            want += (want.empty() ? "" : ", ") + std::to_string(d);
        for (int64_t d : t->shape)
            got += (got.empty() ? "" : ", ") + std::to_string(d);
        failCheckpoint(
            path, Message(UNROLL_TEXT("tensor '%1' has shape [%2], this model needs [%3]"), name,
                          got, want));
    }
    return bytes.data() + file.data_start + t->begin;
}

namespace {

std::string crcText(uLong crc) {
    char text[16];
    std::snprintf(text, sizeof text, "crc32:%08lx", crc & 0xffffffffUL);
    return text;
}

uLong addMetadata(uLong crc, const std::map<std::string, std::string>& metadata) {
    for (const auto& [key, value] : metadata) {
        if (key == kChecksumKey)
            continue;
        crc = ::crc32_z(crc, reinterpret_cast<const Bytef*>(key.c_str()), key.size() + 1);
        crc = ::crc32_z(crc, reinterpret_cast<const Bytef*>(value.c_str()), value.size() + 1);
    }
    return crc;
}

}  // namespace

std::string checksum(const std::vector<safetensors::TensorData>& tensors,
                     const std::map<std::string, std::string>& metadata) {
    uLong crc = ::crc32(0L, Z_NULL, 0);
    for (const safetensors::TensorData& t : tensors)
        crc = ::crc32_z(crc, static_cast<const Bytef*>(t.data), t.bytes);
    return crcText(addMetadata(crc, metadata));
}

std::string checksum(std::string_view data_section,
                     const std::map<std::string, std::string>& metadata) {
    uLong crc = ::crc32(0L, Z_NULL, 0);
    crc = ::crc32_z(crc, reinterpret_cast<const Bytef*>(data_section.data()), data_section.size());
    return crcText(addMetadata(crc, metadata));
}

bool verifyChecksum(const safetensors::File& file, const std::string& bytes,
                    const std::string& path) {
    const auto recorded = file.metadata.find(kChecksumKey);
    if (recorded == file.metadata.end())
        return false;
    const std::string actual =
        checksum(std::string_view(bytes).substr(file.data_start), file.metadata);
    if (actual != recorded->second)
        failCheckpoint(
            path, Message(UNROLL_TEXT("its contents do not match its checksum (%1, now %2): the "
                                      "file was damaged after it was saved (a flipped bit, a bad "
                                      "disk or copy) — use another copy or an earlier checkpoint"),
                          recorded->second, actual));
    return true;
}

void requireFinite(const float* x, int64_t n, const std::string& path, const std::string& name) {
    if (!sumOfSquares(x, n).finite)
        failCheckpoint(path, Message(UNROLL_TEXT("tensor '%1' holds inf or NaN values"), name));
}

}  // namespace checkpoint_file

using checkpoint_file::parseFile;
using checkpoint_file::readCheckpoint;

std::string corpusFingerprint(const std::vector<std::int32_t>& tokens) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64 over the ids' little-endian bytes
    for (std::int32_t t : tokens) {
        const auto u = static_cast<std::uint32_t>(t);
        for (int b = 0; b < 4; ++b) {
            h ^= (u >> (8 * b)) & 0xffu;
            h *= 1099511628211ull;
        }
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

CheckpointInfo inspectCheckpoint(const std::string& path) {
    const std::string bytes = readCheckpoint(path);
    const safetensors::File file = parseFile(path, bytes);
    const bool checked = checkpoint_file::verifyChecksum(file, bytes, path);
    CheckpointInfo info = readMetadata(file, path).info;
    info.file_bytes = bytes.size();
    info.checksum = checked ? file.metadata.at(checkpoint_file::kChecksumKey) : "";
    return info;
}

}  // namespace unroll
