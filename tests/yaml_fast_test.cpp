// The fast YAML reader (lint/yaml_fast.h) against yaml-cpp: on every YAML file of the repository
// and on systematic mutations of a few, the tree is the same field by field (or the findings are
// the same) whether or not the fast reader took the file (fuzz/surfaces.cpp, Surface::YamlFast);
// and it takes the usual configs.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/surfaces.h"
#include "lint/input_guard.h"
#include "lint/load_yaml.h"
#include "lint/source.h"
#include "lint/yaml_fast.h"

using namespace azlint;
namespace fs = std::filesystem;

namespace {

struct YamlFile {
  std::string path;
  std::string text;
};

std::vector<YamlFile> repository_yaml() {
  std::vector<YamlFile> files;
  for (const char* dir : {"fixtures", "examples", "tests", "fuzz"}) {
    fs::path root = fs::path(AZLINT_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      std::string ext = e.path().extension().string();
      if (!e.is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      files.push_back({fs::relative(e.path(), AZLINT_SOURCE_DIR).string(), ss.str()});
    }
  }
  std::sort(files.begin(), files.end(), [](const YamlFile& a, const YamlFile& b) { return a.path < b.path; });
  return files;
}

// The differential check; the first broken invariant, or "".
std::string differs(std::string_view text) {
  fuzz::Problems p = fuzz::run_one(fuzz::Surface::YamlFast, text);
  return p.list.empty() ? "" : p.list.front();
}

// The text with Windows line ends.
std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

bool read_fast(std::string_view text) {
  NodeArena arena;
  return !check_encoding(text) && read_yaml_fast(text, Limits{}, arena).has_value();
}

const char* kTypical =
    "version: \"1.2.1\"\n"
    "cache: true   # comment\n"
    "interface:\n"
    "  customWelcome: 'Welcome, it''s here'\n"
    "registration:\n"
    "  socialLogins: [\"github\", google]\n"
    "endpoints:\n"
    "  custom:\n"
    "    - name: \"ollama\"\n"
    "      apiKey: ollama\n"
    "      models:\n"
    "        default: [\"llama3\", \"qwen2\"]\n"
    "      headers: {X-A: \"1\", b: 2}\n"
    "  azureOpenAI:\n"
    "    titleConvo: true\n"
    "    groups:\n"
    "    - group: \"region-0\"\n"
    "      apiKey: \"${REGION_0_API_KEY}\"\n"
    "      version: 2024-10-21\n"
    "      models:\n"
    "        gpt-4o:\n"
    "          deploymentName: \"gpt-4o\"\n"
    "        o3-mini:\n"
    "      empty: []\n"
    "    -\n"
    "      group: x\n"
    "    - - nested\n"
    "      - ~\n"
    "    -\n"
    "list:\n"
    "- a\n"
    "- 1.5\n"
    "- \"esc \\\" \\\\ \\n\"\n";

// Block scalars as LibreChat's example config writes them (modalContent: |), and near misses.
const char* kBlocks =
    "interface:\n"
    "  termsOfService:\n"
    "    modalContent: |\n"
    "      # Terms\n"
    "\n"
    "      Text with  two spaces, a [link](x) and: colons.\n"
    "        more indented\n"
    "    \n"
    "      last\n"
    "\n"
    "    strip: |-   # c\n"
    "      a\n"
    "      b\n"
    "    folded: >\n"
    "      one\n"
    "      two\n"
    "\n"
    "      three\n"
    "    folded_strip: >-\n"
    "      x\n"
    "list:\n"
    "  - |\n"
    "    item\n"
    "  - key: >\n"
    "      v\n"
    "    other: 1\n";

}  // namespace

TEST_CASE("yaml fast: the same tree as yaml-cpp on every YAML file of the repository", "[yaml][yaml-fast]") {
  size_t parsed = 0, fast = 0;
  std::vector<std::string> declined;
  for (const YamlFile& f : repository_yaml()) {
    INFO(f.path);
    CHECK(differs(f.text) == "");
    CHECK(differs(crlf(f.text)) == "");
    CHECK(differs("\xEF\xBB\xBF" + f.text) == "");
    auto src = std::make_shared<const SourceFile>(f.path, f.text);
    if (!load_yaml(src, Limits{}, YamlReader::YamlCppOnly).doc.parsed) continue;
    ++parsed;
    if (read_fast(f.text)) ++fast;
    else declined.push_back(f.path);
  }
  // The decline rate on real files (those yaml-cpp reads): low, or the fast path does not pay.
  std::printf("yaml fast reader: read %zu of the %zu YAML files yaml-cpp parses (declined %zu, %.1f%%)\n", fast,
              parsed, declined.size(), parsed ? 100.0 * static_cast<double>(declined.size()) / static_cast<double>(parsed) : 0.0);
  for (const std::string& d : declined) std::printf("  declined: %s\n", d.c_str());
  REQUIRE(parsed > 100);
  CHECK(fast * 10 >= parsed * 9);
}

TEST_CASE("yaml fast: takes the common forms and gives yaml-cpp's tree", "[yaml][yaml-fast]") {
  CHECK(read_fast(kTypical));
  CHECK(differs(kTypical) == "");
  CHECK(read_fast(kBlocks));
  CHECK(differs(kBlocks) == "");
  CHECK(read_fast(crlf(kTypical)));
  CHECK(differs(crlf(kTypical)) == "");
  CHECK(read_fast("\xEF\xBB\xBF" + crlf(kTypical)));
  CHECK(differs("\xEF\xBB\xBF" + crlf(kTypical)) == "");
  CHECK(read_fast(crlf(kBlocks)));
  CHECK(differs(crlf(kBlocks)) == "");
  for (const char* s : {"a: 1\n", "- a\n- b", "a:\n", "a:\n- x\n- y\nb: 2\n", "  a: 1\n  b:\n    c: d\n",
                        "a: {}\nb: []\n", "a: ${X}\n", "a: {b: [1, {c: d}]}\n", "\"k\": 'v'\n", "a: b#c\n", "1: x\nnull: y\n~: z\n"}) {
    INFO(s);
    CHECK(read_fast(s));
    CHECK(differs(s) == "");
  }
}

TEST_CASE("yaml fast: declines what it leaves to yaml-cpp", "[yaml][yaml-fast]") {
  for (const char* s : {"a: &x 1\nb: *x\n", "a: !!str 1\n", "a:\tb\n",
                        "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: |2\n  text\n", "a: |+\n  text\n\n", "a: >\n  x\n    y\n", "%YAML 1.2\n---\na: 1\n", "a: 1\rb: 2\r",
                        "a: 1\n\xEF\xBB\xBF" "b: 2\n", "a: b\n  c\n", "a: \"x\n  y\"\n", "? a\n: b\n", "a: [b, {c}]\n", "a: ${X\n", "a: x\"${X}\"\n",
                        "a: b: c\n", "a: 'x\n", "a: \"\\x41\"\n", "hello\n", "", "# only\n", "a:\n~ : 1\n",
                        "a: [b,]\n", "a: {b}\n", "[a, b]\n"}) {
    INFO(s);
    CHECK_FALSE(read_fast(s));
    CHECK(differs(s) == "");
  }
  // Nesting near the depth limit and trees past the node budget go to yaml-cpp, which reports them.
  std::string deep;
  for (int i = 0; i < 80; ++i) deep += std::string(static_cast<size_t>(i) * 2, ' ') + "k:\n";
  CHECK_FALSE(read_fast(deep));
  CHECK(differs(deep) == "");
  // Around the small limits of the differential check (16 levels): nesting of maps, compact
  // sequences, brackets in `${VAR}` and flow collections.
  for (int levels = 1; levels <= 20; ++levels) {
    std::string nested, compact;
    for (int i = 0; i < levels; ++i) nested += std::string(static_cast<size_t>(i) * 2, ' ') + "k:\n";
    std::string pad(static_cast<size_t>(levels) * 2, ' ');
    for (int i = 0; i < levels; ++i) compact += "- ";
    for (const std::string& t : {nested + pad + "v: ${X}\n", nested + pad + "v: [a, {b: [c]}]\n",
                                 nested + pad + "- ${{X}}\n", compact + "x\n", compact + "a: [${X}]\n"}) {
      INFO(t);
      CHECK(differs(t) == "");
    }
  }
  Limits few;
  few.max_nodes = 5;
  NodeArena arena;
  CHECK_FALSE(read_yaml_fast("a: 1\nb: 2\nc: 3\n", few, arena));
}

namespace {

// Every truncation, insertions of YAML's indicators at every byte of the first 250 and at every
// line start, and each line deleted, doubled, and indented by one space more or less.
void check_mutations(const std::string& base) {
  const char* inserts[] = {"\t", " ", "  ", "\n", "&a ", "*a", "!t ", "'", "\"", ":", ": ", " #", "#", "- ", "-",
                           "[", "]", "{", "}", ",", "?", "|", ">", "~", "null", "\\", "''", "%", "\r", "---\n"};
  size_t cases = 0;
  for (size_t cut = 0; cut <= base.size(); ++cut) {
    std::string t = base.substr(0, cut);
    INFO("truncated at " << cut << ": " << t);
    REQUIRE(differs(t) == "");
    ++cases;
  }
  for (size_t at = 0; at <= base.size(); ++at) {
    bool line_start = at == 0 || base[at - 1] == '\n';
    if (at > 250 && !line_start) continue;
    for (const char* ins : inserts) {
      std::string t = base.substr(0, at) + ins + base.substr(at);
      INFO("inserted \"" << ins << "\" at " << at << ": " << t);
      REQUIRE(differs(t) == "");
      ++cases;
    }
  }
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < base.size(); ++i)
    if (base[i] == '\n') starts.push_back(i + 1);
  for (size_t k = 0; k + 1 < starts.size(); ++k) {
    std::string line = base.substr(starts[k], starts[k + 1] - starts[k]);
    std::string before = base.substr(0, starts[k]), after = base.substr(starts[k + 1]);
    std::vector<std::string> edits = {before + after, before + line + line + after, before + " " + line + after};
    if (!line.empty() && line[0] == ' ') edits.push_back(before + line.substr(1) + after);
    for (const std::string& t : edits) {
      INFO("line " << k << " edited: " << t);
      REQUIRE(differs(t) == "");
      ++cases;
    }
  }
  std::printf("yaml fast reader: %zu mutated inputs agree with yaml-cpp\n", cases);
}

std::string repository_file(const std::string& path) {
  for (const YamlFile& f : repository_yaml())
    if (f.path == path) return f.text;
  FAIL("no " << path);
  return "";
}

}  // namespace

TEST_CASE("yaml fast: the same result as yaml-cpp on mutations of a typical config", "[yaml][yaml-fast]") {
  check_mutations(kTypical);
}

TEST_CASE("yaml fast: the same result as yaml-cpp on mutations of block scalars", "[yaml][yaml-fast]") {
  check_mutations(kBlocks);
}

TEST_CASE("yaml fast: the same result as yaml-cpp on mutations of block scalars with CRLF line ends", "[yaml][yaml-fast]") {
  check_mutations(crlf(kBlocks));
}

TEST_CASE("yaml fast: the same result as yaml-cpp on mutations of the valid example", "[yaml][yaml-fast]") {
  check_mutations(repository_file("examples/valid/librechat.yaml"));
}

TEST_CASE("yaml fast: the same result as yaml-cpp on mutations of duplicate keys and flow maps", "[yaml][yaml-fast]") {
  check_mutations(repository_file("fixtures/librechat/duplicate-key/bad.yaml"));
}
