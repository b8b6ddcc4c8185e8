// URL helpers shared by url-format and insecure-endpoint: the value a Url field will have
// (placeholders and set env references substituted) and its parts.
#pragma once
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "lint/env.h"
#include "lint/fields.h"
#include "lint/url.h"
#include "rules/shared/field_util.h"

namespace azlint::url_util {

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct UrlValue {
  std::string text;  // with placeholders and set references substituted
  std::string var;   // the variable when the whole value is one reference (do not print text then)
  bool env_parts = false;  // part of the text came from the environment (do not print text then)
};

// nullopt when the value cannot be known (an unset or malformed reference) or is not a URL at all
// (empty, LibreChat's `user_provided`).
inline std::optional<UrlValue> url_value(const Field& f, const Env& env) {
  const std::string& raw = f.node->text;
  if (raw.empty() || raw == "user_provided") return std::nullopt;
  if (f.env_syntax == EnvSyntax::OsEnviron) {  // LiteLLM: the whole value or nothing
    std::vector<EnvRef> refs = find_env_refs(raw, EnvSyntax::OsEnviron);
    if (refs.empty()) {
      // `os.environ/` alone and `${VAR}` (not expanded by LiteLLM) are env-var-syntax's findings.
      if (lower(raw).find("os.environ") != std::string::npos || raw.find("${") != std::string::npos || raw[0] == '$')
        return std::nullopt;
      return UrlValue{raw, "", false};
    }
    if (!env.is_set(refs[0].name)) return std::nullopt;
    return UrlValue{env.find(refs[0].name)->value, refs[0].name, true};
  }
  if (raw.find("${") == std::string::npos) return UrlValue{raw, "", false};
  std::optional<std::string> whole = whole_env_ref(raw);
  // OpenClaw substitutes only upper-case names: `${lower}` is no reference (env-var-syntax).
  if (whole && f.env_syntax == EnvSyntax::DollarBraceUpper && find_env_refs(raw, f.env_syntax).size() != 1)
    whole.reset();
  if (whole && field_util::plain_env_name(*whole) && !(f.has_placeholders && (*whole == "INSTANCE_NAME" || *whole == "DEPLOYMENT_NAME"))) {
    if (!env.is_set(*whole)) return std::nullopt;
    return UrlValue{env.find(*whole)->value, *whole, true};
  }
  UrlValue v;
  size_t last = 0;
  for (const EnvRef& r : find_env_refs(raw, f.env_syntax)) {
    v.text.append(raw, last, r.begin - last);
    if (f.has_placeholders && r.name == "INSTANCE_NAME") {
      v.text += "instance";
    } else if (f.has_placeholders && r.name == "DEPLOYMENT_NAME") {
      v.text += "deployment";
    } else if (field_util::plain_env_name(r.name) && env.is_set(r.name)) {
      v.text += env.find(r.name)->value;
      v.env_parts = true;
    } else {
      return std::nullopt;
    }
    last = r.end;
  }
  v.text.append(raw, last, std::string::npos);
  if (v.text.find("${") != std::string::npos) return std::nullopt;  // a malformed reference: env-var-syntax
  return v;
}

// The one splitter (lint/url.h).
using azlint::UrlParts;
using azlint::split_url;

}  // namespace azlint::url_util
