// The CLI contract, end to end through the built binary: exit codes, formats, stdin, limits.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Run {
  int code = -1;
  std::string out;
};

Run run(const std::string& args, const std::string& stdin_text = "") {
  fs::path in = fs::temp_directory_path() / ("azlint-cli-in-" + std::to_string(::getpid()));
  std::ofstream(in) << stdin_text;
  std::string cmd = std::string(AZLINT_BINARY) + " " + args + " < " + in.string() + " 2>&1";
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  fs::remove(in);
  return r;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("azlint-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
  static int& counter() { static int c = 0; return c; }
};

const char* kClean =
    "version: \"1.3.17\"\n"
    "endpoints:\n"
    "  azureOpenAI:\n"
    "    groups:\n"
    "      - group: \"westus\"\n"
    "        apiKey: \"${WESTUS_API_KEY}\"\n"
    "        instanceName: \"my-westus\"\n"
    "        deploymentName: \"gpt-4o\"\n"
    "        version: \"2024-10-21\"\n"
    "        models:\n"
    "          gpt-4o: true\n";

std::string broken() {
  std::string t = kClean;
  t.replace(t.find("instanceName: \"my-westus\"\n        "), 34, "");
  return t;
}

}  // namespace

TEST_CASE("cli: exit 0 on a clean file, 1 on findings", "[cli]") {
  TempDir d;
  d.write(".env", "WESTUS_API_KEY=abc\n");
  Run ok = run("check --no-env " + d.write("librechat.yaml", kClean));
  CHECK(ok.out == "0 errors, 0 warnings, 0 infos in 1 file checked against librechat 0.8.524\n");
  CHECK(ok.code == 0);
  Run bad = run("check --no-env " + d.write("b/librechat.yaml", broken()));
  CHECK(bad.code == 1);
  CHECK(bad.out.find("librechat.yaml:5:16: error:") != std::string::npos);
  CHECK(bad.out.find("[librechat/missing-instance-name]") != std::string::npos);
  CHECK(bad.out.find("^") != std::string::npos);
}

TEST_CASE("cli: exit 2 for usage errors and unreadable input", "[cli]") {
  TempDir d;
  CHECK(run("check /nonexistent/librechat.yaml").code == 2);
  CHECK(run("check --format xml x.yaml").code == 2);
  CHECK(run("frobnicate").code == 2);
  CHECK(run("check --dialect nope x.yaml").code == 2);
  CHECK(run("check --only no-such-rule x.yaml").code == 2);
  std::string f = d.write("librechat.yaml", kClean);
  Run big = run("check --max-file-size 100 " + f);
  CHECK(big.code == 2);
  CHECK(big.out.find("larger than") != std::string::npos);
}

TEST_CASE("cli: --format json is one document tools can rely on", "[cli]") {
  TempDir d;
  Run r = run("check --no-env --format json " + d.write("librechat.yaml", broken()));
  CHECK(r.code == 1);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["version"] == 1);
  REQUIRE(j["diagnostics"].is_array());
  bool found = false;
  for (const auto& diag : j["diagnostics"]) {
    for (const char* k : {"file", "line", "column", "endLine", "endColumn", "severity", "rule", "message"}) CHECK(diag.contains(k));
    if (diag["rule"] == "librechat/missing-instance-name") {
      found = true;
      CHECK(diag["line"] == 5);
      CHECK(diag["column"] == 16);
      CHECK(diag["severity"] == "error");
    }
  }
  CHECK(found);
}

TEST_CASE("cli: --format sarif, github and junit", "[cli][emit]") {
  TempDir d;
  std::string f = d.write("librechat.yaml", broken());
  Run sarif = run("check --no-env --format sarif " + f);
  CHECK(sarif.code == 1);
  auto j = nlohmann::json::parse(sarif.out);
  CHECK(j["version"] == "2.1.0");
  bool found = false;
  for (const auto& r : j["runs"][0]["results"]) {
    if (r["ruleId"] != "librechat/missing-instance-name") continue;
    found = true;
    CHECK(r["level"] == "error");
    CHECK(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 5);
    CHECK(r["locations"][0]["physicalLocation"]["region"]["startColumn"] == 16);
  }
  CHECK(found);

  Run gh = run("check --no-env --format github " + f);
  CHECK(gh.code == 1);
  CHECK(gh.out.find("::error file=") == 0);
  CHECK(gh.out.find(",line=5,col=16,") != std::string::npos);
  CHECK(gh.out.find(",title=librechat/missing-instance-name::") != std::string::npos);

  Run junit = run("check --no-env --format junit " + f);
  CHECK(junit.code == 1);
  CHECK(junit.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 0) == 0);
  CHECK(junit.out.find("name=\"librechat/missing-instance-name 5:16\"") != std::string::npos);

  d.write("ok/.env", "WESTUS_API_KEY=abc\n");
  Run clean = run("check --no-env --format junit " + d.write("ok/librechat.yaml", kClean));
  CHECK(clean.code == 0);
  CHECK(clean.out.find("failures=\"0\"") != std::string::npos);
}

