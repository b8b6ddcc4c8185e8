// The conventions of `azlint check` (issue 15), end to end through the built binary: the summary
// line and JSON summary, --statistics, -q, --output, --color with FORCE_COLOR/NO_COLOR and the
// terminal, --ignore, an empty search, JUnit against the exit code.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Out {
  int code = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Dir {
  fs::path path;
  Dir() {
    static int n = 0;
    path = fs::temp_directory_path() / ("azlint-conv-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::create_directories(path);
  }
  ~Dir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
  std::string at(const std::string& name) const { return (path / name).string(); }
};

// Runs azlint with `env` (VAR=value words; FORCE_COLOR and NO_COLOR unset unless given) and
// `args`; stdout and stderr apart. `terminal`: stdout is a pseudo-terminal (script(1)); both
// streams then arrive in `out`.
Out azlint(const std::string& args, const std::string& env = "", bool terminal = false) {
  static int n = 0;
  fs::path base = fs::temp_directory_path() / ("azlint-conv-io-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  std::string cmd = "env -u FORCE_COLOR -u NO_COLOR " + env + " " + AZLINT_BINARY + " " + args;
  if (terminal) cmd = "script -qec '" + cmd + "' /dev/null";
  cmd += " </dev/null >" + base.string() + ".out 2>" + base.string() + ".err";
  int status = std::system(cmd.c_str());
  Out o;
  o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = slurp(base.string() + ".out");
  o.err = slurp(base.string() + ".err");
  fs::remove(base.string() + ".out");
  fs::remove(base.string() + ".err");
  return o;
}

// A clean LibreChat config (flow style, one group, one model); its key comes from a `.env`.
const std::string kCleanConfig =
    "version: \"1.3.17\"\nendpoints:\n  azureOpenAI:\n"
    "    groups: [{group: westus, apiKey: \"${WESTUS_API_KEY}\", instanceName: my-westus, deploymentName: gpt-4o,\n"
    "              version: \"2024-10-21\", models: {gpt-4o: true}}]\n";

std::string edited(std::string t, const std::string& from, const std::string& to) {
  t.replace(t.find(from), from.size(), to);
  return t;
}
// One error (no instanceName), nothing else.
std::string one_error() { return edited(kCleanConfig, "instanceName: my-westus, ", ""); }
// One warning (librechat/model-empty-object), nothing else.
std::string one_warning() { return edited(kCleanConfig, "gpt-4o: true", "gpt-4o: {}"); }

bool coloured(const std::string& s) { return s.find("\x1b[") != std::string::npos; }

const std::string kExamples = std::string(AZLINT_SOURCE_DIR) + "/examples/broken/librechat.yaml";

}  // namespace

TEST_CASE("check: the summary counts every file checked, with or without findings", "[cli][conventions]") {
  Dir d;
  d.write(".env", "WESTUS_API_KEY=abc\n");
  d.write("a/librechat.yaml", kCleanConfig);
  d.write("a/.env", "WESTUS_API_KEY=abc\n");
  d.write("b/librechat.yaml", one_error());
  d.write("b/.env", "WESTUS_API_KEY=abc\n");
  d.write("c/librechat.yaml", one_warning());
  d.write("c/.env", "WESTUS_API_KEY=abc\n");
  Out text = azlint("check --no-env " + d.path.string());
  CHECK(text.code == 1);
  CHECK(text.out.substr(text.out.rfind('\n', text.out.size() - 2) + 1) ==
        "1 error, 1 warning, 0 infos in 3 files checked against librechat 0.8.524\n");

  // JSON: the same counts in `summary`, per file in `files`; the fields that were there stay.
  Out json = azlint("check --no-env --format json " + d.path.string());
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["version"] == 1);
  CHECK(j["targets"] == nlohmann::json::array({"librechat@0.8.524"}));
  CHECK(j["summary"] == nlohmann::json{{"files_checked", 3}, {"files_with_findings", 2}, {"errors", 1}, {"warnings", 1},
                                       {"infos", 0}, {"findings", 2}, {"unreported", 0}});
  REQUIRE(j["diagnostics"].size() == 2);
  REQUIRE(j["files"].size() == 3);
  size_t errors = 0, warnings = 0;
  for (const auto& f : j["files"]) {
    CHECK(f["target"] == "librechat@0.8.524");
    errors += f["errors"].get<size_t>();
    warnings += f["warnings"].get<size_t>();
    CHECK(f["infos"] == 0);
  }
  CHECK(errors == 1);
  CHECK(warnings == 1);

  // A clean run says so too, and how many files it checked.
  Out clean = azlint("check --no-env " + d.at("a"));
  CHECK(clean.code == 0);
  CHECK(clean.out == "0 errors, 0 warnings, 0 infos in 1 file checked against librechat 0.8.524\n");
}

