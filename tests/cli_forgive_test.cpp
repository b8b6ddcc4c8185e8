// Issue 15, "a CLI that forgives", end to end through the built binary: each typo of the issue's
// Done-when list (`chek`, `azlint file.yaml`, `--no-color check`, `explain duplicate-group`,
// `--only duplicate-group`, a prefix-less id in a suppression and in `.azlint.yaml`, `version`, an
// unknown option), `verify/*` in `explain`, stdin only with `-`, and the help and completion data
// generated from the tables the code uses.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "fixture_runner.h"

namespace fs = std::filesystem;

namespace {

struct Out {
  int code = -1;
  std::string out, err;
};

// azlint ARGS in `dir`, stdout and stderr apart; `stdin_cmd` feeds its standard input.
Out run_azlint(const std::string& args, const fs::path& dir, const std::string& stdin_cmd = "true") {
  static int n = 0;
  const fs::path err = fs::temp_directory_path() / ("azlint-forgive-err-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  const std::string cmd = "cd '" + dir.string() + "' && " + stdin_cmd + " | " + AZLINT_BINARY + " " + args + " 2>'" + err.string() + "'";
  Out o;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, p)) > 0) o.out.append(buf, got);
  int status = pclose(p);
  o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.err = azlint::test::read_text(err.string());
  fs::remove(err);
  return o;
}

struct Dir {
  fs::path path;
  Dir() {
    static int n = 0;
    path = fs::temp_directory_path() / ("azlint-forgive-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::create_directories(path);
  }
  ~Dir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

const std::string kFixtures = std::string(AZLINT_SOURCE_DIR) + "/fixtures/";

std::string fixture(const std::string& rel) { return azlint::test::read_text(kFixtures + rel); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("cli forgive: a word near a command gets a did-you-mean, `version` gets --version", "[cli][forgive]") {
  Dir d;
  Out o = run_azlint("chek librechat.yaml", d.path);
  CHECK(o.code == 2);
  CHECK(o.err == "azlint: error: unknown command \"chek\"; did you mean \"check\"?\n");
  o = run_azlint("version", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "azlint: error: unknown command \"version\"; did you mean \"azlint --version\"?"));
  o = run_azlint("frobnicate", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "azlint: error: unknown command \"frobnicate\", and no file or directory of that name"));
  CHECK(has(o.err, "check"));
  o = run_azlint("", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "azlint: error: a command is required"));
}

TEST_CASE("cli forgive: an existing path means check", "[cli][forgive]") {
  Dir d;
  d.write("librechat.yaml", fixture("librechat/duplicate-group/bad.yaml"));
  d.write(".env", "WESTUS_API_KEY=x\nEASTUS_API_KEY=y\n");
  Out explicit_check = run_azlint("check --no-env librechat.yaml", d.path);
  Out implied = run_azlint("--no-color librechat.yaml --no-env", d.path);
  CHECK(explicit_check.code == 1);
  CHECK(implied.code == 1);
  CHECK(implied.out == explicit_check.out);
  CHECK(has(implied.out, "[librechat/duplicate-group]"));
  Out dot = run_azlint(".", d.path);  // a directory too
  CHECK(dot.code == 1);
  CHECK(has(dot.out, "librechat/duplicate-group"));
  // check's own options before the path
  Out json = run_azlint("--format json librechat.yaml", d.path);
  CHECK(json.code == 1);
  CHECK(nlohmann::json::parse(json.out, nullptr, false).is_discarded() == false);
}

TEST_CASE("cli forgive: global options before the command apply to it", "[cli][forgive]") {
  Dir d;
  d.write("librechat.yaml", fixture("librechat/duplicate-group/good.yaml"));
  d.write(".env", "WESTUS_API_KEY=x\nEASTUS_API_KEY=y\n");
  d.write("strict.yaml", "rules:\n  librechat/duplicate-group: off\n");
  for (const char* args : {"--no-color check librechat.yaml", "--color never check librechat.yaml", "-q check librechat.yaml",
                           "check librechat.yaml --no-color", "--config strict.yaml check librechat.yaml",
                           "--no-color --quiet --color=always --config=strict.yaml check librechat.yaml"}) {
    INFO(args);
    Out o = run_azlint(args, d.path);
    CHECK(o.code == 0);
    CHECK(o.err.find("error") == std::string::npos);
  }
  Out help = run_azlint("--help check", d.path);  // the command's help
  CHECK(help.code == 0);
  CHECK(has(help.out, "--severity-threshold"));
  CHECK(run_azlint("--config strict.yaml rules", d.path).code == 2);  // --config is check's
  CHECK(run_azlint("--version", d.path).out == run_azlint("--version check", d.path).out);
}

