#include "lint/known_secrets.h"

#include <re2/re2.h>

#include "lint/ascii.h"
#include "lint/fields.h"
#include "lint/gateway.h"

namespace azlint {

namespace {

// Settings named like secrets: the names redact_source_line masks the values of in snippets.
bool secret_setting(std::string_view key) {
  // Most keys hold none of the words a match holds: the pattern is not tried on them.
  if (!may_hold_word(key, {"api", "secret", "passw", "token", "subscription", "authorization", "master", "credential"}))
    return false;
  bool ascii = true;
  for (char c : key) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    // The pattern below spelt out: on ASCII, its case folding is ASCII's (no RE2 to compile in a
    // cold run).
    if (!ascii_contains_any_folded(key, {"apikey", "api-key", "api_key", "secret", "password", "passwd", "token",
                                         "subscriptionkey", "subscription-key", "subscription_key", "authorization",
                                         "masterkey", "master-key", "master_key", "credential"}))
      return false;
  } else {
    static const RE2 kName(
        R"((?i)api[-_]?keys?|secret|password|passwd|token|subscription[-_]?key|authorization|master[-_]?key|credential)");
    if (!RE2::PartialMatch(re2::StringPiece(key.data(), key.size()), kName)) return false;
  }
  // Limits and kinds, not values: max_tokens, token_type, secret_manager, …
  const std::string low = ascii_lower(key);
  for (std::string_view not_secret : {"max", "limit", "count", "type", "manager", "provider", "url", "mode", "path"})
    if (low.find(not_secret) != std::string::npos) return false;
  return true;
}

class Collector {
 public:
  Collector(const Env& env, std::vector<std::string>& out) : env_(env), out_(out) {}

  // A credential value as written: the variables it references (in the gateway's syntax), and
  // its literal text around any `${…}`. A value that is a reference (`$VAR`, `os.environ/VAR`,
  // an unclosed `${VAR`) or `user_provided` holds no secret.
  void value(std::string_view text, EnvSyntax syntax, bool names_variable = false) {
    if (names_variable) {
      variable(text);
      return;
    }
    for (const EnvRef& r : find_env_refs(text, syntax)) variable(r.name);
    size_t last = 0;
    for (const EnvRef& r : find_env_refs(text)) {
      literal(text.substr(last, r.begin - last));
      last = r.end;
    }
    literal(text.substr(last));
  }

  void variable(std::string_view name) {
    if (const EnvEntry* e = env_.find(name)) literal(e->value);
    // A declaration's value (`.env.example`, compose): treated like a set one; none, no secret.
    if (const EnvEntry* d = env_.declaration(name)) literal(d->value);
  }

  void literal(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    for (std::string_view scheme : {"bearer ", "basic "})
      if (v.size() > scheme.size() && ascii_lower(v.substr(0, scheme.size())) == scheme) v.remove_prefix(scheme.size());
    if (v.empty() || v[0] == '$' || v == "user_provided" || ascii_lower(v.substr(0, 11)) == "os.environ/") return;
    out_.emplace_back(v);
  }

 private:
  const Env& env_;
  std::vector<std::string>& out_;
};

std::string last_token(const Node& n) { return pointer_last_token(n.pointer()); }

bool scalar_text(const Node& n) { return (n.is_string() || n.kind == Node::Kind::Number) && !n.text.empty(); }

// Every setting named like a secret, anywhere in the tree (its value, or the strings of its list).
void walk(const Node& root, EnvSyntax syntax, SecretSources& out) {
  std::vector<const Node*> stack{&root};
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    for (const Member& m : n->members()) {
      if (secret_setting(m.key.text)) {
        if (scalar_text(m.value)) out.values.push_back({m.value.text, syntax});
        for (const Node& item : m.value.items())
          if (scalar_text(item)) out.values.push_back({item.text, syntax});
      }
      stack.push_back(&m.value);
    }
    for (const Node& item : n->items()) stack.push_back(&item);
  }
}

bool secret_variable(std::string_view name) { return ascii_contains_any_folded(name, {"key", "secret", "token", "password"}); }

void resolve(const SecretSources& sources, Collector& c) {
  for (const SecretSources::Value& v : sources.values) c.value(v.text, v.syntax, v.names_variable);
}

}  // namespace

bool credential_name(std::string_view name) { return ascii_contains_any_folded(name, {"key", "auth", "token", "secret"}); }

SecretSources secret_sources(const Document& doc, const std::vector<Field>* fields) {
  SecretSources out;
  if (doc.parsed && doc.gateway) {
    std::vector<Field> own;
    if (!fields) fields = &(own = doc.gateway->fields(doc));
    for (const Field& f : *fields) {
      bool credential = f.role == FieldRole::ApiKey || (f.role == FieldRole::Header && credential_name(last_token(*f.node)));
      if (credential) out.values.push_back({f.node->text, f.env_syntax, f.env_secret_ref});
    }
    walk(doc.root, doc.gateway->env_syntax(), out);
  } else if (doc.parsed) {
    walk(doc.root, EnvSyntax::DollarBrace, out);
  }
  return out;
}

std::vector<std::string> secrets_of(const SecretSources& sources, const Env& env) {
  std::vector<std::string> out;
  Collector c(env, out);
  resolve(sources, c);
  return out;
}

std::vector<std::string> known_secrets(const Document& doc, const Env& env, const std::vector<Field>* fields) {
  std::vector<std::string> out;
  Collector c(env, out);
  resolve(secret_sources(doc, fields), c);
  for (const std::string& name : env.names())
    if (secret_variable(name)) c.variable(name);
  for (const EnvEntry& e : env.file_entries())  // also the ones the process environment overrides
    if (secret_variable(e.name)) c.literal(e.value);
  for (const EnvEntry& e : env.declarations())
    if (secret_variable(e.name)) c.literal(e.value);
  return out;
}

}  // namespace azlint