TEST_CASE("check --statistics: COUNT RULE SEVERITY SUMMARY, highest count first, ties by id", "[cli][conventions]") {
  Out full = azlint("check --no-env --format json " + kExamples);
  auto j = nlohmann::json::parse(full.out);
  const size_t total = j["diagnostics"].size();
  REQUIRE(total > 5);

  Out text = azlint("check --no-env --no-color --statistics " + kExamples);
  CHECK(text.code == full.code);
  CHECK(text.out.find(" | ") == std::string::npos);  // no findings, no snippets
  CHECK(text.out.find("help:") == std::string::npos);
  std::istringstream lines(text.out);
  std::string line, summary;
  std::regex shape(R"(^ *(\d+) (\S+) +(error|warning|info) +(.+)$)");
  size_t sum = 0, prev_count = SIZE_MAX, rows = 0;
  std::string prev_rule;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, shape)) {
      summary = line;
      continue;
    }
    ++rows;
    size_t count = std::stoul(m[1]);
    CHECK(count <= prev_count);                                  // highest count first
    if (count == prev_count) CHECK(prev_rule < m[2].str());      // ties by rule id
    prev_count = count;
    prev_rule = m[2];
    sum += count;
  }
  CHECK(rows > 3);
  CHECK(sum == total);
  CHECK(summary.find(" in 1 file checked against librechat 0.8.524") != std::string::npos);  // the summary follows
  CHECK(text.out.rfind(summary + "\n") + summary.size() + 1 == text.out.size());

  // JSON: a `statistics` array in the same order, with the rule's summary; no `diagnostics`.
  auto stats = nlohmann::json::parse(azlint("check --no-env --format json --statistics " + kExamples).out);
  CHECK(stats.count("diagnostics") == 0);
  REQUIRE(stats["statistics"].size() == rows);
  CHECK(stats["summary"]["findings"] == total);
  size_t jsum = 0;
  for (const auto& s : stats["statistics"]) {
    jsum += s["count"].get<size_t>();
    CHECK(!s["summary"].get<std::string>().empty());
  }
  CHECK(jsum == total);
  const auto& first = stats["statistics"][0];
  CHECK(text.out.find(std::to_string(first["count"].get<size_t>()) + " " + first["rule"].get<std::string>()) !=
        std::string::npos);

  CHECK(azlint("check --no-env --format sarif --statistics " + kExamples).code == 2);
}

TEST_CASE("check -q: the findings only, no summary", "[cli][conventions]") {
  Dir d;
  d.write(".env", "WESTUS_API_KEY=abc\n");
  std::string bad = d.write("b/librechat.yaml", one_error());
  d.write("b/.env", "WESTUS_API_KEY=abc\n");
  Out loud = azlint("check --no-env " + bad);
  Out quiet = azlint("check --no-env -q " + bad);
  CHECK(quiet.code == 1);
  CHECK(quiet.out.find("[librechat/missing-instance-name]") != std::string::npos);
  CHECK(quiet.out.find("files checked") == std::string::npos);
  CHECK(quiet.out.find(" file checked") == std::string::npos);
  CHECK(loud.out.rfind(quiet.out, 0) == 0);  // the same findings, the summary left out
  CHECK(azlint("check --no-env --quiet " + d.write("a/librechat.yaml", kCleanConfig) + " --env-file " + d.at(".env")).out ==
        "");
  CHECK(azlint("check --no-env -q --statistics " + bad).out ==
        "1 librechat/missing-instance-name error   a non-serverless group without `instanceName`\n");
}

TEST_CASE("check --output FILE: the report there, the exit code unchanged, exit 2 when it cannot be written",
          "[cli][conventions]") {
  Dir d;
  std::string bad = d.write("librechat.yaml", one_error());
  d.write(".env", "WESTUS_API_KEY=abc\n");
  Out plain = azlint("check --no-env " + bad);
  std::string report = d.write("out/report.txt", std::string(100000, 'x'));  // longer than the report: replaced whole
  Out to_file = azlint("check --no-env --output " + report + " " + bad);
  CHECK(to_file.code == plain.code);
  CHECK(to_file.code == 1);
  CHECK(to_file.out == "");
  CHECK(slurp(report) == plain.out);
  // JSON to a new file
  std::string fresh = d.at("out/new.json");
  CHECK(azlint("check --no-env --format json --output " + fresh + " " + bad).code == 1);
  CHECK(nlohmann::json::parse(slurp(fresh))["summary"]["errors"] == 1);
  struct stat st {};
  REQUIRE(::stat(fresh.c_str(), &st) == 0);
  CHECK((st.st_mode & 0044) != 0);  // not the 0600 of a temporary file (umask permitting)
  // A folder that does not exist, a folder as the file: exit 2 before anything is linted.
  Out missing = azlint("check --no-env --output " + d.at("nowhere/report.txt") + " " + bad);
  CHECK(missing.code == 2);
  CHECK(missing.err.rfind("azlint: error: --output " + d.at("nowhere/report.txt") + ": ", 0) == 0);
  CHECK(missing.out == "");
  CHECK(azlint("check --no-env --output " + d.at("out") + " " + bad).code == 2);
  if (::geteuid() != 0) {
    std::string ro = d.write("ro/report.txt", "old\n");
    fs::permissions(d.at("ro/report.txt"), fs::perms::owner_read, fs::perm_options::replace);
    CHECK(azlint("check --no-env --output " + ro + " " + bad).code == 2);
    CHECK(slurp(ro) == "old\n");
  }
}