TEST_CASE("cli: stdin with --stdin-filename, directories, thresholds", "[cli]") {
  TempDir d;
  Run in = run("check --no-env --stdin-filename conf/librechat.yaml -", broken());
  CHECK(in.code == 1);
  CHECK(in.out.find("conf/librechat.yaml:5:16") != std::string::npos);
  d.write("deploy/librechat.yml", broken());
  d.write("deploy/other.yaml", "not: a config\n");
  Run dir = run("check --no-env " + d.path.string());
  CHECK(dir.code == 1);
  CHECK(dir.out.find("librechat.yml") != std::string::npos);
  CHECK(dir.out.find("other.yaml") == std::string::npos);
  // a warning-only file: exit 0 by default, 1 with --severity-threshold warning
  std::string warn = std::string(kClean) + "#\n";
  warn.replace(warn.find("gpt-4o: true"), 12, "gpt-4o: {}");
  warn.replace(warn.find("deploymentName: \"gpt-4o\""), 24, "deploymentName: \"gpt-4o\"");
  std::string wf = d.write("w/librechat.yaml", warn);
  d.write("w/.env", "WESTUS_API_KEY=abc\n");
  CHECK(run("check --no-env " + wf).code == 0);
  CHECK(run("check --no-env --severity-threshold warning " + wf).code == 1);
}

TEST_CASE("cli: rules, explain and --version", "[cli]") {
  Run rules = run("rules");
  CHECK(rules.code == 0);
  CHECK(rules.out.find("librechat/duplicate-group") != std::string::npos);
  Run ex = run("explain librechat/duplicate-group");
  CHECK(ex.code == 0);
  CHECK(ex.out.find("## Bad example") != std::string::npos);
  CHECK(run("explain nope").code == 2);
  Run v = run("--version");
  CHECK(v.code == 0);
  CHECK(v.out.find("azlint") != std::string::npos);
}

TEST_CASE("cli: .azlint.yaml is found upward and applied", "[cli][config]") {
  TempDir d;
  d.write(".azlint.yaml", "rules:\n  librechat/missing-instance-name: off\n  schema: warning\n");
  std::string f = d.write("deep/dir/librechat.yaml", broken());
  Run r = run("check --no-env " + f);
  CHECK(r.out.find("missing-instance-name") == std::string::npos);
  d.write(".azlint.yaml", "rules:\n  no-such-rule: off\n");
  Run bad = run("check --no-env " + f);
  CHECK(bad.code == 2);
  CHECK(bad.out.find("unknown rule id") != std::string::npos);
}

TEST_CASE("cli: env files resolve ${VAR}: --env-file and .azlint.yaml env_files", "[cli][env]") {
  TempDir d;
  std::string f = d.write("librechat.yaml", kClean);  // references ${WESTUS_API_KEY}, no .env beside it
  Run missing = run("check --no-env " + f);
  CHECK(missing.code == 1);
  CHECK(missing.out.find("WESTUS_API_KEY") != std::string::npos);
  std::string env = d.write("secrets/prod.env", "WESTUS_API_KEY=from-env-file\n");
  Run with_flag = run("check --no-env --env-file " + env + " " + f);
  CHECK(with_flag.code == 0);
  CHECK(with_flag.out.find("from-env-file") == std::string::npos);
  d.write(".azlint.yaml", "env_files: [secrets/prod.env]\n");
  CHECK(run("check --no-env " + f).code == 0);
  CHECK(run("check --no-env --env-file /nonexistent.env " + f).code == 2);
}

