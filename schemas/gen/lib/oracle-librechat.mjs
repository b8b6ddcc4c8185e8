// LibreChat's own start-up validation of librechat.yaml, for one librechat-data-provider release.
// It mirrors the newest LibreChat server's load path (danny-avila/LibreChat, read at commit
// 36fb24a6 for packages/api/src/app/loader.ts, fb04e670 for its predecessor
// api/server/services/Config/loadCustomConfig.js and packages/api/src/utils/yaml.ts, f98c25c3
// for packages/data-schemas/src/app/azure.ts), with the chosen release's data-provider in place
// of the server's own:
//
// 1. yaml.ts loadYaml(): fs.readFileSync(path, 'utf8') + js-yaml load(); an exception is
//    returned, not thrown.
// 2. loader.ts createCustomConfigLoader() -> loadCustomConfig(), mode 'startup':
//    - a falsy result ("Custom config file missing or YAML format invalid") or an error object
//      ("Config file YAML format is invalid") -> returns null: LibreChat starts without its config;
//    - a string result is loaded again with yaml.load;
//    - setMaxSubagents(endpoints.agents.maxSubagents) before the parse (the modelSpecs subagents
//      refinement reads it), where the release exports it;
//    - `configSchema.strict().safeParse(loadedConfig)`; an issue whose path includes
//      'imageOutputType' throws; any other failure logs the zod error and process.exit(1)
//      (unless CONFIG_BYPASS_VALIDATION=true, not mirrored);
//    - addOpenRouterDefaults() then parseCustomParams() for every endpoints.custom[] entry with
//      customParams: throws on an unknown defaultParamsEndpoint (missing = 'custom'), on a
//      paramDefinitions key outside the endpoint's defaults, and when
//      validateSettingDefinitions() rejects the filled-in definitions. (The OpenRouter defaults
//      are applied only where the release's paramSettings know 'openrouter'.)
// 3. packages/data-schemas/src/app/endpoints.ts loadEndpoints() -> azure.ts azureConfigSetup()
//    when endpoints.azureOpenAI is set, on the raw config: validateAzureGroups(groups) must be
//    valid, else it throws "Invalid Azure OpenAI configuration"; `assistants: true` with no group
//    or model supporting assistants throws.
// The server side is the newest LibreChat's for every release: an older data-provider is checked
// as the newest server would load it, not as the server it shipped with.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NODE_MODULES } from "./pins.mjs";

const require = createRequire(import.meta.url);

function zodIssues(error, prefix = []) {
  return (error?.errors ?? error?.issues ?? []).map((issue) => ({
    path: [...prefix, ...issue.path],
    message: issue.code === "unrecognized_keys" ? `${issue.message}` : issue.message,
    code: issue.code,
  }));
}

const OPENROUTER = "openrouter"; // @librechat/agents Providers.OPENROUTER

/** loader.ts addOpenRouterDefaults(). */
function addOpenRouterDefaults(provider, endpoint) {
  const named = (v) => typeof v === "string" && v.toLowerCase().includes(OPENROUTER);
  if (!(OPENROUTER in provider.paramSettings || OPENROUTER in provider.agentParamSettings)) return;
  if (!(named(endpoint.name) || named(endpoint.baseURL))) return;
  const preset = endpoint.customParams?.defaultParamsEndpoint;
  if (preset != null && preset !== "custom" && preset !== OPENROUTER) return;
  const customParams = endpoint.customParams ?? { defaultParamsEndpoint: "custom" };
  const paramDefinitions = customParams.paramDefinitions ?? [];
  endpoint.customParams = {
    ...customParams,
    defaultParamsEndpoint: OPENROUTER,
    paramDefinitions: paramDefinitions.some((p) => p.key === "promptCache") ? paramDefinitions : [...paramDefinitions, { key: "promptCache", default: true }],
  };
}

/** loader.ts parseCustomParams(), throwing the same messages. */
function parseCustomParams(provider, endpointName, customParams) {
  const { paramSettings, agentParamSettings, validateSettingDefinitions } = provider;
  const paramEndpoint = customParams.defaultParamsEndpoint ?? "custom";
  customParams.paramDefinitions = customParams.paramDefinitions || [];
  const validEndpoints = new Set([...Object.keys(paramSettings), ...Object.keys(agentParamSettings)]);
  if (!validEndpoints.has(paramEndpoint)) {
    throw new Error(`defaultParamsEndpoint of "${endpointName}" endpoint is invalid. Valid options are ${Array.from(validEndpoints).join(", ")}`);
  }
  const defaultParams = (paramSettings[paramEndpoint] ?? []).concat(agentParamSettings[paramEndpoint] ?? []);
  const defaultParamsMap = Object.fromEntries(defaultParams.map((p) => [p.key, p])); // lodash keyBy(defaultParams, 'key')
  const validKeys = new Set(Object.keys(defaultParamsMap));
  const paramKeys = customParams.paramDefinitions.map((param) => param.key);
  if (paramKeys.some((key) => !validKeys.has(key))) {
    throw new Error(`paramDefinitions of "${endpointName}" endpoint contains invalid key(s). Valid parameter keys are ${Array.from(validKeys).join(", ")}`);
  }
  customParams.paramDefinitions = customParams.paramDefinitions.map((param) => ({ ...defaultParamsMap[param.key], ...param, optionType: "custom" }));
  try {
    validateSettingDefinitions(customParams.paramDefinitions);
  } catch (e) {
    throw new Error(`Custom parameter definitions for "${endpointName}" endpoint is malformed: ${e.message}`);
  }
}

