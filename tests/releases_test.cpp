// The release catalog (lint/releases.h) and how the engine applies the chosen release.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

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
  CHECK(compare_versions("handwritten", "handwritten") == 0);
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

TEST_CASE("releases: the catalog holds every gateway's releases, oldest first", "[releases]") {
  const std::vector<GatewayReleases>& all = release_catalog();
  std::vector<std::string> ids;
  for (const GatewayReleases& g : all) ids.push_back(g.gateway);
  CHECK(ids == std::vector<std::string>{"librechat", "litellm", "openclaw", "openwebui"});
  const GatewayReleases* lc = gateway_releases("librechat");
  REQUIRE(lc);
  CHECK(lc->package == "librechat-data-provider");
  CHECK(lc->newest == "0.8.524");
  CHECK(lc->releases.front().version == "0.7.6998");
  CHECK(lc->releases.front().config_version == "1.2.1");
  CHECK(lc->newest_release().config_version == "1.3.17");
  const GatewayReleases* oc = gateway_releases("openclaw");
  REQUIRE(oc);
  CHECK(oc->newest == "2026.9.6");
  CHECK(oc->releases.size() == 3);
  const GatewayReleases* lite = gateway_releases("litellm");
  REQUIRE(lite);
  REQUIRE(lite->releases.size() == 1);
  CHECK(lite->releases[0].hand_written);
  CHECK(lite->releases[0].schemas == std::vector<std::string>{"schemas/litellm.schema.json"});
  CHECK(gateway_id(Dialect::OpenWebUIEnv) == "openwebui");
  CHECK(gateway_id(Dialect::Unknown).empty());
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
  CHECK(choose_release(Dialect::LibreChat, none, none) == "0.8.524");
  CHECK(choose_release(Dialect::LibreChat, none, cfg) == "0.7.6998");
  CHECK(choose_release(Dialect::LibreChat, cli, cfg) == "0.8.501");
  CHECK(choose_release(Dialect::OpenClaw, cli, cfg) == "2026.8.2");
  CHECK(choose_release(Dialect::OpenWebUIEnv, cli, cfg) == "handwritten");
  CHECK(choose_release(Dialect::Unknown, cli, cfg).empty());
}

TEST_CASE("releases: the engine sets the release and runs a rule only inside its range", "[releases][engine]") {
  const std::string text = librechat_config("    summarize: true\n    summaryModel: \"gpt-35\"\n", "{gpt-4o: true}");
  REQUIRE(find_rule("librechat/summary-model-missing")->meta().releases.range == "<0.8.501");
  Options o = only("librechat/summary-model-missing");
  FileResult newest = lint_source(test::src(text, "librechat.yaml"), o);
  CHECK(newest.gateway == "librechat");
  CHECK(newest.release == "0.8.524");
  CHECK_FALSE(test::has_rule(newest, "librechat/summary-model-missing"));
  o.config.targets["librechat"] = "0.7.6998";
  FileResult old = lint_source(test::src(text, "librechat.yaml"), o);
  CHECK(old.release == "0.7.6998");
  CHECK(test::has_rule(old, "librechat/summary-model-missing"));
  // An unparsed or unknown file has no release.
  FileResult unknown = lint_source(test::src("a: 1\n", "x.yaml"), o);
  CHECK(unknown.release.empty());
  CHECK(unknown.gateway.empty());
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
