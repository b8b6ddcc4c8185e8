// librechat/legacy-env needs its own env file per case, so its near misses live here.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "test_util.h"

using namespace azlint;

TEST_CASE("legacy-env: a variable the config references is in use, not legacy", "[rules][legacy-env]") {
  const std::string config =
      "version: \"1.2.1\"\n"
      "endpoints:\n"
      "  azureOpenAI:\n"
      "    groups:\n"
      "      - group: \"g\"\n"
      "        apiKey: \"${AZURE_API_KEY}\"\n"
      "        instanceName: \"res\"\n"
      "        deploymentName: \"gpt-4o\"\n"
      "        version: \"2024-10-21\"\n"
      "        models: {gpt-4o: true}\n";
  Options o;
  o.process_env = false;
  o.default_env_file = false;
  o.only = {"librechat/legacy-env"};
  FileResult used = lint_source(test::src(config), o);
  CHECK(used.diagnostics.empty());
  // the same variable, unreferenced, is a leftover
  std::string other = config;
  other.replace(other.find("${AZURE_API_KEY}"), 16, "${WESTUS_API_KEY}");
  auto dir = std::filesystem::temp_directory_path() / "azlint-legacy-env-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / ".env") << "AZURE_API_KEY=legacy\nWESTUS_API_KEY=k\n";
  o.default_env_file = true;
  CHECK(lint_source(test::src(config, (dir / "librechat.yaml").string()), o).diagnostics.empty());
  FileResult leftover = lint_source(test::src(other, (dir / "librechat.yaml").string()), o);
  REQUIRE(leftover.diagnostics.size() == 1);
  CHECK(leftover.diagnostics[0].message.find("AZURE_API_KEY") != std::string::npos);
  std::filesystem::remove_all(dir);
}