/** azure.ts azureConfigSetup(): the checks that throw. */
function azureConfigSetup(provider, config) {
  const { groups, ...azureConfiguration } = config.endpoints[provider.EModelEndpoint.azureOpenAI];
  const { isValid, modelNames, modelGroupMap, groupMap, errors } = provider.validateAzureGroups(groups);
  if (!isValid) {
    const prefix = ["endpoints", "azureOpenAI", "groups"];
    const list = errors.flatMap((e) => (typeof e === "string" ? [{ path: prefix, message: e }] : zodIssues(e, prefix)));
    return { outcome: "throws", errors: list, message: `Invalid Azure OpenAI configuration:\n${errors.join("\n")}` };
  }
  const assistantModels = [];
  for (const modelName of modelNames) {
    provider.mapModelToAzureConfig({ modelName, modelGroupMap, groupMap });
    const groupName = modelGroupMap?.[modelName]?.group;
    const modelGroup = groupMap?.[groupName];
    if (modelGroup?.assistants || modelGroup?.[modelName]?.assistants) assistantModels.push(modelName);
  }
  if (azureConfiguration.assistants && assistantModels.length === 0) {
    const message = "No Azure models are configured to support assistants. Please remove the `assistants` field or configure at least one model to support assistants.";
    return { outcome: "throws", errors: [{ path: ["endpoints", "azureOpenAI", "assistants"], message }] };
  }
  return undefined;
}

/** {accepts, outcome, stage, errors} for a librechat.yaml file under one release. */
export function validateLibreChat(release, file) {
  const provider = require(release.dir);
  const yaml = require(path.join(NODE_MODULES, "js-yaml"));
  let config;
  try {
    config = yaml.load(fs.readFileSync(file, "utf8"));
  } catch (e) {
    config = e;
  }
  if (!config) {
    return { accepts: false, outcome: "starts-without-config", stage: "yaml", errors: [{ path: [], message: "Custom config file missing or YAML format invalid" }] };
  }
  if (config.reason || config.stack) {
    return { accepts: false, outcome: "starts-without-config", stage: "yaml", errors: [{ path: [], message: `Config file YAML format is invalid: ${config.message ?? config.reason}` }] };
  }
  if (typeof config === "string") {
    try {
      config = yaml.load(config);
    } catch (e) {
      return { accepts: false, outcome: "starts-without-config", stage: "yaml", errors: [{ path: [], message: `Failed to parse the YAML config: ${e.message}` }] };
    }
  }
  const previousMaxSubagents = provider.getMaxSubagents?.();
  const maxSubagents = config?.endpoints?.agents?.maxSubagents;
  provider.setMaxSubagents?.(typeof maxSubagents === "number" ? maxSubagents : undefined);
  let result;
  try {
    result = provider.configSchema.strict().safeParse(config);
  } finally {
    provider.setMaxSubagents?.(previousMaxSubagents);
  }
  if (!result.success) {
    const errors = zodIssues(result.error);
    const outcome = errors.some((e) => e.path.includes("imageOutputType")) ? "throws" : "exits";
    return { accepts: false, outcome, stage: "schema", errors };
  }
  try {
    const custom = structuredClone(config.endpoints?.custom ?? []);
    if (provider.paramSettings) {
      // releases without paramSettings (0.7.x) have no customParams defaults to check against
      for (const endpoint of custom) addOpenRouterDefaults(provider, endpoint);
      for (const endpoint of custom) if (endpoint.customParams) parseCustomParams(provider, endpoint.name, endpoint.customParams);
    }
  } catch (e) {
    return { accepts: false, outcome: "throws", stage: "customParams", errors: [{ path: ["endpoints", "custom"], message: e.message }] };
  }
  if (config.endpoints?.[provider.EModelEndpoint.azureOpenAI]) {
    let azure;
    try {
      azure = azureConfigSetup(provider, config);
    } catch (e) {
      // e.g. validateAzureGroups on a ${VAR} the environment lacks: the start-up throws
      azure = { outcome: "throws", errors: [{ path: ["endpoints", "azureOpenAI", "groups"], message: e.message }] };
    }
    if (azure) return { accepts: false, outcome: azure.outcome, stage: "azure", errors: azure.errors };
  }
  return { accepts: true, outcome: "starts", stage: "done", errors: [] };
}
