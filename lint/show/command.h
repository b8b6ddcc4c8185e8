// `azlint show`: for every model a user can pick, the request its gateway will send and where
// each part came from (lint/show/render.h), as text or versioned JSON; `--against` prints what
// differs between two releases. CLI11 stays in command.cpp and lint/cli.cpp.
#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace azlint::show {

struct ShowArgs {
  std::vector<std::string> paths;
  std::string model;                  // --model: the exact name (OpenClaw: provider/model)
  std::string format = "text";        // text | json
  std::vector<std::string> targets;   // --target GATEWAY@VERSION (repeatable)
  std::string against;                // --against GATEWAY@VERSION
  std::string dialect;
  std::vector<std::string> env_files;
  bool no_env = false;
};

CLI::App* add_show_command(CLI::App& app, ShowArgs& args);
int run_show(const ShowArgs& args);

}  // namespace azlint::show
