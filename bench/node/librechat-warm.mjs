#!/usr/bin/env node
// LibreChat's own validation of a librechat.yaml, warm and in-process, for make bench's
// throughput table (bench/bench.cpp): the schema built once, then for each run js-yaml load +
// configSchema.strict().safeParse + validateAzureGroups (the steps librechat-validate.mjs runs
// cold). Usage: librechat-warm.mjs FILE SECONDS — prints files per second on one core (node's
// main thread; the bench pins both sides to one CPU). Exit 2 when the packages are not installed.
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

// Warm up (the JIT), then count runs for `seconds`.
const warmEnd = performance.now() + 300;
while (performance.now() < warmEnd) validate();
let runs = 0;
let accepted = true;
const start = performance.now();
let elapsed = 0;
while (elapsed < seconds * 1000) {
  accepted &&= validate();
  ++runs;
  elapsed = performance.now() - start;
}
console.log(`${(runs / (elapsed / 1000)).toFixed(1)} ${accepted ? "accepted" : "refused"}`);