TEST_CASE("check --color: --color over --no-color over FORCE_COLOR over NO_COLOR over the terminal",
          "[cli][conventions]") {
  if (std::system("script -qec true /dev/null >/dev/null 2>&1") != 0) {
    WARN("script(1) is not available: no pseudo-terminal, the colour matrix is not run");
    return;
  }
  Dir d;
  std::string bad = d.write("librechat.yaml", one_error());
  auto c = [&](const std::string& args, const std::string& env, bool terminal) {
    Out o = azlint("check --no-env " + args + " " + bad, env, terminal);
    REQUIRE(o.out.find("missing-instance-name") != std::string::npos);
    return coloured(o.out);
  };
  // the terminal decides when nothing else does
  CHECK(c("", "", true));
  CHECK_FALSE(c("", "", false));
  // NO_COLOR (any value, even empty) over the terminal
  CHECK_FALSE(c("", "NO_COLOR=1", true));
  CHECK_FALSE(c("", "NO_COLOR=", true));
  // FORCE_COLOR over NO_COLOR and the terminal; 0 turns colour off
  CHECK(c("", "FORCE_COLOR=1", false));
  CHECK(c("", "FORCE_COLOR=1 NO_COLOR=1", false));
  CHECK(c("", "FORCE_COLOR=", false));
  CHECK_FALSE(c("", "FORCE_COLOR=0", true));
  CHECK_FALSE(c("", "FORCE_COLOR=0", false));
  // --no-color over FORCE_COLOR
  CHECK_FALSE(c("--no-color", "FORCE_COLOR=1", true));
  // --color over everything
  CHECK(c("--color always", "NO_COLOR=1", false));
  CHECK(c("--color always --no-color", "", false));
  CHECK_FALSE(c("--color never", "FORCE_COLOR=1", true));
  // --color auto: the environment and the terminal, whatever --no-color says
  CHECK(c("--color auto --no-color", "", true));
  CHECK_FALSE(c("--color auto", "NO_COLOR=1", true));
  CHECK(c("--color auto", "FORCE_COLOR=1", false));
  CHECK(azlint("check --color sometimes " + bad).code == 2);
  // --output FILE is no terminal
  std::string report = d.at("report.txt");
  azlint("check --no-env --output " + report + " " + bad, "", true);
  CHECK(slurp(report).find("missing-instance-name") != std::string::npos);
  CHECK_FALSE(coloured(slurp(report)));
  azlint("check --no-env --output " + report + " " + bad, "FORCE_COLOR=1", false);
  CHECK(coloured(slurp(report)));
}

TEST_CASE("check --ignore RULE: every rule but these", "[cli][conventions]") {
  Dir d;
  std::string bad = d.write("librechat.yaml", one_error());
  d.write(".env", "WESTUS_API_KEY=abc\n");
  Out all = azlint("check --no-env " + bad);
  CHECK(all.code == 1);
  Out ignored = azlint("check --no-env --ignore librechat/missing-instance-name " + bad);
  CHECK(ignored.code == 0);
  CHECK(ignored.out == "0 errors, 0 warnings, 0 infos in 1 file checked against librechat 0.8.524\n");
  // repeatable, and with --only: the rules --only names less these
  std::string both = d.write("two/librechat.yaml", edited(one_warning(), "instanceName: my-westus, ", ""));
  d.write("two/.env", "WESTUS_API_KEY=abc\n");
  auto rules = [&](const std::string& args) {
    std::set<std::string> out;
    auto j = nlohmann::json::parse(azlint("check --no-env --format json " + args + both).out);
    for (const auto& diag : j["diagnostics"]) out.insert(diag["rule"].get<std::string>());
    return out;
  };
  using Set = std::set<std::string>;
  CHECK(rules("") == Set{"librechat/missing-instance-name", "librechat/model-empty-object"});
  CHECK(rules("--ignore librechat/model-empty-object ") == Set{"librechat/missing-instance-name"});
  CHECK(rules("--ignore librechat/model-empty-object --ignore librechat/missing-instance-name ").empty());
  CHECK(rules("--only librechat/model-empty-object --only librechat/missing-instance-name --ignore "
              "librechat/model-empty-object ") == Set{"librechat/missing-instance-name"});
  Out unknown = azlint("check --no-env --ignore no-such-rule " + bad);
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("unknown rule id \"no-such-rule\" in --ignore") != std::string::npos);
}

