# Writes OUTPUT: a C++ file defining unroll::detail::embeddedPresets() from the preset JSON files
# given as PRESET_FILES (a ;-list, in display order). Runs at build time so edits to a preset
# are picked up without re-configuring.
set(body "")
foreach(file IN LISTS PRESET_FILES)
    get_filename_component(name "${file}" NAME_WE)
    file(READ "${file}" text)
    string(APPEND body "        {\"${name}\", R\"unroll_preset(${text})unroll_preset\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from resources/presets/*.json by engine/cmake/embed_presets.cmake.
#include <utility>
#include <vector>

namespace unroll::detail {

const std::vector<std::pair<const char*, const char*>>& embeddedPresets() {
    static const std::vector<std::pair<const char*, const char*>> files = {
${body}    };
    return files;
}

}  // namespace unroll::detail
")
# Only touch the output when it changed, so an unrelated rebuild does not recompile it.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
