#include "mixed_corpus.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "corpus.h"

namespace fs = std::filesystem;

namespace azlint::bench {

namespace {

std::string openclaw_model(size_t i, size_t k) {
  return fmt::format(
      "          {{\n"
      "            id: \"gpt-4o-{0}-{1}\",\n"
      "            name: \"GPT-4o {0}.{1} (Azure)\",\n"
      "            contextWindow: 128000,\n"
      "            maxTokens: 16384,\n"
      "            compat: {{ supportsStore: false }},\n"
      "          }},\n",
      i, k);
}

std::string openclaw_provider(size_t i, size_t models) {
  std::string s = fmt::format(
      "      \"azure-litellm-{0}\": {{\n"
      "        baseUrl: \"http://localhost:{1}/v1\",\n"
      "        apiKey: \"${{LITELLM_MASTER_KEY}}\",\n"
      "        api: \"openai-completions\",\n"
      "        models: [\n",
      i, 4000 + i % 1000);
  for (size_t k = 0; k < models; ++k) s += openclaw_model(i, k);
  return s + "        ],\n      },\n";
}

std::string openclaw_config(size_t i, size_t providers) {
  std::string s = "// OpenClaw through the LiteLLM proxy beside it.\n{\n  models: {\n    mode: \"merge\",\n    providers: {\n";
  for (size_t p = 0; p < providers; ++p) s += openclaw_provider(i + p, 2);
  s += fmt::format(
      "    }},\n  }},\n  agents: {{\n    defaults: {{\n"
      "      model: {{ primary: \"azure-litellm-{0}/gpt-4o-{0}-0\", fallbacks: [\"azure-litellm-{0}/gpt-4o-{0}-1\"] }},\n"
      "    }},\n  }},\n}}\n",
      i);
  return s;
}

std::string litellm_entry(size_t i, size_t k) {
  return fmt::format(
      "  - model_name: gpt-4o-{0}-{1}\n"
      "    litellm_params:\n"
      "      model: azure/gpt-4o\n"
      "      api_base: https://contoso-{0}.openai.azure.com\n"
      "      api_key: os.environ/AZURE_OPENAI_API_KEY\n"
      "      api_version: \"2024-10-21\"\n",
      i, k);
}

std::string litellm_config(size_t i, size_t entries) {
  std::string s = "# The LiteLLM proxy openclaw.json5 beside it uses.\nmodel_list:\n";
  for (size_t k = 0; k < entries; ++k) s += litellm_entry(i, k);
  return s + fmt::format("\nlitellm_settings:\n  drop_params: true\ngeneral_settings:\n  port: {}\n", 4000 + i % 1000);
}

std::string openwebui_connection(size_t i) {
  return fmt::format(
      "      \"{0}\": {{\"enable\": true, \"azure\": true, \"api_version\": \"2024-10-21\", \"auth_type\": \"bearer\", "
      "\"model_ids\": [\"gpt-4o-{0}\"], \"prefix_id\": \"\", \"tags\": [], \"connection_type\": \"external\"}}",
      i);
}

std::string openwebui_config(size_t connections) {
  std::string urls, keys, configs;
  for (size_t c = 0; c < connections; ++c) {
    urls += fmt::format("{}\"https://contoso-{}.openai.azure.com\"", c ? ", " : "", c);
    keys += c ? ", \"\"" : "\"\"";
    configs += (c ? ",\n" : "") + openwebui_connection(c);
  }
  return fmt::format(
      "{{\n  \"version\": 0,\n  \"ui\": {{\"default_locale\": \"en-US\", \"prompt_suggestions\": []}},\n"
      "  \"openai\": {{\n    \"enable\": true,\n    \"api_base_urls\": [{}],\n    \"api_keys\": [{}],\n"
      "    \"api_configs\": {{\n{}\n    }}\n  }}\n}}\n",
      urls, keys, configs);
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

}  // namespace

std::vector<std::string> write_mixed_corpus(const std::string& dir, size_t files) {
  std::vector<std::string> openwebui;
  fs::create_directories(dir);
  const std::string librechat = typical_config();
  for (size_t i = 0, written = 0; written < files; ++i) {
    fs::path d = fs::path(dir) / fmt::format("team-{:06}", i);
    fs::create_directories(d);
    // The OpenClaw config and its proxy first: a corpus of any size holds pairs.
    write(d / "openclaw.json5", openclaw_config(i, 1));
    if (++written == files) break;
    write(d / "litellm_config.yaml", litellm_config(i, 2));
    if (++written == files) break;
    write(d / "librechat.yaml", librechat);
    if (++written == files) break;
    write(d / "openwebui.json", openwebui_config(2));
    openwebui.push_back((d / "openwebui.json").string());
    ++written;
  }
  return openwebui;
}

std::string file_name_for(const std::string& gateway) {
  if (gateway == "openclaw") return "openclaw.json5";
  if (gateway == "litellm") return "litellm_config.yaml";
  if (gateway == "openwebui") return "openwebui.json";
  return "librechat.yaml";
}

std::string large_config(const std::string& gateway, size_t bytes) {
  if (gateway == "librechat") return config_of_size(bytes);
  // Grown by doubling a guess, then trimmed to the count that reaches `bytes`.
  auto make = [&](size_t n) {
    if (gateway == "openclaw") return openclaw_config(0, n);
    if (gateway == "litellm") return litellm_config(0, n);
    return openwebui_config(n);
  };
  // The most units that stay within `bytes`: a whole file, not one cut inside a string.
  size_t per = std::max<size_t>(1, make(2).size() - make(1).size());
  size_t n = bytes / per + 1;
  std::string s = make(n);
  while (s.size() > bytes && n > 1) s = make(n -= std::max<size_t>(1, (s.size() - bytes) / per));
  return s;
}

}  // namespace azlint::bench