TEST_CASE("cli: --max-nodes sets the node budget of one file's tree (default: one per 16 bytes of --max-file-size, at least 250 000)",
          "[cli][limits]") {
  TempDir d;
  // 300 000 sequence items in 1.2 MB: over a budget of 250 000, linted under a raised one (before
  // --max-nodes, every file of more than 250 000 nodes got one `syntax` finding, whatever asked).
  std::string t = "version: \"1.3.17\"\nendpoints: {}\nx-list:\n";
  for (int i = 0; i < 300000; ++i) t += "- 1\n";
  std::string f = d.write("librechat.yaml", t);
  const std::string stopped = "azlint stops here";
  Run stopped_run = run("check --no-env --no-color --max-file-size 2000000 " + f);  // 125 000 per size: the floor
  CHECK(stopped_run.code == 1);
  CHECK(stopped_run.out.find("more than 250000 nodes") != std::string::npos);
  Run by_size = run("check --no-env --no-color --max-file-size 4400000 " + f);
  CHECK(by_size.out.find("more than 275000 nodes") != std::string::npos);
  // The default --max-file-size (16 MiB) admits 1 048 576 nodes: the file is linted (it stopped
  // at 250 000 before the default followed the size limit).
  Run by_default = run("check --no-env --no-color " + f);
  CHECK(by_default.out.find(stopped) == std::string::npos);
  CHECK(by_default.out.find("[schema]") != std::string::npos);
  Run raised = run("check --no-env --no-color --max-file-size 2000000 --max-nodes 400000 " + f);
  CHECK(raised.out.find(stopped) == std::string::npos);
  CHECK(raised.out.find("[schema]") != std::string::npos);  // x-list is linted: an unknown top-level key
  Run few = run("check --no-env --no-color --max-nodes 50 " + f);
  CHECK(few.out.find("more than 50 nodes") != std::string::npos);
}

TEST_CASE("cli: --max-findings keeps the first findings of a file and says how many more there are", "[cli][limits]") {
  TempDir d;
  std::string t = "version: \"1.3.17\"\nendpoints: {}\n";
  for (int i = 0; i < 5; ++i) t += "unknown" + std::to_string(i) + ": 1\n";  // five `schema` errors (the top level is strict)
  std::string f = d.write("librechat.yaml", t);
  const std::string said = "more findings in this file were counted but not reported";

  Run all = run("check --no-env --format json " + f);
  size_t total = nlohmann::json::parse(all.out)["diagnostics"].size();
  REQUIRE(total > 3);
  CHECK(nlohmann::json::parse(all.out).count("unreported") == 0);

  Run text = run("check --no-env --no-color --max-findings 3 " + f);
  CHECK(text.code == 1);
  CHECK(text.out.find(f + ": note: ") != std::string::npos);
  CHECK(text.out.find(said) != std::string::npos);
  CHECK(text.out.find("3 errors") != std::string::npos);

  auto json = nlohmann::json::parse(run("check --no-env --format json --max-findings 3 " + f).out);
  CHECK(json["diagnostics"].size() == 3);
  // counted before suppressions and de-duplication: never fewer than the findings left out
  CHECK(json["unreported"][0]["count"].get<size_t>() + 3 >= total);
  CHECK(json["unreported"][0]["file"] == f);

  auto sarif = nlohmann::json::parse(run("check --no-env --format sarif --max-findings 3 " + f).out);
  CHECK(sarif["runs"][0]["results"].size() == 3);
  const auto& note = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0];
  CHECK(note["level"] == "warning");
  CHECK(note["message"]["text"].get<std::string>().find(said) != std::string::npos);

  CHECK(run("check --no-env --format github --max-findings 3 " + f).out.find("::warning file=") != std::string::npos);
  CHECK(run("check --no-env --format junit --max-findings 3 " + f).out.find("<system-out>") != std::string::npos);
  CHECK(run("check --no-env --max-findings 0 " + f).code == 2);
}

// ---- The release axis: --target, .azlint.yaml `targets:`, `azlint targets` ----------------------

