#include "lint/litellm/model_list.h"
#include "lint/context.h"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "lint/did_you_mean.h"

namespace azlint::litellm {
namespace {

// litellm.provider_list (the LlmProviders enum of litellm/types/utils.py, recent and older
// releases together): the prefixes `get_llm_provider` accepts before the first `/`.
constexpr std::string_view kProviders[] = {
    "a2a", "a2a_agent", "ai21", "ai21_chat", "aiml", "aiohttp_openai", "aleph_alpha", "amazon_nova",
    "anthropic", "anthropic_text", "anyscale", "apertis", "assemblyai", "auto_router", "aws_polly", "azure",
    "azure_ai", "azure_text", "baseten", "bedrock", "bedrock_mantle", "black_forest_labs", "bytez",
    "cerebras", "charity_engine", "chatgpt", "chutes", "clarifai", "cloudflare", "codestral", "cohere",
    "cohere_chat", "cometapi", "compactifai", "cursor", "custom", "custom_openai", "darkbloom", "dashscope",
    "databricks", "datarobot", "deepgram", "deepinfra", "deepseek", "docker_model_runner", "dotprompt",
    "elevenlabs", "empower", "fal_ai", "featherless_ai", "fireworks_ai", "friendliai", "galadriel",
    "gdc", "gemini", "gigachat", "github", "github_copilot", "gradient_ai", "groq", "helicone", "heroku",
    "hosted_vllm", "huggingface", "humanloop", "hyperbolic", "inception", "infinity", "jina_ai",
    "lambda_ai", "langflow", "langfuse", "langgraph", "lemonade", "libertai", "litellm_agent",
    "litellm_proxy", "llamafile", "lm_studio", "manus", "maritalk", "meta", "meta_llama", "milvus",
    "minimax", "mistral", "modelscope", "moonshot", "morph", "nano-gpt", "nebius", "neosantara",
    "nlp_cloud", "novita", "nscale", "nvidia_nim", "nvidia_riva", "oci", "ollama", "ollama_chat",
    "oobabooga", "openai", "openai_like", "openrouter", "ovhcloud", "palm", "parasail", "perplexity",
    "petals", "pg_vector", "pinstripes", "poe", "predibase", "publicai", "ragflow", "recraft", "reducto",
    "replicate", "runwayml", "s3_vectors", "sagemaker", "sagemaker_chat", "sagemaker_nova", "sambanova",
    "sap", "scaleway", "snowflake", "soniox", "stability", "synthetic", "tencent", "tensormesh",
    "text-completion-codestral", "text-completion-inception", "text-completion-openai", "together_ai",
    "topaz", "triton", "v0", "vercel_ai_gateway", "vertex_ai", "vertex_ai_beta", "vllm", "volcengine",
    "voyage", "wandb", "watsonx", "watsonx_text", "xai", "xinference", "xiaomi_mimo", "zai",
};

const Node* mapping(const Node* n) { return n && n->is_mapping() ? n : nullptr; }

std::string_view strip_prefix(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) == prefix) s.remove_prefix(prefix.size());
  return s;
}

// Python's str() of a scalar, as `os.environ[name] = str(value)` stores it.
std::string python_str(const Node& n) {
  switch (n.kind) {
    case Node::Kind::Null: return "None";
    case Node::Kind::Bool: return n.boolean ? "True" : "False";
    case Node::Kind::Number: {
      if (n.implicit == Node::Implicit::Int && std::fabs(n.number()) < 9.0e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n.number()));
        return buf;
      }
      return n.text;
    }
    case Node::Kind::String: return n.text;
    case Node::Kind::Sequence:
    case Node::Kind::Mapping: return "<object>";
  }
  return n.text;
}

}  // namespace

std::string Deployment::label() const {
  if (model_name && model_name->is_string() && !model_name->text.empty()) return "model \"" + model_name->text + "\"";
  return "model_list entry " + std::to_string(index + 1);
}

const Node& Deployment::anchor() const {
  if (model) return *model;
  if (model_name && !model_name->span.empty()) return *model_name;
  return *entry;
}

