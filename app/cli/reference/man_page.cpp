// unroll-cli(1), written in roff from the CLI11 definitions and the settings schema.
#include <sstream>

#include "cli_reference.h"
#include "unroll/config.h"
#include "unroll/message.h"
#include "unroll/version.h"

namespace unroll::cli {

namespace {

// Text as roff reads it: backslashes and hyphens escaped, no line that starts a request.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
        if (c == '\n')
            out += "\\&";
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\''))
        out = "\\&" + out;
    return out;
}

std::string bold(const std::string& s) {
    return "\\fB" + roff(s) + "\\fR";
}
std::string italic(const std::string& s) {
    return "\\fI" + roff(s) + "\\fR";
}

// "-o, --out FILE": every name of an option, then what it takes.
std::string optionTerm(const CLI::Option& o) {
    std::string names;
    for (const std::string& s : o.get_snames())
        names += (names.empty() ? "" : ", ") + bold("-" + s);
    for (const std::string& l : o.get_lnames())
        names += (names.empty() ? "" : ", ") + bold("--" + l);
    if (!o.nonpositional())
        return italic(o.get_name(true));
    if (o.get_type_size() != 0 && !o.get_type_name().empty())
        names += " " + italic(o.get_type_name());
    return names;
}

// "Unroll: train ..." (--help's first line) as a man page's NAME line has it: "train ...".
std::string withoutName(const std::string& description) {
    const std::string name = "Unroll: ";
    return description.rfind(name, 0) == 0 ? description.substr(name.size()) : description;
}

bool shown(const CLI::App* a) {
    return !a->get_group().empty();
}

}  // namespace

std::string manPage(const CLI::App& app) {
    std::ostringstream m;
    m << ".TH UNROLL\\-CLI 1 \"\" \"Unroll " << unrollVersion() << "\" \"User Commands\"\n"
      << ".SH NAME\nunroll\\-cli \\- " << roff(withoutName(app.get_description())) << "\n"
      << ".SH SYNOPSIS\n"
      << bold("unroll-cli") << " " << italic("COMMAND") << " [" << italic("OPTIONS") << "]\n"
      << ".SH DESCRIPTION\n"
      << "The headless front end of Unroll, over the same engine as the window "
         "(\\fBunroll\\fR(1)): it trains the models of the fastai book's chapter \"A Language "
         "Model from Scratch\" (LM1 to LM7, AWD\\-LSTM, GRU) on the built\\-in Human Numbers "
         "corpus or any UTF\\-8 text, and evaluates, generates from and inspects what it "
         "saved. Settings come from a preset (\\fB\\-\\-preset\\fR), a JSON file "
         "(\\fB\\-\\-config\\fR) and \\fB\\-\\-set\\fR \\fIKEY\\fR=\\fIVALUE\\fR, in that order.\n"
      << ".SH COMMANDS\n";
    for (const CLI::App* command :
         app.get_subcommands([](const CLI::App* a) { return shown(a); })) {
        m << ".SS " << roff(command->get_name()) << "\n"
          << roff(command->get_description()) << "\n";
        for (const CLI::Option* o : command->get_options()) {
            if (o->get_group().empty())
                continue;
            m << ".TP\n" << optionTerm(*o) << "\n" << roff(o->get_description()) << "\n";
        }
    }
    m << ".SH SETTINGS\nEach is given as \\fB\\-\\-set\\fR \\fIKEY\\fR=\\fIVALUE\\fR, in a "
         "JSON file, or in the window's form; \\fBunroll\\-cli settings \\-\\-json\\fR prints "
         "them for tools. Those marked live may change while a run goes on.\n";
    for (const SettingSpec& s : schema()) {
        m << ".TP\n"
          << bold(s.key) << " = " << italic(formatValue(s.default_value)) << "\n"
          << roff(s.label) << ". " << roff(s.help)
          << " Allowed: " << roff(s.allowedText().english()) << "." << (s.live ? " Live." : "")
          << "\n";
    }
    m << ".SH PRESETS\n";
    for (const Preset& p : presets())
        m << ".TP\n" << bold(p.name) << "\n" << roff(p.description) << "\n";
    m << ".SH EXIT STATUS\n"
      << ".TP\n0\nSuccess.\n"
      << ".TP\n1\nSomething failed that is not the input's fault, such as a data\\-parallel "
         "worker that died or stopped answering (the message names it).\n"
      << ".TP\n2\nBad input: a flag, setting, preset, corpus, checkpoint or prompt.\n"
      << ".TP\n3\nTraining diverged (a non\\-finite loss or gradient).\n"
      << ".TP\n4\nA checkpoint, log or run record could not be written.\n"
      << ".TP\n5\nThe machine ran out of memory.\n"
      << ".TP\n130\nInterrupted by Ctrl\\-C.\n"
      << ".SH ENVIRONMENT\n"
      << ".TP\n.B UNROLL_RUNS\nThe runs folder (default ~/.local/share/unroll/runs).\n"
      << ".TP\n.B RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT\nOne machine of a data\\-parallel "
         "group, as PyTorch's launcher describes it (or \\fB\\-\\-rank\\fR, "
         "\\fB\\-\\-world\\-size\\fR, \\fB\\-\\-master\\-addr\\fR, \\fB\\-\\-master\\-port\\fR).\n"
      << ".TP\n.B GLOO_SOCKET_IFNAME\nThe network interface the workers of a group talk "
         "over.\n"
      << ".SH EXAMPLES\n"
      << ".nf\nunroll\\-cli train \\-\\-preset lm6 \\-\\-save lm6.safetensors\n"
      << "unroll\\-cli generate lm6.safetensors \\-\\-prompt \"one hundred\"\n"
      << "unroll\\-cli train \\-\\-preset lm6 \\-\\-corpus book.txt \\-\\-set tokenizer=char "
         "\\-\\-set workers=2\n.fi\n"
      << ".SH SEE ALSO\n\\fBunroll\\fR(1)\n";
    return m.str();
}

}  // namespace unroll::cli
