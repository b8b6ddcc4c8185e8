// `azlint verify`: the subcommand's options and its run (CLI11 stays in command.cpp and cli.cpp).
#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace azlint::verify {

struct VerifyArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string probe = "deployment";
  std::string dialect;
  std::vector<std::string> env_files;
  bool no_env = false;
  int jobs = 8;
  double timeout = 10;
  double deadline = 120;  // the whole run, seconds; 0: none
  int retries = 2;
  double max_retry_wait = 10;
  std::string cacert;
  std::vector<std::string> resolve;
  std::vector<std::string> connect_to;
  bool dry_run = false;
  bool allow_insecure = false;
  std::vector<std::string> allow_hosts;  // --allow-host: never read from a file
  bool verbose = false;
  bool no_color = false;
};

CLI::App* add_verify_command(CLI::App& app, VerifyArgs& args);
int run_verify(const VerifyArgs& args);

}  // namespace azlint::verify
