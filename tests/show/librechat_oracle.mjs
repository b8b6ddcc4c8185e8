#!/usr/bin/env node
// `azlint show --format json` against LibreChat's own resolution (issue 16, "done when"): for every
// LibreChat file of examples/valid/, the good.* fixtures and the `_` fixtures, each Azure model's
// URL is the one librechat-data-provider (the release azlint resolved against) gives:
// validateAzureGroups -> mapModelToAzureConfig (instance, deployment, version, baseURL after
// inheritance and `${VAR}`), then LibreChat's URL building:
//   no baseURL  genAzureChatCompletion: https://{instance}.openai.azure.com/openai/deployments/
//               {deployment}/chat/completions?api-version={version}   (api/utils/azureUtils.js,
//               packages/api/src/utils/azure.ts)
//   baseURL     constructAzureURL (the first ${INSTANCE_NAME} and ${DEPLOYMENT_NAME} replaced),
//               then the OpenAI client's `{baseURL}/chat/completions` with the api-version query
//   serverless  the baseURL as is
// titleModel and summaryModel are mapped by their name too. A model mapModelToAzureConfig refuses must not be sent by `show` either (`not_sent`); a config
// validateAzureGroups refuses (LibreChat does not start) is counted and skipped. The env is the
// `.env` beside each file, for both sides (azlint runs with --no-env).
//
// usage: librechat_oracle.mjs AZLINT SOURCE_DIR      exit 0 agree, 1 disagree, 77 packages missing
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { dotenvBeside } from "./dotenv.mjs";

const [azlint, src] = process.argv.slice(2);
const gen = path.join(src, "schemas", "gen");
const modules = path.join(gen, "node_modules");
if (!fs.existsSync(path.join(modules, "js-yaml", "package.json"))) {
  console.log("skipped: schemas/gen/node_modules not installed (npm ci in schemas/gen)");
  process.exit(77);
}
const require = createRequire(path.join(gen, "package.json"));
const yaml = require("js-yaml");

function corpus() {
  const out = [];
  const walk = (dir, keep) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, keep);
      else if (/\.ya?ml$/.test(e.name) && keep(p)) out.push(path.relative(src, p));
    }
  };
  walk(path.join(src, "examples", "valid"), () => true);
  for (const dir of fs.readdirSync(path.join(src, "fixtures", "librechat"))) {
    const full = path.join(src, "fixtures", "librechat", dir);
    if (fs.statSync(full).isDirectory()) walk(full, (p) => dir.startsWith("_") || path.basename(p).startsWith("good"));
  }
  return out.sort();
}

const dotenv = (file) => dotenvBeside(path.join(src, file));

function expectedUrl(ldp, mapped) {
  const o = mapped.azureOptions;
  if (mapped.serverless) return mapped.baseURL;
  if (mapped.baseURL) {
    let base = mapped.baseURL;
    base = base.replace("${INSTANCE_NAME}", o.azureOpenAIApiInstanceName ?? "");
    base = base.replace("${DEPLOYMENT_NAME}", o.azureOpenAIApiDeploymentName ?? "");
    return `${base.replace(/\/+$/, "")}/chat/completions?api-version=${o.azureOpenAIApiVersion}`;
  }
  return `https://${o.azureOpenAIApiInstanceName}.openai.azure.com/openai/deployments/${o.azureOpenAIApiDeploymentName}/chat/completions?api-version=${o.azureOpenAIApiVersion}`;
}

// URLs compared as WHATWG URLs (the client's `new URL`): percent-encoding and host case aside.
function norm(u) {
  try {
    return new URL(u).href;
  } catch {
    return u;
  }
}

const base = { PATH: process.env.PATH, HOME: process.env.HOME };
let files = 0, compared = 0, refused = 0;
const failures = [];
for (const file of corpus()) {
  const run = spawnSync(azlint, ["show", "--format", "json", "--no-env", file], { cwd: src, env: base, encoding: "utf8" });
  if (run.status !== 0) continue;
  const shown = JSON.parse(run.stdout).files.filter((f) => f.gateway === "librechat");
  if (!shown.length) continue;
  const release = shown[0].target.split("@")[1];
  const pkg = path.join(modules, `ldp-${release}`);
  if (!fs.existsSync(pkg)) continue;
  const ldp = require(pkg);
  let cfg;
  try {
    cfg = yaml.load(fs.readFileSync(path.join(src, file), "utf8"));
  } catch {
    continue;
  }
  const groups = cfg?.endpoints?.azureOpenAI?.groups;
  if (!Array.isArray(groups)) continue;
  process.env = { ...base, ...dotenv(file) };
  const v = ldp.validateAzureGroups(groups);
  process.env = base;
  files++;
  if (!v.isValid) {
    refused++;
    continue;
  }
  for (const m of shown[0].models) {
    // titleModel / summaryModel: the request of the model they name, as LibreChat maps that name.
    if (!["model", "titleModel", "summaryModel"].includes(m.role)) continue;
    process.env = { ...base, ...dotenv(file) };
    let mapped, why;
    try {
      mapped = ldp.mapModelToAzureConfig({ modelName: m.model, modelGroupMap: v.modelGroupMap, groupMap: v.groupMap });
    } catch (e) {
      why = e.message;
    }
    process.env = base;
    compared++;
    const where = `${file}:${m.line}: model "${m.model}"`;
    if (!mapped) {
      if (!m.not_sent) failures.push(`${where}: LibreChat refuses it (${why}), show sends ${m.request.url}`);
      continue;
    }
    const want = expectedUrl(ldp, mapped);
    if (/\$\{[^}]+\}/.test(want)) {  // LibreChat keeps an unset reference as written; show does not send it
      if (!m.not_sent) failures.push(`${where}: an unset variable in ${want}, but show sends it`);
      continue;
    }
    if (m.not_sent) {
      failures.push(`${where}: LibreChat sends ${want}, show does not (${m.not_sent})`);
      continue;
    }
    if (norm(m.request.url) !== norm(want)) failures.push(`${where}:\n  LibreChat ${want}\n  show      ${m.request.url}`);
  }
}
console.log(`${files} LibreChat files (${refused} refused at start), ${compared} models compared with librechat-data-provider`);
for (const f of failures) console.log("DIFFERS: " + f);
if (compared < 20) {
  console.log("too few models compared");
  process.exit(1);
}
process.exit(failures.length ? 1 : 0);