TEST_CASE("cli forgive: unknown options and parser errors say `azlint: error:` with a did-you-mean", "[cli][forgive]") {
  Dir d;
  d.write("librechat.yaml", fixture("librechat/duplicate-group/good.yaml"));
  Out o = run_azlint("check --severty-threshold warning librechat.yaml", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "azlint: error: unknown option \"--severty-threshold\" for check; did you mean \"--severity-threshold\"?"));
  o = run_azlint("--severty-threshold warning librechat.yaml", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "azlint: error: unknown option \"--severty-threshold\"; did you mean \"--severity-threshold\"?"));
  o = run_azlint("check --format xml librechat.yaml", d.path);
  CHECK(o.code == 2);
  CHECK(o.err.rfind("azlint: error: ", 0) == 0);
  CHECK(has(o.err, "xml"));
  o = run_azlint("rules --jsn", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "did you mean \"--json\"?"));
  o = run_azlint("explain", d.path);
  CHECK(o.code == 2);
  CHECK(o.err.rfind("azlint: error: ", 0) == 0);
}

TEST_CASE("cli forgive: rule ids without their prefix on the command line", "[cli][forgive][rule-ids]") {
  Dir d;
  Out o = run_azlint("explain duplicate-group", d.path);
  CHECK(o.code == 0);
  CHECK(o.out.rfind("# librechat/duplicate-group\n", 0) == 0);
  CHECK(o.err == "azlint: warning: \"duplicate-group\" means \"librechat/duplicate-group\"\n");
  o = run_azlint("explain librechat/plugin-serverless", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "did you mean \"librechat/plugins-serverless\"?"));
  o = run_azlint("explain plugin-serverless", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "did you mean \"librechat/plugins-serverless\"?"));
  o = run_azlint("explain env-var-missing", d.path);  // a shared id: no prefix to add
  CHECK(o.code == 0);
  CHECK(o.err.empty());

  d.write("librechat.yaml", fixture("librechat/duplicate-group/bad.yaml"));
  o = run_azlint("check --no-env --only duplicate-group librechat.yaml", d.path);
  CHECK(o.code == 1);
  CHECK(has(o.err, "azlint: warning: \"duplicate-group\" means \"librechat/duplicate-group\""));
  CHECK(has(o.out, "[librechat/duplicate-group]"));
  o = run_azlint("check --only duplicate-grup librechat.yaml", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "azlint: error: unknown rule id \"duplicate-grup\" in --only; did you mean \"librechat/duplicate-group\"?"));
}

TEST_CASE("cli forgive: a prefix-less id in a suppression is rule-id-alias, fixed by --fix", "[cli][forgive][rule-ids]") {
  Dir d;
  std::string text = fixture("librechat/duplicate-group/bad.yaml");
  const std::string dup = "      - group: \"westus\"   # expect: librechat/duplicate-group@16\n";
  REQUIRE(has(text, dup));
  text.replace(text.find(dup), dup.size(), "      # azlint: disable-next-line=duplicate-group -- migrating\n" + dup);
  d.write("librechat.yaml", text);
  Out o = run_azlint("check --no-env --only librechat/duplicate-group --only rule-id-alias librechat.yaml --severity-threshold info", d.path);
  INFO(o.out << o.err);
  CHECK(has(o.out, "info: \"duplicate-group\" means \"librechat/duplicate-group\" [rule-id-alias]"));
  // the suppression still works: only the third group is reported
  size_t dups = 0;
  for (size_t p = o.out.find("[librechat/duplicate-group]"); p != std::string::npos; p = o.out.find("[librechat/duplicate-group]", p + 1)) ++dups;
  CHECK(dups == 1);
  o = run_azlint("check --no-env --fix librechat.yaml", d.path);
  CHECK(has(azlint::test::read_text((d.path / "librechat.yaml").string()), "disable-next-line=librechat/duplicate-group -- migrating"));
  o = run_azlint("check --no-env --severity-threshold info --only rule-id-alias librechat.yaml", d.path);
  CHECK(o.code == 0);
}