const View& view_of(Context& ctx) {
  return ctx.view<View>([](const Document& doc) { return build_view(doc); });
}

Deployment deployment_at(const Node& e, size_t i) {
  Deployment d;
  d.index = i;
  d.entry = &e;
  d.model_name = e.get("model_name");
  d.params = mapping(e.get("litellm_params"));
  d.model_info = mapping(e.get("model_info"));
  if (const Node* m = d.param("model"); m && m->is_string()) {
    d.model = m;
    const Text& t = m->text;
    size_t slash = t.find('/');
    if (slash != std::string::npos) {
      d.provider = t.substr(0, slash);
      d.route = t.substr(slash + 1);
    } else {
      d.route = t;
    }
    d.deployment = d.route;
    if (d.is_azure()) d.deployment = strip_prefix(strip_prefix(d.route, "o_series/"), "gpt5_series/");
  }
  for (const Node* holder : {d.params, d.model_info}) {
    if (!holder || !d.base_model.empty()) continue;
    if (const Node* b = holder->get("base_model"); b && b->is_string()) d.base_model = b->text;
  }
  return d;
}

View build_view(const Document& doc, bool with_deployments) {
  View v;
  const Node& root = doc.root;
  if (!root.is_mapping()) return v;
  v.litellm_settings = mapping(root.get("litellm_settings"));
  v.general_settings = mapping(root.get("general_settings"));
  v.router_settings = mapping(root.get("router_settings"));
  v.environment_variables = mapping(root.get("environment_variables"));
  const Node* list = root.get("model_list");
  if (!list || !list->is_sequence()) return v;
  v.model_list = list;
  if (!with_deployments) return v;
  v.deployments.reserve(list->items().size());  // exact: a large config's list is its bulk
  for (size_t i = 0; i < list->items().size(); ++i)
    if (list->items()[i].is_mapping()) v.deployments.push_back(deployment_at(list->items()[i], i));
  return v;
}

std::optional<std::string_view> env_ref(const Node* n) {
  if (!n || !n->is_string()) return std::nullopt;
  std::string_view t = n->text;
  if (t.compare(0, kEnvPrefix.size(), kEnvPrefix) != 0) return std::nullopt;
  return t.substr(kEnvPrefix.size());
}

std::optional<Resolved> resolve(const Node* n, const Env& env) {
  if (!n || !n->is_string()) return std::nullopt;
  std::optional<std::string_view> var = env_ref(n);
  if (!var) return Resolved{n->text, ""};
  const EnvEntry* e = env.find(*var);
  if (!e || e->value.empty()) return std::nullopt;
  return Resolved{e->value, std::string(*var)};
}

bool routes_as_o_series(std::string_view s) {
  return s.find("o1") != std::string_view::npos || s.find("o3") != std::string_view::npos ||
         s.find("o4") != std::string_view::npos || s.find("o_series/") != std::string_view::npos;
}

bool routes_as_gpt5(std::string_view s) {
  return s.find("gpt-5") != std::string_view::npos || s.find("gpt5_series") != std::string_view::npos;
}

bool is_known_provider(std::string_view p) {
  return std::find(std::begin(kProviders), std::end(kProviders), p) != std::end(kProviders);
}

std::string_view closest_provider(std::string_view p) {
  static const std::vector<std::string_view> kAll(std::begin(kProviders), std::end(kProviders));
  return did_you_mean(p, kAll);
}

void add_config_env(const Document& doc, Env& env) {
  if (!doc.root.is_mapping()) return;
  const Node* vars = mapping(doc.root.get("environment_variables"));
  if (!vars) return;
  for (const Member& m : vars->members()) {
    if (m.key.text.empty()) continue;
    uint32_t line = doc.source->position(m.key.span.begin).line;
    if (std::optional<std::string_view> other = env_ref(&m.value)) {
      // Copied only when the other variable is set; otherwise the name keeps its old value.
      const EnvEntry* e = env.find(*other);
      if (e) env.add({m.key.text, e->value, doc.source->path(), line});
      continue;
    }
    env.add({m.key.text, python_str(m.value), doc.source->path(), line});
  }
}

}  // namespace azlint::litellm
