// unroll-cli's bash completion script, written from the CLI11 definitions and the settings
// schema: what it completes is what the program accepts.
#include <sstream>

#include "cli_reference.h"
#include "unroll/config.h"

namespace unroll::cli {

namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

// Options that take a file or a folder: their argument completes as a path.
bool takesPath(const CLI::Option& o) {
    const std::string t = o.get_type_name();
    return o.get_type_size() != 0 &&
           (t.find("FILE") != std::string::npos || t.find("DIR") != std::string::npos ||
            t.find("PATH") != std::string::npos);
}

}  // namespace

std::string bashCompletion(const CLI::App& app) {
    std::vector<std::string> commands, path_options, preset_names, keys;
    for (const CLI::App* c :
         app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); }))
        commands.push_back(c->get_name());
    for (const Preset& p : presets())
        preset_names.push_back(p.name);
    for (const SettingSpec& s : schema())
        keys.push_back(s.key + "=");

    std::ostringstream b;
    b << "# bash completion for unroll-cli (written by `unroll-cli completion bash`)\n"
      << "_unroll_cli() {\n"
      << "    local cur prev words cword\n"
      << "    _init_completion -n = || return\n"
      << "    if [[ $cword -eq 1 ]]; then\n"
      << "        COMPREPLY=($(compgen -W \"" << joined(commands)
      << " --help --version\" -- \"$cur\"))\n"
      << "        return\n"
      << "    fi\n"
      << "    case \"$prev\" in\n"
      << "        --preset) COMPREPLY=($(compgen -W \"" << joined(preset_names)
      << "\" -- \"$cur\")); return ;;\n"
      << "        --set)\n"
      << "            if [[ $cur == *=* ]]; then\n"
      << "                local values=\"\"\n"
      << "                case \"${cur%%=*}\" in\n";
    for (const SettingSpec& s : schema()) {
        if (!s.choices.empty())
            b << "                    " << s.key << ") values=\"" << joined(s.choices) << "\" ;;\n";
        else if (s.type == SettingType::Bool)
            b << "                    " << s.key << ") values=\"true false\" ;;\n";
    }
    b << "                esac\n"
      << "                COMPREPLY=($(compgen -W \"$values\" -P \"${cur%%=*}=\" -- "
         "\"${cur#*=}\"))\n"
      << "            else\n"
      << "                compopt -o nospace\n"
      << "                COMPREPLY=($(compgen -W \"" << joined(keys) << "\" -- \"$cur\"))\n"
      << "            fi\n"
      << "            return ;;\n";
    for (const CLI::App* c : app.get_subcommands([](const CLI::App*) { return true; }))
        for (const CLI::Option* o : c->get_options())
            if (takesPath(*o))
                for (const std::string& l : o->get_lnames())
                    if (std::find(path_options.begin(), path_options.end(), "--" + l) ==
                        path_options.end())
                        path_options.push_back("--" + l);
    if (!path_options.empty()) {
        std::string alternatives;
        for (const std::string& o : path_options)
            alternatives += (alternatives.empty() ? "" : "|") + o;
        b << "        " << alternatives << ") _filedir; return ;;\n";
    }
    b << "    esac\n"
      << "    local opts=\"\"\n"
      << "    case \"${words[1]}\" in\n";
    for (const CLI::App* c :
         app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
        std::vector<std::string> flags;
        bool positional_file = false;
        for (const CLI::Option* o : c->get_options()) {
            if (!o->nonpositional()) {
                positional_file = true;
                continue;
            }
            for (const std::string& l : o->get_lnames())
                flags.push_back("--" + l);
        }
        b << "        " << c->get_name() << ") opts=\"" << joined(flags) << "\"";
        if (positional_file)
            b << "; [[ $cur != -* ]] && { _filedir; return; }";
        b << " ;;\n";
    }
    b << "    esac\n"
      << "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
      << "}\n"
      << "complete -F _unroll_cli unroll-cli\n";
    return b.str();
}

}  // namespace unroll::cli