TEST_CASE("cli forgive: a prefix-less id in .azlint.yaml applies, with a warning", "[cli][forgive][rule-ids]") {
  Dir d;
  d.write("librechat.yaml", fixture("librechat/duplicate-group/bad.yaml"));
  d.write(".azlint.yaml", "rules:\n  duplicate-group: off\n");
  Out o = run_azlint("check --no-env librechat.yaml", d.path);
  CHECK_FALSE(has(o.out, "librechat/duplicate-group"));
  CHECK(has(o.err, "azlint: warning: " + (d.path / ".azlint.yaml").string() +
                       ":2:3: \"duplicate-group\" means \"librechat/duplicate-group\" [rule-id-alias]"));
  d.write(".azlint.yaml", "rules:\n  plugin-serverless: off\n");
  o = run_azlint("check --no-env librechat.yaml", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "unknown rule id \"plugin-serverless\"; did you mean \"librechat/plugins-serverless\"?"));
}

TEST_CASE("cli forgive: verify/* ids are explained and listed", "[cli][forgive][verify]") {
  Dir d;
  Out o = run_azlint("explain verify/deployment-not-found", d.path);
  CHECK(o.code == 0);
  CHECK(o.out.rfind("# verify/deployment-not-found\n", 0) == 0);
  o = run_azlint("rules", d.path);
  CHECK(has(o.out, "verify/deployment-not-found"));
  CHECK(has(o.out, "verify "));
  o = run_azlint("explain verify/deployment-not-fond", d.path);
  CHECK(o.code == 2);
  CHECK(has(o.err, "did you mean \"verify/deployment-not-found\"?"));
  // check does not run them
  CHECK(run_azlint("check --only verify/ok .", d.path).code == 2);
}

TEST_CASE("cli forgive: stdin only with `-`, JSON5 recognised by content", "[cli][forgive][stdin]") {
  Dir d;
  d.write("librechat.yaml", fixture("librechat/duplicate-group/good.yaml"));
  d.write(".env", "WESTUS_API_KEY=x\nEASTUS_API_KEY=y\n");
  // Without `-`, standard input is not read: the folder is linted.
  Out o = run_azlint("check --no-env", d.path, "printf 'version: [\\n'");
  CHECK(o.code == 0);
  CHECK_FALSE(has(o.out + o.err, "stdin"));
  // `-` with a leading `//` comment: OpenClaw JSON5, not invalid YAML.
  d.write("openclaw.json", "// the team's config\n" + fixture("openclaw/azure-direct/good.json5"));
  o = run_azlint("check --no-env -", d.path, "cat openclaw.json");
  INFO(o.out << o.err);
  CHECK_FALSE(has(o.out, "syntax"));
  CHECK(has(o.out, "openclaw"));
  Out named = run_azlint("check --no-env openclaw.json", d.path);
  CHECK(o.code == named.code);
  o = run_azlint("check --no-env --stdin-filename openclaw.json -", d.path, "cat openclaw.json");
  CHECK(o.code == named.code);
  CHECK(has(o.out, "openclaw"));
}

TEST_CASE("cli forgive: help and completion data come from the tables the code uses", "[cli][forgive][help]") {
  Dir d;
  Out data = run_azlint("__complete-data", d.path);
  REQUIRE(data.code == 0);
  nlohmann::json j = nlohmann::json::parse(data.out);
  std::vector<std::string> commands;
  for (const auto& c : j["commands"]) commands.push_back(c["name"]);
  for (const char* c : {"check", "rules", "explain", "verify", "show", "targets", "lsp"})
    CHECK(std::find(commands.begin(), commands.end(), c) != commands.end());
  Out help = run_azlint("check --help", d.path);
  REQUIRE(j["dialects"].size() >= 5);
  for (const auto& dialect : j["dialects"]) CHECK(has(help.out, dialect.get<std::string>()));
  for (const auto& format : j["formats"]) CHECK(has(help.out, format.get<std::string>()));
  bool alias = false;
  for (const auto& r : j["rules"]) alias |= r == "rule-id-alias";
  CHECK(alias);
  CHECK(j["verify_rules"].size() >= 10);
  bool format_choices = false;
  for (const auto& c : j["commands"])
    if (c["name"] == "check")
      for (const auto& o : c["options"])
        if (o["names"][0] == "--format") format_choices = o["choices"] == j["formats"];
  CHECK(format_choices);
  Out top = run_azlint("--help", d.path);
  for (const auto& c : j["commands"])
    if (!c["hidden"].get<bool>()) CHECK(has(top.out, c["name"].get<std::string>()));
}
