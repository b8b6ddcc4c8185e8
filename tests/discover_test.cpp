// The one list of config names (lint/config_names.h), its globs (lint/glob.h) and `.azlint.yaml`
// `exclude:` (lint/exclude.h). tests/discover/run.py drives the search end to end.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "fixture_runner.h"
#include "lint/config.h"
#include "lint/config_names.h"
#include "lint/exclude.h"
#include "lint/glob.h"
#include "test_util.h"

namespace azlint {

namespace {

std::string write_config(const std::string& text) {
  std::filesystem::path p = std::filesystem::temp_directory_path() / ("azlint-exclude-" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(p, std::ios::binary) << text;
  return p.string();
}

}  // namespace

TEST_CASE("glob: star and question mark stay in a segment and double star crosses them") {
  CHECK(glob_match("librechat*.yaml", "librechat.prod.yaml"));
  CHECK(glob_match("librechat*.yaml", "librechat.yaml"));
  CHECK_FALSE(glob_match("librechat*.yaml", "mylibrechat.yaml"));
  CHECK_FALSE(glob_match("librechat*.yaml", "librechat/x.yaml"));
  CHECK_FALSE(glob_match("librechat*.yaml", "librechat.yaml.bak"));
  CHECK(glob_match("deploy/**/litellm*.yaml", "deploy/litellm.yaml"));
  CHECK(glob_match("deploy/**/litellm*.yaml", "deploy/a/b/litellm-prod.yaml"));
  CHECK(glob_match("deploy/**", "deploy/a/b"));
  CHECK_FALSE(glob_match("deploy/*", "deploy/a/b"));
  CHECK(glob_match("config.y?ml", "config.yaml"));
  CHECK(glob_match("[!.]*.json", "openclaw.json"));
  CHECK_FALSE(glob_match("[!.]*.json", ".openclaw.json"));
  CHECK(glob_match("v[0-9].yaml", "v1.yaml"));
  CHECK(glob_match("a[b.yaml", "a[b.yaml"));  // no closing ']': a plain '['
  // A pattern that would backtrack for ever gives up instead of hanging.
  CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*b", std::string(4000, 'a')));
}

TEST_CASE("exclude globs: a name at any depth or an anchored path and folders only with a trailing slash") {
  CHECK(excluded({"vendor"}, "vendor/librechat.yaml"));
  CHECK(excluded({"vendor"}, "svc/vendor/x/litellm.yaml"));
  CHECK_FALSE(excluded({"vendor"}, "vendors/librechat.yaml"));
  CHECK(excluded({"*.prod.yaml"}, "deploy/librechat.prod.yaml"));
  CHECK(excluded({"deploy/old/**"}, "deploy/old/a/librechat.yaml"));
  CHECK(excluded({"deploy/old"}, "deploy/old/librechat.yaml"));
  CHECK_FALSE(excluded({"deploy/old"}, "svc/deploy/old/librechat.yaml"));
  CHECK(excluded({"./legacy/"}, "legacy/litellm.yaml"));
  CHECK_FALSE(excluded({"librechat.yaml/"}, "librechat.yaml"));
  CHECK_FALSE(excluded({"vendor"}, ""));
  CHECK(relative_below("/a/b/c.yaml", "/a") == "b/c.yaml");
  CHECK(relative_below("/x/c.yaml", "/a") == "");
}

TEST_CASE("config names: the name variants real repositories use and the hook regex of the list") {
  for (const char* name : {"librechat.yaml", "librechat.prod.yml", "librechat.n1.yml", "openclaw.json",
                           "openclaw.prod.json", "openclaw-config.json", "openclaw.json5", "litellm_config.yaml",
                           "litellm-prod.yaml", "litellm-config.yaml", "litellm.yml", "proxy_config.yaml"}) {
    INFO(name);
    const ConfigName* n = find_config_name(name);
    REQUIRE(n);
    CHECK(n->needs_line.empty());
  }
  REQUIRE(find_config_name("config.yaml"));
  CHECK(find_config_name("config.yaml")->needs_line == "model_list:");
  for (const char* name : {"mylibrechat.yaml", "librechat.txt", "openclaw.yaml", "docker-compose.yml", "config.json"}) {
    INFO(name);
    CHECK_FALSE(find_config_name(name));
  }
  CHECK(config_names_regex() ==
        "(^|/)(librechat[^/]*\\.ya?ml|openclaw[^/]*\\.json5?|litellm[^/]*\\.ya?ml|proxy_config\\.ya?ml|config\\.ya?ml)$");
  const std::string hooks = test::read_text(std::string(AZLINT_SOURCE_DIR) + "/.pre-commit-hooks.yaml");
  CHECK(hooks.find("  files: " + config_names_regex() + "\n") != std::string::npos);
}

TEST_CASE(".azlint.yaml exclude: a list of globs or one glob and anything else refused with its place") {
  std::string err;
  auto cfg = load_config(write_config("exclude: [vendor, \"deploy/old/**\"]\n"), 1 << 20, err);
  REQUIRE(cfg);
  CHECK(cfg->exclude == std::vector<std::string>{"vendor", "deploy/old/**"});
  cfg = load_config(write_config("exclude: vendor\n"), 1 << 20, err);
  REQUIRE(cfg);
  CHECK(cfg->exclude == std::vector<std::string>{"vendor"});
  CHECK_FALSE(load_config(write_config("exclude: {a: 1}\n"), 1 << 20, err));
  CHECK(err.find(":1:10: `exclude` must be a list of globs") != std::string::npos);
  CHECK_FALSE(load_config(write_config("exclude: [1, [x]]\n"), 1 << 20, err));
  CHECK(err.find("`exclude` must be a list of globs") != std::string::npos);
  std::filesystem::remove(write_config(""));
}

TEST_CASE("detection by content: the broken shapes users write are recognised and their near misses are not") {
  // A model_list mapping in a generic name is LiteLLM's, reported at /model_list.
  FileResult r = test::lint("model_list:\n  model_name: a\n  litellm_params: {model: azure/a}\n", {}, "config.yaml");
  REQUIRE(r.diagnostics.size() >= 1);
  CHECK(r.diagnostics[0].rule == "schema");
  CHECK(r.diagnostics[0].pointer == "/model_list");
  CHECK(r.diagnostics[0].message.find("crashes at start") != std::string::npos);
  // OpenClaw's legacy root: one finding per key.
  r = test::lint("{ primaryProvider: \"azure\", mcpServers: {} }", {"schema"}, "settings.json5");
  CHECK(r.diagnostics.size() == 2);
  // `mcpServers` alone is Claude Desktop's config, not OpenClaw's.
  r = test::lint("{\"mcpServers\": {\"fs\": {\"command\": \"npx\"}}}", {}, "claude_desktop_config.json");
  CHECK_FALSE(test::has_rule(r, "schema"));
  CHECK(test::has_rule(r, "unknown-dialect"));
}

}  // namespace azlint
