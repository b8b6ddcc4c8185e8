// Which LiteLLM proxy configs a file is evidently linked to for requests to a host:port — never
// which other files happen to be in the run. In order, the first that names any:
//   1. `.azlint.yaml` `links: {"localhost:4000": litellm/config.yaml}` (paths relative to the
//      .azlint.yaml), for layouts without compose (Kubernetes, Helm);
//   2. compose files (lint/compose.h) in the file's folder and above it up to the work-tree root
//      (lint/work_tree.h; outside a work tree the file's folder only) whose LiteLLM service answers
//      the address — `localhost:P` where it publishes P, or its service name on the port it listens
//      on (`--port`, 4000) — and the config it mounts (`--config`, else /app/config.yaml);
//   3. when `same_folder` allows it, the LiteLLM configs in the file's own folder.
// The linked files are read through the run's Project (lint/project.h).
#pragma once
#include <string>
#include <vector>

#include "lint/config.h"
#include "lint/document.h"
#include "lint/project.h"
#include "lint/url.h"

namespace azlint {

// A host and port as a URL names them; the port defaults to the scheme's (80, 443).
struct Address {
  std::string host;  // lower case
  std::string port;
};
Address address_of(const UrlParts& url);
// localhost, 127.0.0.0/8, ::1, 0.0.0.0, *.localhost.
bool is_loopback_host(const std::string& host);

struct LinkedConfigs {
  std::vector<const Document*> docs;  // LiteLLM configs, by path
  std::string via;                    // how they are linked: "the same folder", "docker-compose.yml", ".azlint.yaml links"
};

LinkedConfigs linked_proxy_configs(const Project& project, const Document& from, const Config& config, const Address& to,
                                   bool same_folder);

// How a message names `doc` for a reader of `from`: its path relative to from's folder.
std::string path_from(const Document& from, const Document& doc);

}  // namespace azlint
