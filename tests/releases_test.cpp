// The release catalog (lint/releases.h) and how the engine applies the chosen release.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "lint/gateways.h"
#include "lint/releases.h"
#include "rules/registry.h"
#include "test_util.h"

using namespace azlint;
namespace fs = std::filesystem;

namespace {

// A LibreChat config with one group; `azure` holds extra lines of the azureOpenAI block.
std::string librechat_config(const std::string& azure, const std::string& models) {
  return "version: \"1.2.1\"\nendpoints:\n  azureOpenAI:\n" + azure +
         "    groups:\n"
         "      - group: \"g\"\n"
         "        apiKey: \"k\"\n"
         "        instanceName: \"res\"\n"
         "        deploymentName: \"gpt-4o\"\n"
         "        version: \"2024-10-21\"\n"
         "        models: " + models + "\n";
}

// Only `rule`, no environment.
Options only(const std::string& rule) {
  Options o;
  o.process_env = false;
  o.default_env_file = false;
  o.only = {rule};
  return o;
}

}  // namespace

TEST_CASE("releases: versions compare part by part, as numbers", "[releases]") {
  CHECK(compare_versions("0.7.6998", "0.8.501") < 0);
  CHECK(compare_versions("0.8.524", "0.8.502") > 0);
  CHECK(compare_versions("1.3.9", "1.3.11") < 0);  // as text, "1.3.9" > "1.3.11"
  CHECK(compare_versions("2026.9.6", "2026.10.1") < 0);
  CHECK(compare_versions("1.2", "1.2.0") < 0);
  CHECK(compare_versions("1.2.1", "1.2.1") == 0);
  CHECK(compare_versions("hand-written", "hand-written") == 0);
  CHECK(compare_versions("99999999999999999999999", "1") != 0);  // too long for a number: compared as text, no overflow
}

TEST_CASE("releases: ranges are comparators that all hold", "[releases]") {
  CHECK(version_in_range("0.7.6998", "<0.8.501"));
  CHECK_FALSE(version_in_range("0.8.501", "<0.8.501"));
  CHECK(version_in_range("0.8.501", ">=0.8.501"));
  CHECK(version_in_range("2026.8.2", ">=2026.7.35 <2026.9.6"));
  CHECK_FALSE(version_in_range("2026.9.6", ">=2026.7.35 <2026.9.6"));
  CHECK(version_in_range("0.8.524", "=0.8.524"));
  CHECK(version_in_range("anything", ""));
  CHECK_FALSE(version_in_range("0.8.524", "~0.8"));  // no operator azlint knows: never holds
}

TEST_CASE("releases: each gateway's releases come from its releases.json, newest first", "[releases]") {
  std::vector<std::string> ids;
  for (const Gateway* g : all_gateways()) ids.push_back(std::string(g->id()));
  CHECK(ids == std::vector<std::string>{"librechat", "openclaw", "litellm", "openwebui"});
  const Gateway* lc = find_gateway("librechat");
  REQUIRE(lc);
  const std::vector<Release>& r = lc->releases();
  REQUIRE(r.size() == 7);
  CHECK(r.front().version == "0.8.524");
  CHECK(r.front().config_version == "1.3.17");
  CHECK(r.front().package == "librechat-data-provider");
  CHECK(r.back().version == "0.7.6998");
  CHECK(r.back().config_version == "1.2.1");
  CHECK_FALSE(r.back().schema("librechat").empty());  // its own, or the hand-written one until the build holds it
  const Gateway* oc = find_gateway("openclaw");
  REQUIRE(oc);
  CHECK(oc->releases().size() == 3);
  CHECK(oc->releases().front().version == "2026.9.6");
  const Gateway* ow = find_gateway("openwebui");
  REQUIRE(ow);
  REQUIRE(ow->releases().size() == 1);
  CHECK(ow->releases()[0].version == "hand-written");
  CHECK(ow->releases()[0].package.empty());
  CHECK(ow->releases()[0].schema("openwebui-env") == "schemas/openwebui-env.schema.json");
  // No releases.json: one hand-written release with the schemas given.
  std::vector<Release> none = catalog_releases("nosuchgateway", {{"nosuchgateway", "schemas/x.json"}});
  REQUIRE(none.size() == 1);
  CHECK(none[0].version == "hand-written");
  CHECK(none[0].schema("nosuchgateway") == "schemas/x.json");
}

