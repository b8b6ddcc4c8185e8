#include "lint/litellm/effects.h"

#include <vector>

namespace azlint::litellm {
namespace {

// "/model_list/3/litellm_params/api_key" -> {"model_list", "3", "litellm_params", "api_key"}
std::vector<std::string> tokens(std::string_view pointer) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < pointer.size()) {
    size_t next = pointer.find('/', i + 1);
    std::string t(pointer.substr(i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1));
    out.push_back(pointer_unescape(t));
    if (next == std::string_view::npos) break;
    i = next;
  }
  return out;
}

bool in_params(const std::vector<std::string>& t) {
  return t.size() == 4 && t[0] == "model_list" && t[2] == "litellm_params";
}

// The first of `vars` that is set, or "".
std::string first_set(const Env& env, std::initializer_list<std::string_view> vars) {
  for (std::string_view v : vars)
    if (env.is_set(v)) return std::string(v);
  return {};
}

// "neither A nor B is set" / "A is not set either".
std::string none_set(std::initializer_list<std::string_view> vars) {
  if (vars.size() == 1) return std::string(*vars.begin()) + " is not set either";
  std::string out = "neither ";
  size_t i = 0;
  for (std::string_view v : vars) {
    if (i) out += i + 1 == vars.size() ? " nor " : ", ";
    out += v;
    ++i;
  }
  return out + " is set";
}

constexpr std::string_view kNone = "; the LiteLLM proxy resolves it to None without any message";

// An unset parameter with environment fallbacks: which one LiteLLM will use, or what fails.
UnsetEffect with_fallback(const Env& env, std::initializer_list<std::string_view> vars, const std::string& otherwise) {
  std::string used = first_set(env, vars);
  if (!used.empty()) return {std::string(kNone) + " and uses " + used + " from the environment instead", true};
  return {std::string(kNone) + "; " + none_set(vars) + ", so " + otherwise, false};
}

std::string python_type(const Node& n) {
  switch (n.implicit) {
    case Node::Implicit::Timestamp: return "datetime.date";
    case Node::Implicit::Int: return "int";
    case Node::Implicit::Float: return "float";
    case Node::Implicit::Bool: return "bool";
    case Node::Implicit::Null: return "NoneType";
    case Node::Implicit::None: break;
  }
  return "str";
}

// Python's str() of what PyYAML made of a plain scalar (for `environment_variables`).
std::string python_str(const Node& n) {
  switch (n.implicit) {
    case Node::Implicit::Bool: return n.boolean ? "True" : "False";
    case Node::Implicit::Null: return "None";
    case Node::Implicit::Int: return std::to_string(static_cast<long long>(n.number()));
    default: return n.text;
  }
}

}  // namespace

std::string_view sibling_model(const Document& doc, const Node& node) {
  std::vector<std::string> t = tokens(node.pointer());
  if (t.size() < 3 || t[0] != "model_list" || t[2] != "litellm_params") return {};
  const Node* m = find_pointer(doc.root, "/model_list/" + t[1] + "/litellm_params/model");
  return m && m->is_string() ? std::string_view(m->text) : std::string_view();
}

std::string provider_of(const Document& doc, const Node& node) {
  std::string_view m = sibling_model(doc, node);
  size_t slash = m.find('/');
  return slash == std::string_view::npos ? std::string() : std::string(m.substr(0, slash));
}

UnsetEffect unset_reference_effect(const Document& doc, const Node& node, std::string_view /*var*/, const Env& env) {
  std::vector<std::string> t = tokens(node.pointer());
  if (t.size() == 2 && t[0] == "general_settings" && t[1] == "master_key")
    return {"; the LiteLLM proxy resolves it to None and starts without a master key, so it accepts requests "
            "without any key",
            false};
  if (t.size() == 2 && t[0] == "environment_variables")
    return {"; the LiteLLM proxy resolves it to None, and then recent releases set " + t[1] +
                " to the text \"None\" (older ones leave it unset)",
            false};
  if (!in_params(t)) return {std::string(kNone) + (t.empty() ? "" : ", so `" + t.back() + "` is None"), false};
  const std::string& key = t[3];
  const std::string provider = provider_of(doc, node);
  const bool azure = provider == "azure" || provider == "azure_text";
  if (key == "model")
    return {"; the LiteLLM proxy resolves it to None and stops at start (TypeError: argument of type 'NoneType' is "
            "not iterable)",
            false};
  if (key == "api_key") {
    if (azure) return with_fallback(env, {"AZURE_OPENAI_API_KEY", "AZURE_API_KEY"}, "requests through this deployment go out without a key and fail (401)");
    if (provider == "openai") return with_fallback(env, {"OPENAI_API_KEY"}, "requests through this deployment go out without a key and fail (401)");
    if (provider == "azure_ai") return with_fallback(env, {"AZURE_AI_API_KEY"}, "requests through this deployment go out without a key and fail (401)");
    return {std::string(kNone) + ", so requests through this deployment go out without this key", false};
  }
  if (key == "api_base") {
    if (azure)
      return with_fallback(env, {"AZURE_API_BASE", "AZURE_OPENAI_ENDPOINT"},
                           "the Azure client has no endpoint and every request through this deployment fails");
    if (provider == "openai")
      return with_fallback(env, {"OPENAI_BASE_URL", "OPENAI_API_BASE"},
                           "requests go to OpenAI's own https://api.openai.com/v1 instead");
    return {std::string(kNone) + ", so requests through this deployment go to the provider's default endpoint", false};
  }
  if (key == "api_version" && azure) {
    std::string used = first_set(env, {"AZURE_API_VERSION"});
    if (!used.empty()) return {std::string(kNone) + " and uses AZURE_API_VERSION from the environment instead", true};
    return {std::string(kNone) + " and uses its built-in default api-version (\"2025-02-01-preview\" in current "
                                 "releases), which changes when LiteLLM is upgraded",
            true};
  }
  if (azure && key == "azure_ad_token")
    return with_fallback(env, {"AZURE_AD_TOKEN"}, "the deployment has no Entra ID token");
  if (azure && (key == "tenant_id" || key == "client_id" || key == "client_secret")) {
    std::string env_name = key == "tenant_id" ? "AZURE_TENANT_ID" : key == "client_id" ? "AZURE_CLIENT_ID" : "AZURE_CLIENT_SECRET";
    if (env.is_set(env_name))
      return {std::string(kNone) + " and (in recent releases) uses " + env_name + " from the environment instead", true};
    return {std::string(kNone) + ", so it cannot build the service-principal credential (\"tenant_id, client_id, "
                                 "and client_secret must be provided\") and requests through this deployment fail",
            false};
  }
  if (azure && key == "azure_scope")
    return {std::string(kNone) + " and uses the default scope https://cognitiveservices.azure.com/.default", true};
  return {std::string(kNone) + ", so `" + key + "` is unset for this deployment", false};
}

