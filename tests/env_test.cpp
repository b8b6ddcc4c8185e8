#include <catch2/catch.hpp>

#include "lint/env.h"

using namespace azlint;

TEST_CASE("env: dotenv files parse as dotenv does", "[env]") {
  Env env;
  env.add_text("# comment\nexport A=1\nB = two words # trailing\nC=\"quoted # not a comment\"\nD='single'\nE=\nF=\"multi\nline\"\nG=after\n", ".env");
  CHECK(env.find("A")->value == "1");
  CHECK(env.find("A")->line == 2);
  CHECK(env.find("B")->value == "two words");
  CHECK(env.find("C")->value == "quoted # not a comment");
  CHECK(env.find("D")->value == "single");
  CHECK(env.find("E") != nullptr);
  CHECK_FALSE(env.is_set("E"));  // empty counts as missing
  CHECK(env.find("F")->value == "multi\nline");
  CHECK(env.find("G")->line == 9);
  CHECK(env.find("G")->file == ".env");
}

TEST_CASE("env: the first definition wins (process env before files)", "[env]") {
  Env env;
  env.add({"K", "from-process", "", 0});
  env.add_text("K=from-file\n", ".env");
  CHECK(env.find("K")->value == "from-process");
  CHECK(env.file_entries().size() == 1);
}

TEST_CASE("env: references are found with their offsets", "[env]") {
  auto refs = find_env_refs("https://${HOST}/x/${DEPLOYMENT_NAME}");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].name == "HOST");
  CHECK(refs[0].begin == 8);
  CHECK(refs[0].end == 15);
  CHECK(refs[1].name == "DEPLOYMENT_NAME");
  CHECK(find_env_refs("no refs $HOME ${").empty());
}

TEST_CASE("env: whole-value references match LibreChat's regex", "[env]") {
  CHECK(whole_env_ref("${KEY}").value() == "KEY");
  CHECK(whole_env_ref("  ${KEY} ").value() == "KEY");
  CHECK(whole_env_ref("${A}${B}").value() == "A}${B");  // as LibreChat reads it
  CHECK_FALSE(whole_env_ref("prefix-${A}").has_value());
  CHECK_FALSE(whole_env_ref("${}").has_value());
}

TEST_CASE("env: expansion substitutes known, non-empty variables only", "[env]") {
  Env env;
  env.add({"HOST", "example.com", "", 0});
  env.add({"EMPTY", "", "", 0});
  CHECK(expand_env("https://${HOST}/${EMPTY}/${NOPE}", env) == "https://example.com/${EMPTY}/${NOPE}");
}

TEST_CASE("env: OpenClaw and LiteLLM reference syntaxes", "[env]") {
  auto oc = find_env_refs("Bearer ${API_KEY} $${ESCAPED} ${lower}", EnvSyntax::DollarBraceUpper);
  REQUIRE(oc.size() == 1);
  CHECK(oc[0].name == "API_KEY");
  auto ll = find_env_refs("os.environ/AZURE_API_KEY", EnvSyntax::OsEnviron);
  REQUIRE(ll.size() == 1);
  CHECK(ll[0].name == "AZURE_API_KEY");
  CHECK(ll[0].begin == 0);
  CHECK(find_env_refs("os.environ/", EnvSyntax::OsEnviron).empty());
  CHECK(find_env_refs("${AZURE_API_KEY}", EnvSyntax::OsEnviron).empty());
}