TEST_CASE("check: a search that finds nothing says what it looked for and exits 2, unless --allow-empty",
          "[cli][conventions]") {
  Dir d;
  fs::create_directories(d.path / "empty");
  d.write("other/notes.yaml", "not: a gateway config\n");
  Out empty = azlint("check --no-env " + d.at("empty"));
  CHECK(empty.code == 2);
  CHECK(empty.out == "");
  CHECK(empty.err.rfind("azlint: error: " + d.at("empty") + ": no gateway config found (searched for librechat*.yaml", 0) == 0);
  CHECK(empty.err.find("config.yaml|yml holding `model_list:`") != std::string::npos);
  CHECK(empty.err.find("--allow-empty") != std::string::npos);
  // two folders, both without a config: still nothing found
  CHECK(azlint("check --no-env " + d.at("empty") + " " + d.at("other")).code == 2);
  Out allowed = azlint("check --no-env --allow-empty " + d.at("empty"));
  CHECK(allowed.code == 0);
  CHECK(allowed.err.find("azlint: warning: ") == 0);
  CHECK(allowed.out == "0 errors, 0 warnings, 0 infos in 0 files checked\n");
  // an empty folder among other paths: a warning, the run goes on
  std::string clean = d.write("ok/librechat.yaml", kCleanConfig);
  d.write("ok/.env", "WESTUS_API_KEY=abc\n");
  Out among = azlint("check --no-env " + d.at("empty") + " " + clean);
  CHECK(among.code == 0);
  CHECK(among.err.rfind("azlint: warning: " + d.at("empty") + ": no gateway config found (searched for ", 0) == 0);
  CHECK(among.out == "0 errors, 0 warnings, 0 infos in 1 file checked against librechat 0.8.524\n");
  Out dirs = azlint("check --no-env " + d.at("empty") + " " + d.at("ok"));
  CHECK(dirs.code == 0);
  CHECK(dirs.err.find("warning: " + d.at("empty") + ": no gateway config found") != std::string::npos);
}

TEST_CASE("check --format junit: failures follow --severity-threshold, as the exit code does", "[cli][conventions]") {
  Dir d;
  std::string warn = d.write("w/librechat.yaml", one_warning());
  d.write("w/.env", "WESTUS_API_KEY=abc\n");
  std::string err = d.write("e/librechat.yaml", one_error());
  d.write("e/.env", "WESTUS_API_KEY=abc\n");
  auto count = [](const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
  };

  // A warning alone: exit 0 and no failure; the warning is in <system-out>.
  Out w = azlint("check --no-env --format junit " + warn);
  CHECK(w.code == 0);
  CHECK(w.out.find("<testsuites name=\"azlint\" tests=\"1\" failures=\"0\" errors=\"0\">") != std::string::npos);
  CHECK(count(w.out, "<failure") == 0);
  CHECK(w.out.find("<system-out>") != std::string::npos);
  CHECK(w.out.find(": warning: ") != std::string::npos);
  const size_t so = w.out.find("<system-out>");
  CHECK(w.out.find("[librechat/model-empty-object]\n", so) < w.out.find("</system-out>", so));
  // --severity-threshold warning: exit 1 and one failure.
  Out ww = azlint("check --no-env --format junit --severity-threshold warning " + warn);
  CHECK(ww.code == 1);
  CHECK(ww.out.find("tests=\"1\" failures=\"1\"") != std::string::npos);
  CHECK(count(ww.out, "<failure") == 1);
  CHECK(ww.out.find("<system-out>") == std::string::npos);

  // Both files: the failures are exactly the findings that make the exit code 1.
  for (const char* threshold : {"error", "warning", "info"}) {
    Out j = azlint(std::string("check --no-env --format junit --severity-threshold ") + threshold + " " + warn + " " + err);
    Out x = azlint(std::string("check --no-env --format json --severity-threshold ") + threshold + " " + warn + " " + err);
    size_t at_or_above = 0;
    auto xj = nlohmann::json::parse(x.out);
    for (const auto& diag : xj["diagnostics"]) {
      std::string s = diag["severity"];
      int sev = s == "error" ? 2 : s == "warning" ? 1 : 0;
      int min = std::string(threshold) == "error" ? 2 : std::string(threshold) == "warning" ? 1 : 0;
      at_or_above += sev >= min;
    }
    CHECK(count(j.out, "<failure") == at_or_above);
    CHECK(j.code == (at_or_above ? 1 : 0));
    CHECK(j.code == x.code);
  }
}
