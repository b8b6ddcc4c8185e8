// librechat/legacy-env: legacy `AZURE_OPENAI_*` / `AZURE_API_KEY` variables in the env file while `groups` are
// configured
#include <cctype>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

struct Legacy {
  std::string_view name;
  std::string_view effect;  // what LibreChat does with it while groups are configured
};

constexpr std::string_view kGeneric =
    "it belongs to the legacy single-deployment setup that the `groups` replace (LibreChat's Azure guide: "
    "remove legacy settings, they conflict with the YAML configuration)";

constexpr Legacy kLegacy[] = {
    {"AZURE_API_KEY", kGeneric},
    {"AZURE_OPENAI_API_KEY", kGeneric},
    {"AZURE_OPENAI_API_INSTANCE_NAME", kGeneric},
    {"AZURE_OPENAI_API_DEPLOYMENT_NAME", kGeneric},
    {"AZURE_OPENAI_API_VERSION", kGeneric},
    {"AZURE_OPENAI_MODELS", kGeneric},
    {"AZURE_OPENAI_BASEURL", kGeneric},
    {"AZURE_USE_MODEL_AS_DEPLOYMENT_NAME",
     "LibreChat then uses the model key (periods removed) as the deployment name and ignores the groups' "
     "deploymentName values"},
    {"AZURE_OPENAI_DEFAULT_MODEL",
     "LibreChat then treats Azure requests as that model instead of the model key the user picked"},
    {"PLUGINS_USE_AZURE",
     "LibreChat warns that it \"should not be used in combination with the azureOpenAI endpoint "
     "configuration\", and plugin requests fail (\"Connection error\")"},
};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// The env file as the user knows it: `.env` when it sits beside the config, else the path given.
std::string display_file(const std::string& file, const std::string& config) {
  std::error_code ec;
  const std::filesystem::path f = std::filesystem::absolute(file, ec);
  const std::filesystem::path c = std::filesystem::absolute(config, ec);
  if (!ec && f.parent_path() == c.parent_path()) return f.filename().string();
  return file;
}

class LegacyEnv final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/legacy-env",
                                    "legacy `AZURE_OPENAI_*` / `AZURE_API_KEY` variables in the env file while "
                                    "`groups` are configured",
                                    Severity::Warning, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present() || !view.groups_node || !view.groups_node->is_sequence() || view.groups_node->items().empty())
      return;
    const Node* assistants = view.azure->get("assistants");
    const bool azure_assistants = assistants && assistants->is_true();
    // A variable the config itself references (`apiKey: "${AZURE_API_KEY}"`) is in use, not legacy.
    std::set<std::string> referenced;
    for (const Field& f : ctx.fields())
      for (const EnvRef& r : find_env_refs(f.node->text)) referenced.insert(r.name);
    for (const EnvEntry& e : ctx.env().file_entries()) {
      if (e.value.empty()) continue;  // an empty variable counts as unset
      if (referenced.count(e.name)) continue;
      const std::string where = display_file(e.file, ctx.source().path()) + ":" + std::to_string(e.line);
      if (e.name == "ASSISTANTS_API_KEY") {
        if (!azure_assistants || e.value != "user_provided") continue;
        const std::string effect =
            "with Azure Assistants enabled, LibreChat's Azure guide says to comment it out: the Assistants "
            "endpoint otherwise asks every user for their own key (\"missing user provided key\")";
        ctx.report_key(*view.groups_node, "ASSISTANTS_API_KEY=user_provided is set in " + where +
                                              " while azureOpenAI groups are configured: " + effect)
            .help("comment out ASSISTANTS_API_KEY in the env file");
        continue;
      }
      for (const Legacy& l : kLegacy) {
        if (e.name != l.name) continue;
        if (l.name == "AZURE_USE_MODEL_AS_DEPLOYMENT_NAME" && !iequals(e.value, "true")) break;
        std::string help = "remove or comment out " + e.name + " in the env file; the azureOpenAI groups replace it";
        if (l.name == "PLUGINS_USE_AZURE")
          help = "remove PLUGINS_USE_AZURE from the env file and set `plugins: true` under endpoints.azureOpenAI";
        if (l.name == "AZURE_OPENAI_API_KEY")
          help += " (keep it only if another service reading this file, such as the RAG API, needs it)";
        ctx.report_key(*view.groups_node, "legacy variable " + e.name + " is set in " + where +
                                              " while azureOpenAI groups are configured: " + std::string(l.effect))
            .help(std::move(help));
        break;
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_legacy_env() {
  static const LegacyEnv rule;
  return rule;
}

}  // namespace azlint
