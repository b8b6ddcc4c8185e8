// The gateway interface (lint/gateway.h): a fifth gateway is a Gateway and a Behaviour, added to
// the registry; linted end to end, the shared rules' findings carry its wording, never another
// gateway's. And each built-in gateway's behaviour names no other gateway.
#include <catch2/catch.hpp>

#include <string>

#include "lint/config_names.h"
#include "lint/gateway_registration.h"
#include "lint/gateways.h"
#include "lint/load.h"
#include "lint/verify/targets.h"
#include "rules/registry.h"
#include "test_util.h"

using namespace azlint;

namespace {

// Every clause ends in a marker, so a test can tell which gateway's wording a message carries.
class FakeBehaviour final : public Behaviour {
 public:
  std::string syntax_error(const Document&, bool) const override { return "; FakeGW refuses the file [fake syntax]"; }
  std::string duplicate_key(const Document&) const override { return " (FakeGW keeps the first one) [fake duplicate]"; }
  std::string_view yaml_parser() const override { return "fake-yaml"; }
  std::optional<std::string> implicit_type(const Document&, const Node&, std::string_view, std::string_view) const override {
    return std::string("; FakeGW stores the number [fake implicit]");
  }
  std::string refused_config() const override { return " (FakeGW stops) [fake refused]"; }
  std::string unknown_key(const Document&, const std::string&, const std::string&, KeyPolicy) const override {
    return " (FakeGW ignores it) [fake unknown]";
  }
  std::string_view migrated_key(std::string_view, std::string_view) const override { return {}; }
  std::optional<MissingKey> missing_key(const Document&, const Node&, const std::string&, const std::string&) const override {
    return std::nullopt;
  }
  std::optional<std::vector<RefProblem>> own_syntax_problems(const Field&) const override { return std::nullopt; }
  UnsetEffect unset_reference(const Document&, const Field&, const EnvRef&, const Env&, bool) const override {
    return {"; FakeGW sends an empty value [fake unset]", false};
  }
  std::string set_too_late(const Document&, const Env&, std::string_view) const override { return {}; }
  std::string unset_reference_help(std::string_view name, bool) const override {
    return "export " + std::string(name) + " before starting FakeGW [fake unset help]";
  }
  std::string hardcoded_secret_help(const Field&) const override { return "keep the key in FakeGW's vault [fake secret help]"; }
  UrlEffect bad_url(const Document&, const Node&, std::string_view) const override {
    return {"; FakeGW drops the route [fake url]", false};
  }
  ResponsesRoute responses_only(const Field&) const override { return {"FakeGW has no such route [fake responses]", ""}; }
  NonChatRoute non_chat_model(const Field&, azure::NonChatKind, std::string_view) const override {
    return {"FakeGW sends it chat [fake non-chat]", ""};
  }
};

// A config `fakegw: {url, backup_url, key, note, version}`, or a file named fakegw*.yaml.
class FakeGateway final : public Gateway {
 public:
  std::string_view id() const override { return "fakegw"; }
  std::string_view name() const override { return "FakeGW"; }
  std::string_view marker() const override { return "FakeGW `fakegw`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_; }
  Detection detect(const Node& root) const override {
    const Node* top = root.is_mapping() ? root.get("fakegw") : nullptr;
    return top && top->is_mapping() ? Detection{&forms_[0], 5} : Detection{};
  }
  const Form* detect_name(std::string_view base) const override {
    return claims_name(names_, base) ? &forms_[0] : nullptr;
  }
  const std::vector<ConfigName>& config_names() const override { return names_; }
  void prepare(Document&) const override {}
  EnvSyntax env_syntax() const override { return EnvSyntax::DollarBrace; }
  void add_config_env(const Document&, Env&) const override {}
  std::vector<Field> fields(const Document& doc) const override {
    std::vector<Field> out;
    const Node* top = doc.root.get("fakegw");
    auto add = [&](std::string_view key, FieldRole role, bool env) {
      const Node* n = top ? top->get(key) : nullptr;
      if (!n || !n->is_string()) return;
      Field f;
      f.node = n;
      f.role = role;
      f.resolves_env = env;
      out.push_back(f);
    };
    add("url", FieldRole::Url, true);
    add("backup_url", FieldRole::Url, false);
    add("key", FieldRole::ApiKey, false);
    add("note", FieldRole::Text, true);
    return out;
  }
  void string_settings(const Document& doc, const StringSettingSink& each) const override {
    const Node* top = doc.root.get("fakegw");
    if (const Node* v = top ? top->get("version") : nullptr) each({v, "version", false});
  }
  std::string place(const Document&, PointerFinder&, const std::string&) const override { return {}; }
  const std::vector<MisplacedKey>& misplaced_keys() const override { return misplaced_; }
  void schema_refinements(const Document&, Context&) const override {}  // its schema says it all
  const Behaviour& behaviour() const override { return behaviour_; }
  std::vector<ResolvedRequest> resolve(const Document&, const Env&) const override { return {}; }

 private:
  std::vector<Form> forms_{{"fakegw", Format::Yaml, false}};
  std::vector<Release> releases_{{"1.0", "", {}}};  // no schema
  std::vector<ConfigName> names_{{"fakegw.yaml", ""}};
  std::vector<MisplacedKey> misplaced_;
  FakeBehaviour behaviour_;
};

const char* kFake =
    "fakegw:\n"
    "  url: \"https://first.example.com\"\n"
    "  backup_url: \"fake.example.com\"\n"
    "  key: \"Zx81kQp02LmN47vBt93RsW5yHc\"\n"
    "  note: \"$FAKE_NOTE\"\n"
    "  version: 2024-10-21\n"
    "  url: \"${FAKE_UNSET}/v1\"\n";

const Diagnostic* find(const FileResult& r, const std::string& rule) {
  for (const Diagnostic& d : r.diagnostics)
    if (d.rule == rule) return &d;
  return nullptr;
}

// No other gateway's display name in a message or its help.
void names_no_builtin(const Diagnostic& d) {
  for (const Gateway* g : all_gateways()) {
    if (g->id() == "fakegw") continue;
    INFO(d.rule << ": " << d.message << " / " << d.help);
    CHECK(d.message.find(std::string(g->name())) == std::string::npos);
    CHECK(d.help.find(std::string(g->name())) == std::string::npos);
  }
}

std::vector<FileResult> lint_fake(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Input> inputs;
  for (const auto& [path, text] : files) {
    Options o;
    o.process_env = false;
    o.default_env_file = false;
    inputs.push_back({test::src(text, path), o});
  }
  return lint_project(inputs);
}

}  // namespace

TEST_CASE("gateway: a fifth gateway registered by a test is linted end to end with its own wording", "[gateway]") {
  FakeGateway fake;
  ScopedGatewayRegistration registration(fake);
  REQUIRE(find_gateway("fakegw") == &fake);
  CHECK(known_forms().find("fakegw") != std::string::npos);

  std::vector<FileResult> results = lint_fake({{"deploy/x.yaml", kFake}, {"fakegw.yaml", "fakegw: [unclosed\n"}});
  const FileResult& r = results[0];
  REQUIRE(r.checked_as.gateway == &fake);
  CHECK(find(r, "unknown-dialect") == nullptr);

  const Diagnostic* dup = find(r, "duplicate-key");
  REQUIRE(dup);
  CHECK(dup->message.find("key \"url\" appears twice") != std::string::npos);
  CHECK(dup->message.find("[fake duplicate]") != std::string::npos);

  const Diagnostic* secret = find(r, "hardcoded-secret");
  REQUIRE(secret);
  CHECK(secret->help == "keep the key in FakeGW's vault [fake secret help]");

  const Diagnostic* unset = find(r, "env-var-missing");
  REQUIRE(unset);
  CHECK(unset->message.find("\"FAKE_UNSET\"") != std::string::npos);
  CHECK(unset->message.find("[fake unset]") != std::string::npos);
  // The gateway's help, then how to declare a variable set only where it runs.
  CHECK(unset->help.rfind("export FAKE_UNSET before starting FakeGW [fake unset help]; if it is set only where FakeGW runs, "
                          "declare it: `FAKE_UNSET=` in a .env.example", 0) == 0);

  const Diagnostic* url = find(r, "url-format");
  REQUIRE(url);
  CHECK(url->message.find("[fake url]") != std::string::npos);

  const Diagnostic* typed = find(r, "yaml-implicit-type");
  REQUIRE(typed);
  CHECK(typed->message.find("is read by fake-yaml as a date") != std::string::npos);
  CHECK(typed->message.find("[fake implicit]") != std::string::npos);

  const Diagnostic* syntax = find(r, "env-var-syntax");
  REQUIRE(syntax);
  CHECK(syntax->message.find("FakeGW only reads references written ${FAKE_NOTE}") != std::string::npos);

  for (const Diagnostic& d : r.diagnostics) names_no_builtin(d);

  // A file that does not parse is the fake's by its name, and says what the fake does with it.
  const FileResult& broken = results[1];
  const Diagnostic* parse = find(broken, "syntax");
  REQUIRE(parse);
  CHECK(parse->message.find("[fake syntax]") != std::string::npos);
  names_no_builtin(*parse);
}

TEST_CASE("gateway: a registration lasts for its scope", "[gateway]") {
  const size_t builtin = all_gateways().size();
  {
    FakeGateway fake;
    ScopedGatewayRegistration registration(fake);
    CHECK(all_gateways().size() == builtin + 1);
    CHECK(test::lint(kFake, {}, "x.yaml").checked_as.gateway == &fake);
  }
  CHECK(all_gateways().size() == builtin);
  CHECK(find_gateway("fakegw") == nullptr);
  CHECK(test::has_rule(test::lint(kFake, {}, "x.yaml"), "unknown-dialect"));
}

TEST_CASE("gateway: the built-in gateways, in order, each with its forms, releases and schemas", "[gateway]") {
  std::vector<std::string> ids;
  for (const Gateway* g : all_gateways()) ids.emplace_back(g->id());
  CHECK(ids == std::vector<std::string>{"librechat", "openclaw", "litellm", "openwebui"});
  CHECK(known_forms() == "librechat, openclaw, litellm, openwebui, openwebui-env");
  for (const Gateway* g : all_gateways()) {
    INFO(g->id());
    REQUIRE(!g->releases().empty());
    for (const Form& f : g->forms()) {
      GatewayForm c = find_form(f.id);
      CHECK(c.gateway == g);
      CHECK(c.release == &g->releases().front());
      CHECK(!c.schema().empty());
    }
  }
  CHECK(find_form("openwebui-env").gateway == find_gateway("openwebui"));
  CHECK(!find_form("nope"));
}

TEST_CASE("gateway: detection from content first, then from the file name", "[gateway]") {
  auto detected = [](const std::string& text, const std::string& path) {
    LoadResult r = load_and_classify(test::src(text, path), {}, Limits{});
    return r.doc.form ? std::string(r.doc.form->id) : std::string();
  };
  CHECK(detected("endpoints: {}\n", "config.yaml") == "librechat");
  CHECK(detected("model_list: []\n", "librechat.yaml") == "litellm");
  CHECK(detected("models: {providers: {}}\n", "x.yaml") == "openclaw");
  CHECK(detected("{\"openai\": {\"api_base_urls\": []}}", "config.json") == "openwebui");
  CHECK(detected("OPENAI_API_BASE_URLS=https://x\n", "x.env") == "openwebui-env");
  // several markers: LibreChat's `endpoints` over LiteLLM's `model_list` over OpenClaw's
  CHECK(detected("endpoints: {}\nmodel_list: []\n", "x.yaml") == "librechat");
  CHECK(detected("model_list: []\nagents: {}\n", "x.yaml") == "litellm");
  CHECK(detected("name: x\n", "librechat.yml") == "librechat");
  CHECK(detected("name: x\n", "litellm_config.yaml") == "litellm");
  CHECK(detected("{a: 1}", "openclaw.json5") == "openclaw");
  CHECK(detected("name: x\n", "x.yaml").empty());
  // a file that does not parse: by its name alone
  CHECK(detected("a: [\n", "librechat.yaml") == "librechat");
}

TEST_CASE("gateway: each built-in behaviour speaks of its own gateway only", "[gateway]") {
  // A value at /x/api_key.
  NodeArena arena;
  std::vector<Member> inner(1);
  inner[0].key.text = "api_key";
  inner[0].value.kind = Node::Kind::String;
  inner[0].value.text = "https://example.com";
  std::vector<Member> outer(1);
  outer[0].key.text = "x";
  outer[0].value.kind = Node::Kind::Mapping;
  outer[0].value.set_members(arena.array(inner));
  Node root;
  root.kind = Node::Kind::Mapping;
  root.set_members(arena.array(outer));
  link_tree(root);
  const Node& value = root.members()[0].value.members()[0].value;
  REQUIRE(value.pointer() == "/x/api_key");
  Field key;
  key.node = &value;
  key.role = FieldRole::ApiKey;
  for (const Gateway* g : all_gateways())
    for (const Form& f : g->forms()) {
      Document doc;
      doc.source = test::src("", "x");
      doc.gateway = g;
      doc.form = &f;
      const Behaviour& b = g->behaviour();
      const std::vector<std::string> clauses = {
          b.syntax_error(doc, false),
          b.syntax_error(doc, true),
          b.duplicate_key(doc),
          b.unknown_key(doc, "/x", "y", KeyPolicy::Refused),
          b.unknown_key(doc, "/x", "y", KeyPolicy::Dropped),
          b.unset_reference(doc, key, EnvRef{"VAR", 0, 0}, Env(), false).text,
          b.unset_reference_help("VAR", false),
          b.hardcoded_secret_help(key),
          b.bad_url(doc, value, "it has no scheme").text,
          b.responses_only(key).clause,
          b.responses_only(key).help,
      };
      for (const std::string& c : clauses) {
        INFO(f.id << ": " << c);
        CHECK(!c.empty());
        for (const Gateway* other : all_gateways())
          if (other != g) CHECK(c.find(std::string(other->name())) == std::string::npos);
      }
      // May be empty (a hand-written schema: azlint does not say what a refused config does).
      for (const std::string& c : {b.refused_config(), b.unknown_key(doc, "", "y", KeyPolicy::Kept)}) {
        INFO(f.id << ": " << c);
        for (const Gateway* other : all_gateways())
          if (other != g) CHECK(c.find(std::string(other->name())) == std::string::npos);
      }
    }
}

TEST_CASE("gateway: every rule names a registered gateway, or none (shared)", "[gateway]") {
  for (const Rule* r : all_rules()) {
    const RuleMeta& m = r->meta();
    INFO(m.id);
    if (m.gateway.empty()) {
      CHECK(m.id.find('/') == std::string_view::npos);
      continue;
    }
    CHECK(find_gateway(m.gateway) != nullptr);
    // `librechat/…` for LibreChat's own rules; cross-file rules (`chain/…`) run on one gateway's files
    if (m.id.rfind("chain/", 0) != 0) CHECK(m.id.rfind(std::string(m.gateway) + "/", 0) == 0);
  }
}
