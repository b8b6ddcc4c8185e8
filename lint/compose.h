// A Docker Compose file as far as azlint reads it: each service's image, published ports, bind
// mounts, command, `environment:` and `env_file:`. `docker-compose*.y*ml` and `compose*.y*ml` beside a config or above it (up
// to the work-tree root, lint/work_tree.h) say which container answers a host:port and which file
// it was given (lint/links.h); which variables it declares (lint/env_declarations.h). Read with the one bounded read (lint/read_input.h).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/input_guard.h"

namespace azlint {

struct ComposePort {
  std::string host_ip;    // "" when the port is published on every address
  std::string published;  // the host port ("" when only the container port is given)
  std::string target;     // the container port
};

struct ComposeMount {
  std::string source;  // a host path, as written (relative to the compose file's folder)
  std::string target;  // the path in the container
};

struct ComposeVariable {
  std::string name;
  std::string value;  // "" when taken from the shell (`- KEY`, `KEY:`)
  uint32_t line = 0;  // 1-based
};

struct ComposeService {
  std::string name;
  std::string container_name;
  std::string image;
  std::vector<std::string> command;  // the words of `command:` (a string is split on blanks)
  std::vector<ComposePort> ports;
  std::vector<ComposeMount> mounts;  // bind mounts only; named volumes are left out
  std::vector<ComposeVariable> environment;  // `environment:`, list or mapping form
  std::vector<std::string> env_files;        // `env_file:` paths as written (string, list, `{path:}`)
};

struct ComposeFile {
  std::string path;  // as found
  std::vector<ComposeService> services;
};

// `docker-compose*.yml`, `docker-compose*.yaml`, `compose*.yml`, `compose*.yaml`.
bool is_compose_name(std::string_view base_name);
// The compose file's services; nullopt when it cannot be read or does not parse.
std::optional<ComposeFile> read_compose(const std::string& path, const Limits& limits);
// Compose's text of a YAML file already read. Services under `services:`, or at the root (the
// version 1 layout).
ComposeFile parse_compose(const std::string& path, std::string text, const Limits& limits);

}  // namespace azlint