TEST_CASE("releases: GATEWAY@VERSION, with or without v", "[releases]") {
  ReleaseError why;
  auto t = parse_target("librechat@v0.7.6998", why);
  REQUIRE(t);
  CHECK(t->gateway == "librechat");
  CHECK(t->version == "0.7.6998");
  CHECK(parse_target("openclaw@2026.8.2", why)->version == "2026.8.2");
  CHECK_FALSE(parse_target("openclaw@2026.8", why));
  CHECK(why.message.find("(bundled: 2026.7.35, 2026.8.2, 2026.9.6 (newest))") != std::string::npos);
  CHECK_FALSE(parse_target("@0.8.524", why));
  CHECK_FALSE(parse_target("librechat@", why));
  CHECK_FALSE(parse_target("", why));
}

TEST_CASE("releases: --target over .azlint.yaml targets over the newest", "[releases]") {
  std::map<std::string, std::string> none, cli{{"librechat", "0.8.501"}}, cfg{{"librechat", "0.7.6998"}, {"openclaw", "2026.8.2"}};
  const Gateway* lc = find_gateway("librechat");
  const Gateway* oc = find_gateway("openclaw");
  const Gateway* ow = find_gateway("openwebui");
  CHECK(choose_release(lc, none, none)->version == "0.8.524");
  CHECK(choose_release(lc, none, cfg)->version == "0.7.6998");
  CHECK(choose_release(lc, cli, cfg)->version == "0.8.501");
  CHECK(choose_release(oc, cli, cfg)->version == "2026.8.2");
  CHECK(choose_release(ow, cli, cfg)->version == "hand-written");
  CHECK(choose_release(nullptr, cli, cfg) == nullptr);
}

TEST_CASE("releases: the engine sets the release and runs a rule only inside its range", "[releases][engine]") {
  const std::string text = librechat_config("    summarize: true\n    summaryModel: \"gpt-35\"\n", "{gpt-4o: true}");
  REQUIRE(find_rule("librechat/summary-model-missing")->meta().releases.range == "<0.8.501");
  Options o = only("librechat/summary-model-missing");
  FileResult newest = lint_source(test::src(text, "librechat.yaml"), o);
  REQUIRE(newest.checked_as.gateway);
  CHECK(newest.checked_as.gateway->id() == "librechat");
  REQUIRE(newest.checked_as.release);
  CHECK(newest.checked_as.release->version == "0.8.524");
  CHECK_FALSE(test::has_rule(newest, "librechat/summary-model-missing"));
  o.config.targets["librechat"] = "0.7.6998";
  FileResult old = lint_source(test::src(text, "librechat.yaml"), o);
  REQUIRE(old.checked_as.release);
  CHECK(old.checked_as.release->version == "0.7.6998");
  CHECK(test::has_rule(old, "librechat/summary-model-missing"));
  // A file no gateway reads has no release.
  FileResult unknown = lint_source(test::src("a: 1\n", "x.yaml"), o);
  CHECK(unknown.checked_as.release == nullptr);
}

TEST_CASE("releases: title model default of an old release honours OPENAI_TITLE_MODEL", "[releases][rules]") {
  const std::string text = librechat_config("    titleConvo: true\n", "{gpt-4o: true, gpt-4o-mini: true}");
  fs::path env = fs::temp_directory_path() / ("azlint-releases-" + std::to_string(::getpid()) + ".env");
  Options o = only("librechat/title-model-missing");
  o.targets["librechat"] = "0.7.6998";
  FileResult gpt35 = lint_source(test::src(text, "librechat.yaml"), o);
  REQUIRE(gpt35.diagnostics.size() == 1);
  CHECK(gpt35.diagnostics[0].message.find("titles with \"gpt-3.5-turbo\"") != std::string::npos);
  std::ofstream(env) << "OPENAI_TITLE_MODEL=gpt-4o-mini\n";
  o.env_files = {env.string()};
  CHECK(lint_source(test::src(text, "librechat.yaml"), o).diagnostics.empty());
  std::ofstream(env) << "OPENAI_TITLE_MODEL=gpt-4-turbo\n";
  FileResult other = lint_source(test::src(text, "librechat.yaml"), o);
  REQUIRE(other.diagnostics.size() == 1);
  CHECK(other.diagnostics[0].message.find("titles with \"gpt-4-turbo\" (OPENAI_TITLE_MODEL)") != std::string::npos);
  fs::remove(env);
}
