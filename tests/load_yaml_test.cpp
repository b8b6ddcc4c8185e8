#include <catch2/catch.hpp>

#include "lint/load_yaml.h"
#include "lint/yaml_scalar.h"
#include "test_util.h"

using namespace azlint;
using azlint::test::load;
using azlint::test::spanned;

TEST_CASE("yaml: keys and values keep exact spans and pointers", "[yaml]") {
  auto r = load("version: 1.2.1\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: \"westus\"   # c\n        apiKey: 'k'\n");
  REQUIRE(r.doc.parsed);
  const SourceFile& s = *r.doc.source;
  const Node* g = find_pointer(r.doc.root, "/endpoints/azureOpenAI/groups/0/group");
  REQUIRE(g);
  CHECK(spanned(s, g->span) == "\"westus\"");
  CHECK(spanned(s, g->key_span()) == "group");
  CHECK(g->text == "westus");
  CHECK(g->style == Node::Style::DoubleQuoted);
  CHECK(g->pointer() == "/endpoints/azureOpenAI/groups/0/group");
  const Node* k = find_pointer(r.doc.root, "/endpoints/azureOpenAI/groups/0/apiKey");
  REQUIRE(k);
  CHECK(spanned(s, k->span) == "'k'");
  CHECK(k->quoted());
  CHECK(spanned(s, r.doc.root.get("version")->span) == "1.2.1");
}

TEST_CASE("yaml: plain scalars are typed as js-yaml 4 types them", "[yaml]") {
  auto r = load("a: 2024-10-21\nb: 2024-03-01-preview\nc: 12345\nd: yes\ne: true\nf: ~\ng: 1.5\nh: '2024-10-21'\ni: 0x1F\nj: .inf\n");
  REQUIRE(r.doc.parsed);
  const Node& root = r.doc.root;
  CHECK(root.get("a")->implicit == Node::Implicit::Timestamp);
  CHECK(root.get("b")->implicit == Node::Implicit::None);
  CHECK(root.get("c")->kind == Node::Kind::Number);
  CHECK(root.get("d")->kind == Node::Kind::String);  // YAML 1.2: yes is a string
  CHECK(root.get("e")->is_true());
  CHECK(root.get("f")->is_null());
  CHECK(root.get("g")->implicit == Node::Implicit::Float);
  CHECK(root.get("h")->implicit == Node::Implicit::None);
  CHECK(root.get("i")->implicit == Node::Implicit::Int);
  CHECK(root.get("j")->implicit == Node::Implicit::Float);
}

TEST_CASE("yaml: duplicate keys stay visible and lookup takes the last", "[yaml]") {
  auto r = load("a: 1\nb: 2\na: 3\n");
  REQUIRE(r.doc.parsed);
  REQUIRE(r.doc.root.members().size() == 3);
  CHECK(r.doc.root.get("a")->text == "3");
}

TEST_CASE("yaml: an empty value points right after its key", "[yaml]") {
  auto r = load("a:\nb: 1\n");
  REQUIRE(r.doc.parsed);
  const Node* a = r.doc.root.get("a");
  REQUIRE(a);
  CHECK(a->is_null());
  CHECK(a->span.begin == 2);
  CHECK(a->span.empty());
}

TEST_CASE("yaml: flow collections and block scalars span their text", "[yaml]") {
  std::string text = "list: [a, \"b\", {c: d}]\nmap: {x: 1}\nblock: |\n  line one\n  line two\nnext: 1\n";
  auto r = load(text);
  REQUIRE(r.doc.parsed);
  const SourceFile& s = *r.doc.source;
  CHECK(spanned(s, r.doc.root.get("list")->span) == "[a, \"b\", {c: d}]");
  CHECK(spanned(s, r.doc.root.get("map")->span) == "{x: 1}");
  CHECK(spanned(s, r.doc.root.get("block")->span) == "|\n  line one\n  line two");
  CHECK(r.doc.root.get("block")->style == Node::Style::Literal);
  CHECK(spanned(s, find_pointer(r.doc.root, "/list/2/c")->span) == "d");
}

