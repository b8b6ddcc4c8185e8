#include "lint/openclaw/view.h"
#include "lint/context.h"

#include "lint/azure/hosts.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <cctype>

namespace azlint::openclaw {
namespace {

std::string lower_trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const Node* string_member(const Node& n, std::string_view key) {
  const Node* v = n.get(key);
  return v && v->is_string() ? v : nullptr;
}

const Node* mapping_member(const Node& n, std::string_view key) {
  const Node* v = n.get(key);
  return v && v->is_mapping() ? v : nullptr;
}

// The bundled provider ids of OpenClaw 2026.9.6 (BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS).
constexpr std::string_view kBundled[] = {
    "amazon-bedrock", "amazon-bedrock-mantle", "anthropic", "anthropic-vertex", "arcee",
    "azure-openai-responses", "byteplus", "byteplus-plan", "cerebras", "chutes", "claude-cli",
    "clawrouter", "cloudflare-ai-gateway", "codex", "comfy", "copilot-proxy", "dashscope", "deepinfra",
    "deepseek", "fal", "fireworks", "github-copilot", "gmi", "gmi-cloud", "gmicloud", "google",
    "google-antigravity", "google-gemini-cli", "google-vertex", "groq", "huggingface", "kilocode", "kimi",
    "kimi-coding", "litellm", "lmstudio", "meta", "microsoft-foundry", "minimax", "minimax-portal",
    "mistral", "modelstudio", "moonshot", "moonshot-ai", "moonshotai", "novita", "novita-ai", "novitaai",
    "nvidia", "ollama", "ollama-cloud", "openai", "opencode", "opencode-go", "openrouter", "qianfan",
    "qwen", "qwen-token-plan", "qwencloud", "sglang", "stepfun", "stepfun-plan", "synthetic",
    "tencent-tokenhub", "tencent-tokenplan", "together", "venice", "vercel-ai-gateway", "vllm",
    "volcengine", "volcengine-plan", "vydra", "x-ai", "xai", "xiaomi", "xiaomi-token-plan", "z-ai",
    "z.ai", "zai",
};

Model read_model(const Node& n, size_t index) {
  Model m;
  m.node = &n;
  m.index = index;
  if (!n.is_mapping()) return m;
  m.id = string_member(n, "id");
  m.name = string_member(n, "name");
  m.api = string_member(n, "api");
  m.base_url = string_member(n, "baseUrl");
  m.compat = mapping_member(n, "compat");
  m.headers = mapping_member(n, "headers");
  return m;
}

}  // namespace

bool is_bundled_provider(std::string_view id) {
  const std::string key = lower_trim(id);
  return std::find(std::begin(kBundled), std::end(kBundled), std::string_view(key)) != std::end(kBundled);
}

bool is_openai_style(std::string_view api) {
  return api.empty() || api == "openai-completions" || api == "openai-responses";
}

bool is_azure_host(std::string_view host) { return azure::is_azure_openai_host(lower_trim(host)); }

bool is_azure_v1_path(std::string_view path) {
  size_t end = path.find_first_of("?#");
  std::string p = lower_trim(path.substr(0, end));
  while (!p.empty() && p.back() == '/') p.pop_back();
  return p == "/openai/v1" || p.rfind("/openai/v1/", 0) == 0;
}

std::string_view Provider::api_for(const Model& m) const {
  if (m.api) return m.api->text;
  if (api) return api->text;
  return {};
}

const Node* Provider::base_url_for(const Model& m) const { return m.base_url ? m.base_url : base_url; }

bool Provider::has_api_key() const {
  if (!api_key) return false;
  if (api_key->is_string()) return !api_key->text.empty();
  return api_key->is_mapping();
}

const Model* Provider::find_model(std::string_view model_id) const {
  for (const Model& m : models)
    if (m.id && m.id->text == model_id) return &m;
  return nullptr;
}

const Provider* View::find_provider(std::string_view id) const {
  std::string key = lower_trim(id);
  for (const Provider& p : providers)
    if (lower_trim(p.id) == key) return &p;
  return nullptr;
}

std::vector<ModelRef> View::model_refs() const {
  std::vector<const Node*> nodes;
  if (agent_model && agent_model->is_string()) nodes.push_back(agent_model);
  if (agent_model && agent_model->is_mapping()) {
    if (const Node* p = string_member(*agent_model, "primary")) nodes.push_back(p);
    const Node* f = agent_model->get("fallbacks");
    if (f && f->is_sequence())
      for (const Node& item : f->items())
        if (item.is_string()) nodes.push_back(&item);
  }
  std::vector<ModelRef> out;
  for (const Node* n : nodes) {
    std::string_view t = n->text;
    size_t b = 0, e = t.size();
    while (b < e && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(t[e - 1]))) --e;
    if (b == e) continue;
    ModelRef r;
    r.node = n;
    size_t slash = t.find('/', b);
    if (slash == std::string_view::npos || slash >= e) {
      r.model = std::string(t.substr(b, e - b));
      r.model_begin = static_cast<uint32_t>(b);
      r.model_end = static_cast<uint32_t>(e);
    } else {
      r.provider = lower_trim(t.substr(b, slash - b));
      r.provider_begin = static_cast<uint32_t>(b);
      r.provider_end = static_cast<uint32_t>(slash);
      r.model = std::string(t.substr(slash + 1, e - slash - 1));
      r.model_begin = static_cast<uint32_t>(slash + 1);
      r.model_end = static_cast<uint32_t>(e);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string View::alias_target(std::string_view alias) const {
  if (!agent_models) return {};
  std::string want = lower_trim(alias);
  for (const Member& m : agent_models->members()) {
    const Node* a = m.value.is_mapping() ? string_member(m.value, "alias") : nullptr;
    if (a && lower_trim(a->text) == want) return m.key.text;
  }
  return {};
}

const View& view_of(Context& ctx) { return ctx.view<View>(build_view); }

View build_view(const Document& doc) {
  View v;
  const Node& root = doc.root;
  if (!root.is_mapping()) return v;
  v.models = mapping_member(root, "models");
  if (v.models) {
    v.mode = v.models->get("mode");
    v.providers_node = mapping_member(*v.models, "providers");
  }
  if (v.providers_node) {
    const auto& members = v.providers_node->members();
    // JSON5 keeps the last of duplicate keys: a member is kept when no later one has its key.
    std::vector<bool> later(members.size(), false);
    std::unordered_set<std::string_view> seen;
    seen.reserve(members.size());
    for (size_t i = members.size(); i-- > 0;) later[i] = !seen.insert(members[i].key.text).second;
    for (size_t i = 0; i < members.size(); ++i) {
      const Member& m = members[i];
      if (later[i] || !m.value.is_mapping()) continue;
      Provider p;
      p.entry = &m;
      p.id = m.key.text;
      p.bundled = is_bundled_provider(p.id);
      p.base_url = string_member(m.value, "baseUrl");
      p.api_key = m.value.get("apiKey");
      if (p.api_key && p.api_key->is_null()) p.api_key = nullptr;
      p.api = string_member(m.value, "api");
      p.headers = mapping_member(m.value, "headers");
      p.models_node = m.value.get("models");
      if (p.models_node && p.models_node->is_sequence())
        for (size_t k = 0; k < p.models_node->items().size(); ++k)
          p.models.push_back(read_model(p.models_node->items()[k], k));
      v.providers.push_back(std::move(p));
    }
  }
  const Node* agents = mapping_member(root, "agents");
  const Node* defaults = agents ? mapping_member(*agents, "defaults") : nullptr;
  if (defaults) {
    v.agent_model = defaults->get("model");
    v.agent_models = mapping_member(*defaults, "models");
  }
  return v;
}

std::optional<std::string> resolve(std::string_view text, const Env& env) {
  std::string out;
  size_t last = 0;
  for (const EnvRef& r : find_env_refs(text, EnvSyntax::DollarBraceUpper)) {
    if (!env.is_set(r.name)) return std::nullopt;
    out.append(text.substr(last, r.begin - last));
    out += env.find(r.name)->value;
    last = r.end;
  }
  out.append(text.substr(last));
  // `$${VAR}` is OpenClaw's escape for a literal `${VAR}`; anything else left is not resolvable.
  std::string unescaped;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '$' && i + 2 < out.size() && out[i + 1] == '$' && out[i + 2] == '{') continue;
    unescaped += out[i];
  }
  return unescaped;
}

void add_config_env(const Document& doc, Env& env) {
  if (!doc.root.is_mapping()) return;
  const Node* e = mapping_member(doc.root, "env");
  if (!e) return;
  const std::string& file = doc.source ? doc.source->path() : std::string();
  auto add = [&](const Member& m) {
    if (!m.value.is_string()) return;
    Position p = doc.source ? doc.source->position(m.key.span.begin) : Position{};
    env.add({m.key.text, m.value.text, file, p.line});
  };
  if (const Node* vars = mapping_member(*e, "vars"))
    for (const Member& m : vars->members()) add(m);
  for (const Member& m : e->members())
    if (m.key.text != "vars" && m.key.text != "shellEnv") add(m);
}

}  // namespace azlint::openclaw