namespace {

// A LibreChat config whose `version` is the CONFIG_VERSION of data-provider 0.8.501 (1.3.9),
// titled without a titleModel, with `plugins: true` and a serverless group: three findings whose
// truth depends on the release (config-version-target, title-model-missing, plugins-serverless).
std::string release_dependent() {
  std::string t = kClean;
  t.replace(t.find("\"1.3.17\""), 8, "\"1.3.9\"");
  t.insert(t.find("    groups:\n"), "    titleConvo: true\n    plugins: true\n");
  return t + "      - group: \"mistral\"\n"
             "        apiKey: \"${WESTUS_API_KEY}\"\n"
             "        serverless: true\n"
             "        baseURL: \"https://mistral-large.westus.models.ai.azure.com/v1/chat/completions\"\n"
             "        models:\n"
             "          mistral-large: true\n";
}
const std::string kReleaseDependent = release_dependent();

const std::string kReleaseRules =
    "--only librechat/config-version-target --only librechat/title-model-missing --only librechat/plugins-serverless ";

std::set<std::string> rules_of(const nlohmann::json& j) {
  std::set<std::string> out;
  for (const auto& d : j["diagnostics"]) out.insert(d["rule"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("cli: --target picks the release a file is checked against, and every format names it", "[cli][targets]") {
  TempDir d;
  d.write(".env", "WESTUS_API_KEY=abc\n");
  std::string f = d.write("librechat.yaml", kReleaseDependent);
  using Rules = std::set<std::string>;

  // The newest bundled release by default: 1.3.9 is older than its 1.3.17; titles use the
  // conversation's model; `plugins` is gone.
  auto newest = nlohmann::json::parse(run("check --no-env --format json " + kReleaseRules + f).out);
  CHECK(rules_of(newest) == Rules{"librechat/config-version-target"});
  CHECK(newest["targets"] == nlohmann::json::array({"librechat@0.8.524"}));
  CHECK(newest["files"][0]["target"] == "librechat@0.8.524");

  // 0.8.501 (with a `v`): its CONFIG_VERSION is the file's, and its title default is the conversation's model.
  auto v0_8_501 = nlohmann::json::parse(run("check --no-env --format json --target librechat@v0.8.501 " + kReleaseRules + f).out);
  CHECK(rules_of(v0_8_501).empty());
  CHECK(v0_8_501["files"][0]["target"] == "librechat@0.8.501");

  // 0.7.6998: the file is newer than 1.2.1 (not this rule's), titles default to gpt-3.5-turbo and `plugins` exists.
  auto v0_7 = nlohmann::json::parse(run("check --no-env --format json --target librechat@0.7.6998 " + kReleaseRules + f).out);
  CHECK(rules_of(v0_7) == Rules{"librechat/title-model-missing", "librechat/plugins-serverless"});
  CHECK(v0_7["targets"] == nlohmann::json::array({"librechat@0.7.6998"}));

  // Text: the finding lines keep file:line:col first; the summary names the release.
  Run text = run("check --no-env --no-color --target librechat@0.7.6998 " + kReleaseRules + f);
  CHECK(text.code == 0);  // warnings
  CHECK(text.out.rfind(f + ":4:5: warning: ", 0) == 0);
  CHECK(text.out.find("0 errors, 2 warnings, 0 infos in 1 file checked against librechat 0.7.6998\n") != std::string::npos);

  // SARIF: run.properties.targets.
  auto sarif = nlohmann::json::parse(run("check --no-env --format sarif --target librechat@0.8.502 " + kReleaseRules + f).out);
  CHECK(sarif["runs"][0]["properties"]["targets"] == nlohmann::json::array({"librechat@0.8.502"}));
  CHECK(sarif["runs"][0]["results"].size() == 1);  // 1.3.9 is older than 0.8.502's 1.3.11
}

TEST_CASE("cli: --target over .azlint.yaml targets (found upward per file) over the newest", "[cli][targets][config]") {
  TempDir d;
  d.write(".env", "WESTUS_API_KEY=abc\n");
  d.write("old/.azlint.yaml", "targets:\n  librechat: 0.7.6998\n  openclaw: \"2026.8.2\"\n");
  std::string in_old = d.write("old/deep/librechat.yaml", kReleaseDependent);
  d.write("old/deep/.env", "WESTUS_API_KEY=abc\n");
  std::string plain = d.write("new/librechat.yaml", kReleaseDependent);
  d.write("new/.env", "WESTUS_API_KEY=abc\n");

  auto both = nlohmann::json::parse(run("check --no-env --format json " + kReleaseRules + in_old + " " + plain).out);
  CHECK(both["files"][0]["target"] == "librechat@0.7.6998");  // from old/.azlint.yaml
  CHECK(both["files"][1]["target"] == "librechat@0.8.524");   // none found: the newest
  CHECK(both["targets"] == nlohmann::json::array({"librechat@0.7.6998", "librechat@0.8.524"}));
  // Two releases of one gateway in a run: the summary says which file had which.
  Run text = run("check --no-env --no-color " + kReleaseRules + in_old + " " + plain);
  CHECK(text.out.find(" in 2 files checked against librechat 0.7.6998 (" + in_old + "), librechat 0.8.524 (" + plain + ")\n") !=
        std::string::npos);

  // --target wins over the .azlint.yaml for every file; other gateways keep theirs.
  auto forced = nlohmann::json::parse(run("check --no-env --format json --target librechat@0.8.501 " + kReleaseRules + in_old + " " + plain).out);
  CHECK(forced["files"][0]["target"] == "librechat@0.8.501");
  CHECK(forced["files"][1]["target"] == "librechat@0.8.501");
  CHECK(rules_of(forced).empty());

  // --config names the .azlint.yaml for every file.
  auto cfg = nlohmann::json::parse(run("check --no-env --format json --config " + (d.path / "old/.azlint.yaml").string() + " " +
                                       kReleaseRules + plain).out);
  CHECK(cfg["files"][0]["target"] == "librechat@0.7.6998");
}

TEST_CASE("cli: an unknown gateway or release exits 2 and lists the bundled ones", "[cli][targets]") {
  TempDir d;
  d.write(".env", "WESTUS_API_KEY=abc\n");
  std::string f = d.write("librechat.yaml", kClean);
  Run unknown = run("check --no-env --target librechat@0.9.0 " + f);
  CHECK(unknown.code == 2);
  CHECK(unknown.out.find("azlint: error: --target librechat@0.9.0: librechat has no bundled release \"0.9.0\" (bundled: "
                         "0.7.6998, 0.8.501, 0.8.502, 0.8.521, 0.8.522, 0.8.523, 0.8.524 (newest))") == 0);
  // A LibreChat release tag is not a data-provider version: the help says why tags are refused.
  Run tag = run("check --no-env --target librechat@v0.8.0 " + f);
  CHECK(tag.code == 2);
  CHECK(tag.out.find("release tags") != std::string::npos);
  CHECK(tag.out.find("could be cited") != std::string::npos);
  Run gw = run("check --no-env --target nope@1.0 " + f);
  CHECK(gw.code == 2);
  CHECK(gw.out.find("unknown gateway \"nope\" (gateways: librechat, openclaw, litellm, openwebui)") != std::string::npos);
  // A gateway with one hand-written release accepts only that one.
  Run lite = run("check --no-env --target litellm@1.74.0 " + f);
  CHECK(lite.code == 2);
  CHECK(lite.out.find("(bundled: hand-written (newest))") != std::string::npos);
  CHECK(run("check --no-env --target litellm@hand-written " + f).code == 0);
  CHECK(run("check --no-env --target librechat " + f).code == 2);
  Run twice = run("check --no-env --target librechat@0.8.524 --target librechat@0.7.6998 " + f);
  CHECK(twice.code == 2);
  CHECK(twice.out.find("names librechat twice") != std::string::npos);
  CHECK(run("check --no-env --target librechat@0.8.524 --target librechat@v0.8.524 " + f).code == 0);
}

TEST_CASE("cli: an unknown release in .azlint.yaml targets is an error at its line", "[cli][targets][config]") {
  TempDir d;
  std::string f = d.write("librechat.yaml", kClean);
  std::string cfg = d.write(".azlint.yaml", "rules: {}\ntargets:\n  librechat: \"0.9.0\"\n");
  Run r = run("check --no-env " + f);
  CHECK(r.code == 2);
  CHECK(r.out.find("azlint: error: " + cfg + ":3:14: librechat has no bundled release \"0.9.0\"") == 0);
  d.write(".azlint.yaml", "targets:\n  gpt: \"1\"\n");
  Run gw = run("check --no-env " + f);
  CHECK(gw.code == 2);
  CHECK(gw.out.find(cfg + ":2:3: unknown gateway \"gpt\"") != std::string::npos);
  d.write(".azlint.yaml", "targets: librechat@0.8.524\n");
  Run shape = run("check --no-env " + f);
  CHECK(shape.code == 2);
  CHECK(shape.out.find(cfg + ":1:10: `targets` must map gateway ids to releases") != std::string::npos);
  d.write(".azlint.yaml", "targets:\n  librechat: v0.8.524\n");
  CHECK(run("check --no-env " + f).code != 2);
}

TEST_CASE("cli: azlint targets lists the bundled releases per gateway", "[cli][targets]") {
  Run t = run("targets");
  CHECK(t.code == 0);
  CHECK(t.out.rfind("librechat: versions of the npm package librechat-data-provider\n  0.7.6998    CONFIG_VERSION 1.2.1\n", 0) == 0);
  CHECK(t.out.find("  0.8.524     CONFIG_VERSION 1.3.17  newest (the default)\n") != std::string::npos);
  CHECK(t.out.find("openclaw: versions of the npm package openclaw\n  2026.7.35\n  2026.8.2\n  2026.9.6") != std::string::npos);
  CHECK(t.out.find("litellm: hand-written\n  hand-written") != std::string::npos);
  auto j = nlohmann::json::parse(run("targets --json").out);
  REQUIRE(j["gateways"].size() == 4);
  const auto& lc = j["gateways"][0];
  CHECK(lc["gateway"] == "librechat");
  CHECK(lc["newest"] == "0.8.524");
  CHECK(lc["releases"].size() == 7);
  CHECK(lc["releases"][6]["config_version"] == "1.3.17");
  CHECK(lc["releases"][6]["newest"] == true);
}

// Issue 13: the false alarms real configs showed, end to end. Before the fix, periods in
// deployment names were warnings, an in-cluster address was an error, a titleModel served by
// `titleEndpoint` was an error, and image models in a group got only `unknown-model`.
TEST_CASE("cli: real configs' shapes give no false alarm, and an image model in a group is an error", "[cli]") {
  TempDir d;
  d.write(".env", "SWEDEN_KEY=abc\nCLUSTER_KEY=def\n");
  const std::string head =
      "version: \"1.3.17\"\n"
      "endpoints:\n"
      "  all:\n"
      "    titleConvo: true\n"
      "    titleEndpoint: \"LiteLLM\"\n"
      "    titleModel: \"gpt-4o-mini\"\n"
      "  azureOpenAI:\n"
      "    groups:\n"
      "      - group: \"swedencentral\"\n"
      "        apiKey: \"${SWEDEN_KEY}\"\n"
      "        instanceName: \"my-sweden\"\n"
      "        version: \"2025-04-01-preview\"\n"
      "        models:\n"
      "          gpt-4.1:\n"
      "            deploymentName: \"gpt-4.1\"\n"
      "          gpt-4.1-mini:\n"
      "            deploymentName: \"gpt-4.1-mini\"\n";
  const std::string custom =
      "  custom:\n"
      "    - name: \"LiteLLM\"\n"
      "      apiKey: \"${CLUSTER_KEY}\"\n"
      "      baseURL: \"http://10.1.48.13/v1\"\n"
      "      models:\n"
      "        default: [\"gpt-4o-mini\"]\n";
  Run ok = run("check --no-env --severity-threshold error " + d.write("librechat.yaml", head + custom));
  CHECK(ok.code == 0);
  CHECK(ok.out.find("deployment-name-format") == std::string::npos);
  CHECK(ok.out.find("title-model-missing") == std::string::npos);
  CHECK(ok.out.find("warning: baseURL \"http://10.1.48.13/v1\"") != std::string::npos);
  CHECK(ok.out.find("without `--allow-insecure`") != std::string::npos);

  const std::string image = "          dall-e-3:\n            deploymentName: \"dall-e-3\"\n";
  Run bad = run("check --no-env --severity-threshold error " + d.write("b/librechat.yaml", head + image + custom));
  CHECK(bad.code == 1);
  CHECK(bad.out.find("error: model \"dall-e-3\" is an image-generation model") != std::string::npos);
  CHECK(bad.out.find("[non-chat-model]") != std::string::npos);
}
