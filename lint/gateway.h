// A gateway: everything azlint knows about one LLM gateway (LibreChat, OpenClaw, the LiteLLM
// proxy, Open WebUI) behind one interface, so the engine, the fronts and the shared rules never
// name one. Each gateway lives in its own folder (lint/<id>/gateway.cpp, behaviour.cpp) and is
// listed once in lint/gateways.cpp. Every member is pure: a gateway that lacks one does not
// compile.
#pragma once
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "lint/behaviour.h"
#include "lint/document.h"
#include "lint/env.h"
#include "lint/fields.h"
#include "lint/resolution.h"

namespace azlint {

class Context;

// One way a gateway's config is written. Open WebUI has two: its exported config JSON and its
// env file; the others one each.
struct Form {
  std::string_view id;  // the --dialect value: "librechat", "openwebui-env"
  Format format;        // how the file is written, when no file name says it
  bool environment;     // the file is the environment the gateway runs in: keys belong there
};

// A release of a gateway a config can be checked against, with its embedded JSON Schemas (the
// built-in gateways read theirs from schemas/<id>/releases.json, lint/releases.h).
struct Release {
  struct Schema {
    std::string_view form;  // a Form::id
    std::string_view path;  // embedded path ("schemas/librechat.schema.json")
  };
  std::string_view version;         // "0.8.524", or "hand-written" for a schema written by hand
  std::string_view config_version;  // the config `version:` the release expects; "" when none
  std::vector<Schema> schemas;      // one per form that has a schema
  std::string_view package;         // the npm package it is a version of; "" for a hand-written one
  std::string_view describes;       // a hand-written release: what its schema describes
  // The schema of a form in this release, "" when none.
  std::string_view schema(std::string_view form) const;
};

// Content detection: how sure a gateway is that a parsed root is its config (0: not its own).
// Scores are compared across gateways; ties go to the earlier gateway of the registry.
struct Detection {
  const Form* form = nullptr;
  int score = 0;
};

// A file name directory search, the pre-commit hook and the editors pick up (the one list:
// lint/config_names.h).
struct ConfigName {
  std::string_view glob;  // a base-name glob (lint/glob.h): "librechat*.yaml"
  // When not empty, the file counts only when one of its lines starts with this (a generic
  // name such as config.yaml holds a LiteLLM config only with a `model_list:` line).
  std::string_view needs_line;
};

// A scalar the gateway reads as a string, where a YAML loader's implicit typing matters
// (yaml-implicit-type).
struct StringSetting {
  const Node* node = nullptr;
  std::string what;     // how the message names it: "apiKey", "header \"X\"", "model_name"
  bool secret = false;  // never echo the value, quote it in place
};
using StringSettingSink = std::function<void(const StringSetting&)>;

// A key written at the wrong level, with what the gateway does with it (the schema rule).
struct MisplacedKey {
  std::string_view parent;  // JSON Pointer of the mapping it is found in ("" = the top level)
  std::string_view key;     // "providers"
  std::string_view where;   // where it belongs, as the message says it: "models.providers"
  std::string_view effect;  // " (OpenClaw reports …)"
  std::string_view help;
};

class Gateway {
 public:
  virtual ~Gateway() = default;
  // "librechat": rule ids, fixture folders and --dialect use it.
  virtual std::string_view id() const = 0;
  // As messages name it: "LibreChat", "the LiteLLM proxy".
  virtual std::string_view name() const = 0;
  // What the unknown-dialect message shows of its configs: "LibreChat `endpoints`".
  virtual std::string_view marker() const = 0;
  virtual const std::vector<Form>& forms() const = 0;
  // Newest first; the first is the default.
  virtual const std::vector<Release>& releases() const = 0;

  // Detection: from the parsed content, and from the base name when the content says nothing.
  virtual Detection detect(const Node& root) const = 0;
  virtual const Form* detect_name(std::string_view base_name) const = 0;
  virtual const std::vector<ConfigName>& config_names() const = 0;

  // Makes the tree what the gateway's own loader sees (LiteLLM: PyYAML's YAML 1.1 types).
  virtual void prepare(Document& doc) const = 0;
  // How its config writes environment references (`${VAR}`, OpenClaw's upper-case `${VAR}`,
  // LiteLLM's `os.environ/VAR`).
  virtual EnvSyntax env_syntax() const = 0;
  // The variables the config sets itself (OpenClaw `env.vars`, LiteLLM `environment_variables`).
  virtual void add_config_env(const Document& doc, Env& env) const = 0;
  // The roles of its fields for the shared rules (lint/fields.h).
  virtual std::vector<Field> fields(const Document& doc) const = 0;
  // The scalars it reads as strings (yaml-implicit-type), each handed to `each` in turn (not
  // gathered: a large config has hundreds of thousands).
  virtual void string_settings(const Document& doc, const StringSettingSink& each) const = 0;
  // How messages name the place at a JSON Pointer ("model \"gpt-4o\" of group \"westus\"");
  // "" when the generic name (`key`, item 2 of `list`) is the right one.
  virtual std::string place(const Document& doc, PointerFinder& finder, const std::string& pointer) const = 0;
  virtual const std::vector<MisplacedKey>& misplaced_keys() const = 0;
  // What its own validator checks that its schema cannot say (LibreChat's zod refinements,
  // OpenClaw's plugin-aware channel ids), reported by the schema rule in the gateway's words.
  virtual void schema_refinements(const Document& doc, Context& ctx) const = 0;
  // What it does with what the shared rules find (lint/behaviour.h).
  virtual const Behaviour& behaviour() const = 0;
  // The one resolution of each model to the request the gateway sends (lint/resolution.h, in
  // lint/<id>/resolve.cpp): what `azlint verify` probes and the URL rules reason about.
  virtual std::vector<ResolvedRequest> resolve(const Document& doc, const Env& env) const = 0;

  // The release named `version`, or nullptr.
  const Release* release(std::string_view version) const;
  const Form* form(std::string_view id) const;
};


// The generic name of the place at a JSON Pointer: "the top level", "`key`", "item 2 of `list`".
std::string generic_place(const std::string& pointer);


// The embedded JSON Schema a document is checked against ("" when none).
std::string_view schema_path(const Document& doc);
std::string_view schema_path(const Gateway* gateway, const Form* form, const Release* release);

}  // namespace azlint
