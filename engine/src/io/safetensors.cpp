#include "io/safetensors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

namespace unroll::safetensors {

namespace {

using json = nlohmann::json;

[[noreturn]] void fail(const std::string& what) {
    throw FormatError(what);
}

uint64_t readLength(std::string_view bytes) {
    uint64_t n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | static_cast<unsigned char>(bytes[static_cast<size_t>(i)]);
    return n;
}

std::vector<int64_t> readShape(const std::string& name, const json& shape) {
    if (!shape.is_array())
        fail("tensor '" + name + "': \"shape\" is not an array");
    std::vector<int64_t> out;
    for (const json& d : shape) {
        if (!d.is_number_unsigned() && !(d.is_number_integer() && d.get<int64_t>() >= 0))
            fail("tensor '" + name + "': shape entry " + d.dump() +
                 " is not a non-negative integer");
        const uint64_t v = d.get<uint64_t>();
        if (v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            fail("tensor '" + name + "': shape entry " + std::to_string(v) + " is too large");
        out.push_back(static_cast<int64_t>(v));
    }
    return out;
}

uint64_t byteSize(const std::string& name, const std::vector<int64_t>& shape, size_t element) {
    uint64_t n = element;
    for (int64_t d : shape) {
        const uint64_t u = static_cast<uint64_t>(d);
        if (u != 0 && n > std::numeric_limits<uint64_t>::max() / u)
            fail("tensor '" + name + "': its shape describes more bytes than can exist");
        n *= u;
    }
    return n;
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

// Rejects a key that appears twice at the top level or inside a tensor entry: nlohmann would
// silently keep the last one.
json parseHeader(std::string_view text) {
    std::vector<std::set<std::string>> keys;
    auto callback = [&](int depth, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::object_start) {
            keys.emplace_back();
        } else if (event == json::parse_event_t::object_end) {
            keys.pop_back();
        } else if (event == json::parse_event_t::key && depth <= 2) {
            if (!keys.back().insert(parsed.get<std::string>()).second)
                fail("header: the key \"" + parsed.get<std::string>() + "\" appears twice");
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), callback);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for huge numbers
        fail(std::string("header is not valid JSON: ") + e.what());
    }
}

}  // namespace

const TensorInfo* File::find(const std::string& name) const {
    for (const TensorInfo& t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

size_t dtypeSize(const std::string& dtype) {
    static const std::map<std::string, size_t> sizes = {
        {"F64", 8},     {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"F8_E5M2", 1},
        {"F8_E4M3", 1}, {"I64", 8}, {"I32", 4}, {"I16", 2},  {"I8", 1},
        {"U64", 8},     {"U32", 4}, {"U16", 2}, {"U8", 1},   {"BOOL", 1}};
    const auto it = sizes.find(dtype);
    return it == sizes.end() ? 0 : it->second;
}

File parse(std::string_view bytes) {
    if (bytes.size() < 8)
        fail("the file is " + std::to_string(bytes.size()) +
             " bytes, shorter than the 8-byte header length: truncated, or not a safetensors file");
    const uint64_t header_len = readLength(bytes);
    if (header_len > kMaxHeaderBytes)
        fail("the header claims " + std::to_string(header_len) + " bytes, more than the " +
             std::to_string(kMaxHeaderBytes >> 20) + " MB limit: not a safetensors file");
    if (header_len > bytes.size() - 8)
        fail("the header claims " + std::to_string(header_len) + " bytes but the file has only " +
             std::to_string(bytes.size() - 8) + " after the length: the file is truncated");
    if (header_len < 2 || bytes[8] != '{')
        fail("the header does not start with '{': not a safetensors file");

    const json header = parseHeader(bytes.substr(8, header_len));
    if (!header.is_object())
        fail("the header is not a JSON object");

    File file;
    file.data_start = 8 + header_len;
    const uint64_t data_size = bytes.size() - file.data_start;
    for (const auto& [name, entry] : header.items()) {
        if (name == "__metadata__") {
            if (!entry.is_object())
                fail("header: \"__metadata__\" is not an object of strings");
            for (const auto& [key, value] : entry.items()) {
                if (!value.is_string())
                    fail("metadata \"" + key + "\" is not a string");
                file.metadata[key] = value.get<std::string>();
            }
            continue;
        }
        if (!entry.is_object())
            fail("tensor '" + name + "': its entry is not an object");
        for (const auto& [key, value] : entry.items()) {
            (void)value;
            if (key != "dtype" && key != "shape" && key != "data_offsets")
                fail("tensor '" + name + "': unexpected field \"" + key + "\"");
        }
        if (!entry.contains("dtype") || !entry.contains("shape") || !entry.contains("data_offsets"))
            fail("tensor '" + name + "': needs \"dtype\", \"shape\" and \"data_offsets\"");
        TensorInfo t;
        t.name = name;
        if (!entry["dtype"].is_string())
            fail("tensor '" + name + "': \"dtype\" is not a string");
        t.dtype = entry["dtype"].get<std::string>();
        const size_t element = dtypeSize(t.dtype);
        if (element == 0)
            fail("tensor '" + name + "': unknown dtype \"" + t.dtype + "\"");
        t.shape = readShape(name, entry["shape"]);
        const json& offsets = entry["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
            !offsets[1].is_number_unsigned())
            fail("tensor '" + name + "': \"data_offsets\" must be two non-negative integers");
        t.begin = offsets[0].get<uint64_t>();
        t.end = offsets[1].get<uint64_t>();
        if (t.begin > t.end)
            fail("tensor '" + name + "': data_offsets [" + std::to_string(t.begin) + ", " +
                 std::to_string(t.end) + "] run backwards");
        if (t.end > data_size)
            fail("tensor '" + name + "' ends at byte " + std::to_string(t.end) +
                 " of the data, past its end (" + std::to_string(data_size) +
                 " bytes): the file is truncated");
        const uint64_t needed = byteSize(name, t.shape, element);
        if (t.end - t.begin != needed)
            fail("tensor '" + name + "': data_offsets hold " + std::to_string(t.end - t.begin) +
                 " bytes, but shape " + shapeText(t.shape) + " of " + t.dtype + " needs " +
                 std::to_string(needed));
        file.tensors.push_back(std::move(t));
    }

    std::sort(file.tensors.begin(), file.tensors.end(),
              [](const TensorInfo& a, const TensorInfo& b) {
                  return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
              });
    uint64_t covered = 0;
    for (size_t i = 0; i < file.tensors.size(); ++i) {
        const TensorInfo& t = file.tensors[i];
        if (t.begin < covered)
            fail("tensors '" + file.tensors[i - 1].name + "' and '" + t.name + "' overlap");
        if (t.begin > covered)
            fail("a gap of " + std::to_string(t.begin - covered) + " bytes before tensor '" +
                 t.name + "': the data must be covered exactly");
        covered = t.end;
    }
    if (covered != data_size)
        fail(std::to_string(data_size - covered) +
             " bytes after the last tensor belong to none: the data must be covered exactly");
    return file;
}

std::string serialize(const std::vector<TensorData>& tensors,
                      const std::map<std::string, std::string>& metadata) {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    uint64_t offset = 0;
    for (const TensorData& t : tensors) {
        header[t.name] = {
            {"dtype", t.dtype}, {"shape", t.shape}, {"data_offsets", {offset, offset + t.bytes}}};
        offset += t.bytes;
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');
    std::string out;
    out.reserve(8 + text.size() + offset);
    uint64_t n = text.size();
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    out += text;
    for (const TensorData& t : tensors)
        out.append(static_cast<const char*>(t.data), t.bytes);
    return out;
}

}  // namespace unroll::safetensors