TEST_CASE("yaml: aliases and merge keys expand as js-yaml reads them", "[yaml]") {
  auto r = load("base: &b {apiKey: k, version: \"v\"}\ngroup:\n  <<: *b\n  version: own\nref: *b\n");
  REQUIRE(r.doc.parsed);
  const Node* g = r.doc.root.get("group");
  REQUIRE(g);
  CHECK(g->str("apiKey") == "k");
  CHECK(g->str("version") == "own");
  CHECK(g->get("<<") == nullptr);
  CHECK(find_pointer(r.doc.root, "/group/apiKey")->pointer() == "/group/apiKey");
  CHECK(r.doc.root.get("ref")->str("version") == "v");
}

TEST_CASE("yaml: a byte-order mark does not shift positions", "[yaml]") {
  auto r = load("\xEF\xBB\xBFkey: \"value\"\n");
  REQUIRE(r.doc.parsed);
  CHECK(spanned(*r.doc.source, r.doc.root.get("key")->span) == "\"value\"");
}

TEST_CASE("yaml: parse errors are `syntax` with a position", "[yaml]") {
  auto r = load("a: [1, 2\nb: 3\n");
  CHECK_FALSE(r.doc.parsed);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "syntax");
  auto r2 = load("a: b: c\n");
  CHECK_FALSE(r2.doc.parsed);
  CHECK(r2.diagnostics[0].message.find("invalid YAML") == 0);
}

TEST_CASE("yaml: guards stop hostile input with a clear message", "[yaml][guards]") {
  SECTION("deep flow nesting") {
    auto r = load("a: " + std::string(100000, '[') + std::string(100000, ']'));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("nested more than 256 levels") != std::string::npos);
  }
  SECTION("deep block sequences on one line") {
    std::string t;
    for (int i = 0; i < 100000; ++i) t += "- ";
    auto r = load(t + "x\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("nested") != std::string::npos);
  }
  SECTION("indentation ladder") {
    std::string t;
    for (int i = 0; i < 2000; ++i) t += std::string(i, ' ') + "k:\n";
    auto r = load(t);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("nested") != std::string::npos);
  }
  SECTION("billion laughs") {
    std::string t = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    std::string prev = "a";
    for (char c = 'b'; c <= 'j'; ++c) {
      t += std::string(1, c) + ": &" + c + " [";
      for (int i = 0; i < 9; ++i) t += (i ? ", *" : "*") + prev;
      t += "]\n";
      prev = std::string(1, c);
    }
    auto r = load(t);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("billion laughs") != std::string::npos);
  }
  SECTION("NUL bytes, invalid UTF-8, empty files, tabs, two documents") {
    CHECK(load(std::string("a: 1\0", 5)).diagnostics.at(0).message.find("NUL") != std::string::npos);
    auto bad = load("a: \"\xff\"\n");
    CHECK(bad.diagnostics.at(0).message.find("invalid UTF-8") != std::string::npos);
    CHECK(bad.diagnostics.at(0).span.begin == 4);
    CHECK(load("").diagnostics.at(0).message.find("empty") != std::string::npos);
    CHECK(load("# just a comment\n").diagnostics.at(0).message.find("empty") != std::string::npos);
    CHECK(load("a:\n\tb: 1\n").diagnostics.at(0).message.find("tab") != std::string::npos);
    CHECK(load("a: 1\n---\nb: 2\n").diagnostics.at(0).message.find("more than one") != std::string::npos);
  }
  SECTION("tabs inside block scalars are content, not indentation") {
    auto r = load("a: |\n  x\n  \ty\nb: 1\n");
    CHECK(r.doc.parsed);
  }
}

TEST_CASE("yaml: PyYAML's YAML 1.1 typing for LiteLLM", "[yaml]") {
  auto r = load("a: yes\nb: off\nc: 0755\nd: 1:30\ne: 1e5\nf: 1.5\ng: 2024-10-21\nh: \"yes\"\ni: plain\n");
  REQUIRE(r.doc.parsed);
  retype_yaml11(r.doc.root);
  const Node& n = r.doc.root;
  CHECK(n.get("a")->is_true());
  CHECK((n.get("b")->is_bool() && !n.get("b")->boolean));
  CHECK(n.get("c")->implicit == Node::Implicit::Int);
  CHECK(n.get("d")->implicit == Node::Implicit::Int);
  CHECK(n.get("e")->is_string());  // no dot: a string in YAML 1.1
  CHECK(n.get("f")->implicit == Node::Implicit::Float);
  CHECK(n.get("g")->implicit == Node::Implicit::Timestamp);
  CHECK(n.get("h")->is_string());
  CHECK(n.get("i")->is_string());
}
