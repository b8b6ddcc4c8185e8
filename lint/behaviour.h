// What a gateway does with what the shared rules (rules/shared/) find: the clause each of their
// messages ends with ("; LibreChat refuses to start …", "(OpenClaw keeps running on its last good
// config …)"). A gateway implements every member (lint/<id>/behaviour.cpp), so a new gateway
// cannot inherit another one's wording: a forgotten member does not compile.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/azure/non_chat_models.h"
#include "lint/document.h"
#include "lint/env.h"
#include "lint/fields.h"

namespace azlint {

// What the gateway does with an unknown key in an object (its schema's `x-azlint-unknown-keys`):
// the start fails, the key is dropped silently, or it is kept.
enum class KeyPolicy : uint8_t { Refused, Dropped, Kept };

// env-var-missing: the clause for an unset reference, and whether the gateway falls back to
// something that may still work (the finding is then a warning).
struct UnsetEffect {
  std::string text;  // starts with "; "
  bool falls_back = false;
};

// url-format: what an HTTP client does with a URL that is not absolute, for a gateway whose
// requests simply fail.
inline constexpr std::string_view kBadUrlFails = "; requests to it fail (\"Invalid URL\" or a connection error)";

// url-format: the clause for a URL that is not absolute, and whether some releases repair it
// (the finding is then a warning).
struct UrlEffect {
  std::string text;  // starts with "; "
  bool lenient = false;
};

// schema: a required key is missing. `at` is where to report (its key when `at_key`); nullptr
// reports at the top level.
struct MissingKey {
  const Node* at = nullptr;
  bool at_key = false;
  std::string message;
  std::string help;
};

// env-var-syntax: a malformed reference, as [begin, end) of the value's text.
struct RefProblem {
  uint32_t begin = 0, end = 0;
  std::string message;
  std::string help;
};

// responses-only-model: where the gateway sends the request instead, and how to route it right.
struct ResponsesRoute {
  std::string clause;  // follows "… is served only by the Responses API, but "
  std::string help;
};

// non-chat-model: what the gateway does with an image, audio or embedding model where it sends
// text requests, and its own place for such a model.
struct NonChatRoute {
  std::string clause;  // follows "model \"dall-e-3\" is an image-generation model, but "
  std::string help;
};

class Behaviour {
 public:
  virtual ~Behaviour() = default;

  // syntax: the file does not parse for the gateway's own parser, or holds nothing (`empty`);
  // "; …".
  virtual std::string syntax_error(const Document& doc, bool empty) const = 0;
  // duplicate-key: a key written twice in one mapping; " (…)".
  virtual std::string duplicate_key(const Document& doc) const = 0;
  // yaml-implicit-type: the YAML library it reads its config with ("js-yaml", "PyYAML").
  virtual std::string_view yaml_parser() const = 0;
  // yaml-implicit-type: a plain scalar in a string setting typed as `as` ("a date", "null");
  // `received` is the type's short name ("date"). nullopt: no finding (the gateway reads it as
  // "not set"); else the clause, "; …" or "".
  virtual std::optional<std::string> implicit_type(const Document& doc, const Node& node, std::string_view as,
                                                   std::string_view received) const = 0;

  // schema: what it does with a config its schema refuses, " (…)" ("LibreChat refuses to start");
  // "" when azlint cannot say (a hand-written schema).
  virtual std::string refused_config() const = 0;
  // schema: what it does with the unknown key `key` of the object at `pointer`, " (…)".
  virtual std::string unknown_key(const Document& doc, const std::string& pointer, const std::string& key,
                                  KeyPolicy policy) const = 0;
  // schema: a key its schema no longer has but its config reader moves before it validates, so it
  // is neither refused nor dropped: its current place ("agents.entries"); "" for any other key.
  virtual std::string_view migrated_key(std::string_view object_pointer, std::string_view key) const = 0;
  // schema: a required key is missing from `object`; nullopt for the generic wording.
  virtual std::optional<MissingKey> missing_key(const Document& doc, const Node& object, const std::string& pointer,
                                                const std::string& key) const = 0;

  // env-var-syntax: the malformed references of a field written in a reference syntax of the
  // gateway's own (LiteLLM's `os.environ/NAME`); nullopt for `${NAME}`, which the rule checks
  // itself with the gateway's name.
  virtual std::optional<std::vector<RefProblem>> own_syntax_problems(const Field& field) const = 0;
  // env-var-missing: an unset (or empty) reference in a field. `fails_start`: the field is one the
  // gateway resolves as a whole and checks at start.
  virtual UnsetEffect unset_reference(const Document& doc, const Field& field, const EnvRef& ref, const Env& env,
                                      bool fails_start) const = 0;
  // env-var-missing: a variable that is set, but only where the gateway reads it too late; the
  // clause that replaces "not set" ("set only by `environment_variables` …"), "" when it is not.
  virtual std::string set_too_late(const Document& doc, const Env& env, std::string_view name) const = 0;
  // env-var-missing: where to set the variable.
  virtual std::string unset_reference_help(std::string_view name, bool too_late) const = 0;

  // hardcoded-secret: where the key belongs instead.
  virtual std::string hardcoded_secret_help(const Field& field) const = 0;
  // url-format: what happens to requests to a URL that is not absolute (`problem`: "it has no scheme").
  virtual UrlEffect bad_url(const Document& doc, const Node& node, std::string_view problem) const = 0;
  // responses-only-model: a Responses-only model on a field with `chat_route`.
  virtual ResponsesRoute responses_only(const Field& field) const = 0;
  // non-chat-model: a model of `kind` (lint/azure/non_chat_models.h) on a field with a
  // `model_use`; `model` is the name that matched (the key, or the deployment behind it).
  virtual NonChatRoute non_chat_model(const Field& field, azure::NonChatKind kind, std::string_view model) const = 0;
};

}  // namespace azlint