std::string implicit_type_effect(const Document& /*doc*/, const Node& node, std::string_view what) {
  std::vector<std::string> t = tokens(node.pointer());
  const std::string type = python_type(node);
  if (t.size() == 2 && t[0] == "environment_variables")
    return "; the proxy sets " + t[1] + " to \"" + python_str(node) + "\" (Python's str() of " + std::string(what) + ")";
  if (t.size() == 2 && t[0] == "general_settings")
    return "; the proxy stops at start ('" + type + "' object has no attribute 'startswith')";
  if (in_params(t) && t[3] == "model")
    return "; the proxy stops at start (TypeError: argument of type '" + type + "' is not iterable)";
  // Fields LiteLLM's Deployment model types as str: pydantic rejects the entry.
  static constexpr std::string_view kTyped[] = {"model_name", "api_key", "api_base", "api_version", "azure_ad_token",
                                                "organization", "region_name", "custom_llm_provider", "base_model"};
  const std::string key = t.empty() ? std::string() : t.back();
  bool typed = false;
  for (std::string_view k : kTyped) typed |= key == k;
  if (key == "base_model") typed = t.size() == 4 && t[2] == "model_info";  // a declared field only there
  if (typed)
    return "; LiteLLM's deployment check rejects it (\"Input should be a valid string\"): the proxy leaves this "
           "deployment out (older releases refuse to start)";
  return "; LiteLLM passes the " + type + " on where text is expected, and requests through this deployment fail";
}

MissingKey missing_field(const Document& doc, const Node& object, std::string_view pointer, std::string_view property) {
  (void)doc;
  std::vector<std::string> t = tokens(pointer);
  MissingKey m;
  m.at = &object;
  m.at_key = true;
  m.help = "add `" + std::string(property) + "`";
  const std::string prop(property);
  if (t.size() == 2 && t[0] == "model_list") {  // a deployment
    const Node* name = object.get("model_name");
    std::string who = name && name->is_string() && !name->text.empty() ? "model \"" + name->text + "\""
                                                                         : "model_list entry " + std::to_string(std::stoul(t[1]) + 1);
    if (name && !name->span.empty()) {
      m.at = name;
      m.at_key = false;
    }
    m.message = who + " has no `" + prop + "`";
    if (property == "litellm_params") {
      m.message += ": the LiteLLM proxy stops at start (KeyError: 'litellm_params')";
      m.help = "add `litellm_params:` with at least `model: azure/<deployment>`";
    } else if (property == "model_name") {
      m.message += ": clients have no name to ask for it, and the proxy's deployment check rejects the entry "
                   "(recent releases leave it out, older ones refuse to start)";
      m.help = "add `model_name:` with the name clients send (several entries may share one)";
    }
    return m;
  }
  if (t.size() == 3 && t[0] == "model_list" && t[2] == "litellm_params") {
    const Node* name = find_pointer(doc.root, "/model_list/" + t[1] + "/model_name");
    std::string who = name && name->is_string() && !name->text.empty() ? " of model \"" + name->text + "\"" : "";
    m.message = "`litellm_params`" + who + " has no `" + prop + "`";
    if (property == "model") {
      m.message += ": the LiteLLM proxy stops at start (KeyError: 'model')";
      m.help = "add `model:` with the provider prefix and the deployment, e.g. `model: azure/my-gpt-4o`";
    }
    return m;
  }
  m.message = "`" + (t.empty() ? std::string("the top level") : t.back()) + "` has no `" + prop + "`";
  return m;
}

}  // namespace azlint::litellm
