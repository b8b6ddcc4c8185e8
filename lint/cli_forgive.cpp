#include "lint/cli_forgive.h"

#include <filesystem>
#include <iostream>

#include "lint/did_you_mean.h"
#include "lint/scrub.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

std::vector<CLI::App*> all_commands(CLI::App& app) {
  return app.get_subcommands([](CLI::App*) { return true; });
}

CLI::App* command_named(CLI::App& app, const std::string& name) {
  for (CLI::App* c : all_commands(app))
    if (c->get_name() == name) return c;
  return nullptr;
}

bool takes_value(const CLI::Option& o) { return o.get_type_size_max() > 0 && o.get_expected_max() > 0; }

int error(const std::string& msg, const std::string& help = "") {
  std::cerr << "azlint: error: " << escape_controls(msg) << "\n";
  if (!help.empty()) std::cerr << "help: " << escape_controls(help) << "\n";
  return 2;
}

std::string command_list(const CLI::App& app) {
  std::string s;
  for (const CLI::App* c : visible_commands(app)) s += (s.empty() ? "" : ", ") + c->get_name();
  return s;
}

// The long and short names of the options of `app` (its option groups included).
void option_names(const CLI::App& app, std::vector<std::string>& out) {
  for (const CLI::Option* o : app.get_options()) {
    if (o->get_positional() && o->get_lnames().empty() && o->get_snames().empty()) continue;
    for (const std::string& l : o->get_lnames()) out.push_back("--" + l);
    for (const std::string& s : o->get_snames()) out.push_back("-" + s);
  }
}

std::string option_hint(const std::string& word, const std::vector<std::string>& names) {
  std::vector<std::string_view> cands(names.begin(), names.end());
  std::string_view near = did_you_mean(word, cands);
  return near.empty() ? std::string() : "; did you mean \"" + std::string(near) + "\"?";
}

std::string lower_first(std::string s) {
  if (s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) s[0] = static_cast<char>(s[0] - 'A' + 'a');
  while (!s.empty() && (s.back() == '\n' || s.back() == '.')) s.pop_back();
  return s;
}

}  // namespace

std::string global_option_names(const CLI::App& app) {
  std::string s;
  for (const CLI::Option* o : app.get_options()) {
    if (o == app.get_help_ptr() || o == app.get_version_ptr()) continue;
    std::string name = !o->get_lnames().empty() ? "--" + o->get_lnames().front() : "-" + o->get_snames().front();
    if (!o->get_lnames().empty() && !o->get_snames().empty()) name = "-" + o->get_snames().front() + "/" + name;
    s += (s.empty() ? "" : ", ") + name;
  }
  return s;
}

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* c) { return !c->get_group().empty(); });
}

int forgive_command_line(CLI::App& app, std::vector<std::string>& args) {
  // The options before the first word: the global ones stay, the others (`--help`, a
  // subcommand's own) move after the subcommand.
  std::vector<std::string> moved;
  std::vector<std::string> kept;
  size_t i = 0;
  bool help = false, version = false;
  CLI::App* check = command_named(app, "check");
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--" || a.size() < 2 || a[0] != '-') break;
    const std::string name = a.substr(0, a.find('='));
    const bool inline_value = name.size() != a.size();
    const CLI::Option* o = app.get_option_no_throw(name);
    if (o && o == app.get_help_ptr()) {
      help = true;
      moved.push_back(a);
      continue;
    }
    if (o) {
      version |= o == app.get_version_ptr();
      kept.push_back(a);
      if (takes_value(*o) && !inline_value && i + 1 < args.size()) kept.push_back(args[++i]);
      continue;
    }
    // A subcommand's option before it (`azlint --format json file.yaml`): `check`'s, the
    // subcommand a path implies.
    const CLI::Option* co = check ? check->get_option_no_throw(name) : nullptr;
    if (co && !co->get_positional()) {
      moved.push_back(a);
      if (takes_value(*co) && !inline_value && i + 1 < args.size()) moved.push_back(args[++i]);
      continue;
    }
    std::vector<std::string> names;
    option_names(app, names);
    if (check) option_names(*check, names);
    return error("unknown option \"" + name + "\"" + option_hint(name, names), "see `azlint --help`");
  }
  if (i == args.size()) {
    if (help || version) return 0;
    if (!moved.empty()) {  // check's options and no path: `check` of the current directory
      args = kept;
      args.push_back("check");
      args.insert(args.end(), moved.begin(), moved.end());
      return 0;
    }
    return error("a command is required (" + command_list(app) + ")", "`azlint check PATH…` lints files; see `azlint --help`");
  }
  const std::string word = args[i];
  std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
  std::vector<std::string> out = kept;
  std::error_code ec;
  if (word == "--" || command_named(app, word)) {
    out.push_back(word);
  } else if (word == "-" || fs::exists(fs::symlink_status(word, ec))) {
    out.push_back("check");
    out.insert(out.end(), moved.begin(), moved.end());
    moved.clear();
    out.push_back(word);
  } else if (word == "version") {
    return error("unknown command \"version\"; did you mean \"azlint --version\"?");
  } else {
    const CLI::App* best = nullptr;
    size_t best_d = 3;
    for (const CLI::App* c : visible_commands(app)) {
      size_t d = edit_distance(word, c->get_name(), true);
      if (d < best_d) best_d = d, best = c;
    }
    if (best) return error("unknown command \"" + word + "\"; did you mean \"" + best->get_name() + "\"?");
    return error("unknown command \"" + word + "\", and no file or directory of that name",
                 "the commands are " + command_list(app) + "; see `azlint --help`");
  }
  out.insert(out.end(), moved.begin(), moved.end());
  out.insert(out.end(), rest.begin(), rest.end());
  args = std::move(out);
  return 0;
}

int report_parse_error(CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
  // The subcommand the error is in, for its help and its options.
  CLI::App* in = &app;
  for (std::vector<CLI::App*> parsed = app.get_subcommands(); !parsed.empty(); parsed = in->get_subcommands()) in = parsed.front();
  const std::string help = in == &app ? "see `azlint --help`" : "see `azlint " + in->get_name() + " --help`";
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    for (const std::string& extra : app.remaining(true)) {
      if (extra.size() > 1 && extra[0] == '-') {
        const std::string name = extra.substr(0, extra.find('='));
        std::vector<std::string> names;
        option_names(*in, names);
        if (in != &app) option_names(app, names);
        return error("unknown option \"" + name + "\"" + (in == &app ? "" : " for " + in->get_name()) + option_hint(name, names), help);
      }
    }
    std::vector<std::string> extras = app.remaining(true);
    return error("unexpected argument \"" + (extras.empty() ? std::string() : extras.front()) + "\"" +
                     (in == &app ? "" : " for " + in->get_name()),
                 help);
  }
  return error(lower_first(e.what()), help);
}

}  // namespace azlint
