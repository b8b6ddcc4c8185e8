// Small helpers the shared rules use on fields (lint/fields.h): a readable field name and the
// value a field will have once the gateway resolves a whole-value env reference.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "lint/env.h"
#include "lint/fields.h"

namespace azlint::field_util {

// The last JSON Pointer token of a node, unescaped ("apiKey", "X-Api-Key").
inline std::string last_token(const Node& n) { return pointer_last_token(n.pointer()); }

// How a message names the field: `apiKey`, `header "X-Api-Key"`, `model "gpt-4o"`.
inline std::string label(const Field& f) {
  if (!f.label().empty()) return f.label_of().empty() ? f.label().str() : f.label() + " of " + f.label_of();
  if (f.role == FieldRole::Header) return "header \"" + last_token(*f.node) + "\"";
  if (f.role == FieldRole::ModelName) return "model \"" + f.node->text + "\"";
  return last_token(*f.node);
}

// A reference name LibreChat could look up (no spaces, braces or `$`).
inline bool plain_env_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (c == ' ' || c == '\t' || c == '\n' || c == '$' || c == '{' || c == '}') return false;
  return true;
}

// The value to check: the text itself, or, when the whole value is one set `${VAR}`, the
// variable's value (`var` names it: messages must then not print the value).
struct Value {
  std::string text;
  std::string var;  // non-empty when the text came from the environment
  EnvSyntax syntax = EnvSyntax::DollarBrace;  // how the reference was written
};

// How a message names a reference: `${VAR}`, or LiteLLM's `os.environ/VAR`.
inline std::string env_ref_text(std::string_view var, EnvSyntax syntax) {
  if (syntax == EnvSyntax::OsEnviron) return "os.environ/" + std::string(var);
  return "${" + std::string(var) + "}";
}

// nullopt when the value cannot be known: it has references that are not one whole set variable.
inline std::optional<Value> resolved_value(const Field& f, const Env& env) {
  const std::string& text = f.node->text;
  if (f.env_syntax == EnvSyntax::OsEnviron) {  // LiteLLM: only a whole `os.environ/VAR` is resolved
    std::vector<EnvRef> refs = find_env_refs(text, EnvSyntax::OsEnviron);
    // `os.environ/` alone and `${VAR}` (which LiteLLM does not expand) are env-var-syntax's findings.
    if (refs.empty()) {
      std::string low = text;
      for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (low.find("os.environ") != std::string::npos || text.find("${") != std::string::npos ||
          (!text.empty() && text[0] == '$'))
        return std::nullopt;
      return Value{text, ""};
    }
    if (!env.is_set(refs[0].name)) return std::nullopt;
    return Value{env.find(refs[0].name)->value, refs[0].name, EnvSyntax::OsEnviron};
  }
  if (text.find("${") == std::string::npos) return Value{text, ""};
  std::optional<std::string> name = whole_env_ref(text);
  if (!name || !plain_env_name(*name) || !env.is_set(*name)) return std::nullopt;
  return Value{env.find(*name)->value, *name};
}

// How a message quotes a value after a noun ("api-version " + quoted(v) + " is …"): `"2024-10-21"`,
// or `(the value of ${VAR})` without printing it, so the sentence reads either way.
inline std::string quoted(const Value& v) {
  return v.var.empty() ? "\"" + v.text + "\"" : "(the value of " + env_ref_text(v.var, v.syntax) + ")";
}

// The cause a finding about a value is one of (Context::report_once): the same text written in
// several entries, or the same variable.
inline std::string cause(const Value& v) { return v.var.empty() ? "=" + v.text : "$" + v.var; }

}  // namespace azlint::field_util
