#!/usr/bin/env node
// LibreChat's own validation of a librechat.yaml, warm and in-process, for make bench's
// throughput table (bench/bench.cpp): the schema built once, then for each run js-yaml load +
// configSchema.strict().safeParse + validateAzureGroups (the steps librechat-validate.mjs runs
// cold). Usage: librechat-warm.mjs FILE SECONDS — prints files per CPU second (the process's user
// and system time, its helper threads included; the bench pins both sides to one CPU). Exit 2
// when the packages are not installed.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let yaml, provider;
try {
  yaml = require("js-yaml");
  provider = require("librechat-data-provider");
} catch {
  console.error("librechat-data-provider is not installed: (cd bench/node && npm ci)");
  process.exit(2);
}

const text = fs.readFileSync(process.argv[2], "utf8");
const seconds = Number(process.argv[3] ?? 2);
const schema = provider.configSchema.strict();
const azureKey = provider.EModelEndpoint.azureOpenAI;

function validate() {
  const config = yaml.load(text);
  const parsed = schema.safeParse(config);
  let ok = parsed.success;
  const azure = config?.endpoints?.[azureKey];
  if (ok && azure) ok = provider.validateAzureGroups(azure.groups).isValid;
  return ok;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
// Warm up (the JIT), then count runs for `seconds` of CPU time.
const warmEnd = cpu() + 0.3;
while (cpu() < warmEnd) validate();
let runs = 0;
let accepted = true;
const start = cpu();
let elapsed = 0;
while (elapsed < seconds) {
  accepted &&= validate();
  ++runs;
  elapsed = cpu() - start;
}
console.log(`${(runs / elapsed).toFixed(1)} ${accepted ? "accepted" : "refused"}`);
