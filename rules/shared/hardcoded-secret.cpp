// hardcoded-secret: an API key literal written in the config instead of an environment reference
#include <cctype>
#include <cmath>
#include <string>

#include "lint/gateway.h"
#include "lint/known_secrets.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

bool is_hex(std::string_view s) {
  for (char c : s)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

bool is_base64url(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '=') return false;
  return true;
}

// Bits of entropy per character.
double entropy(std::string_view s) {
  int counts[256] = {};
  for (unsigned char c : s) ++counts[c];
  double h = 0;
  for (int c : counts) {
    if (!c) continue;
    double p = static_cast<double>(c) / s.size();
    h -= p * std::log2(p);
  }
  return h;
}

// What kind of literal key a value is ("a 32-character hex Azure key"), or "" when it is none.
std::string classify(std::string_view v, bool any_token) {
  if (v.size() == 32 && is_hex(v) && entropy(v) >= 3.0) return "a 32-character hex Azure key";
  if (v.rfind("sk-", 0) == 0 && v.size() >= 20 && v.find(' ') == std::string_view::npos &&
      entropy(v.substr(3)) >= 3.0)
    return "an OpenAI-style `sk-` key";
  if (v.rfind("eyJ", 0) == 0) {
    size_t d1 = v.find('.'), d2 = d1 == std::string_view::npos ? d1 : v.find('.', d1 + 1);
    if (d2 != std::string_view::npos && v.find('.', d2 + 1) == std::string_view::npos &&
        is_base64url(v.substr(0, d1)) && is_base64url(v.substr(d1 + 1, d2 - d1 - 1)) && is_base64url(v.substr(d2 + 1)))
      return "a JWT";
  }
  if (!any_token || v.size() < 20) return "";
  bool letter = false, digit = false;
  for (char c : v) {
    if (std::isalpha(static_cast<unsigned char>(c))) letter = true;
    else if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c != '-' && c != '_' && c != '+' && c != '/' && c != '=' && c != '.' && c != '~') return "";
  }
  if (letter && digit && entropy(v) >= 3.5) return "a " + std::to_string(v.size()) + "-character random-looking key";
  return "";
}

// A LiteLLM value that names a secret rather than holding one: `os.environ/VAR` (any case: a
// misspelt prefix is env-var-syntax's finding) or an OIDC token source `oidc/<provider>/<audience>`.
bool litellm_reference(std::string_view v) {
  std::string low(v.substr(0, 11));
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return low.rfind("os.environ", 0) == 0 || v.rfind("oidc/", 0) == 0 || v.find("${") != std::string_view::npos;
}

class HardcodedSecret final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"hardcoded-secret", "an API key literal written in the config instead of an environment reference", Severity::Warning, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    // An env file is where keys belong (it is the environment, not a config).
    if (ctx.doc().form->environment) return;
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::ApiKey && f.role != FieldRole::Header) continue;
      if (f.env_secret_ref) continue;  // an OpenClaw SecretRef names a variable, it holds no key
      if (f.env_syntax == EnvSyntax::OsEnviron && litellm_reference(f.node->text)) continue;
      std::string_view v = f.node->text;
      if (v.find("${") != std::string_view::npos || v == "user_provided") continue;
      while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
      while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
      bool any_token = f.role == FieldRole::ApiKey;
      if (f.role == FieldRole::Header) {
        any_token = credential_name(field_util::last_token(*f.node));
        for (std::string_view scheme : {"Bearer ", "bearer ", "Basic ", "basic "})
          if (v.rfind(scheme, 0) == 0) {
            v.remove_prefix(scheme.size());
            any_token = true;
          }
      }
      std::string kind = classify(v, any_token);
      if (kind.empty()) continue;
      const std::string label = field_util::label(f);
      Report r = ctx.report(*f.node, label + " holds " + kind + " written in the config; anyone who can read the file (or a "
                                  "pasted copy of it) can use it");
      r.help(ctx.doc().gateway->behaviour().hardcoded_secret_help(f));
    }
  }
};

}  // namespace

const Rule& rule_hardcoded_secret() {
  static const HardcodedSecret rule;
  return rule;
}

}  // namespace azlint
