#!/usr/bin/env node
// LibreChat's own start-up validation of a librechat.yaml, started cold for make bench
// (bench/cold_start.cpp): js-yaml load, configSchema.strict().safeParse and, with
// endpoints.azureOpenAI, validateAzureGroups — the steps schemas/gen/lib/oracle-librechat.mjs
// mirrors from the server, without its reporting. Exit 0 accepted, 1 refused.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const yaml = require("js-yaml");
const provider = require("librechat-data-provider");

const config = yaml.load(fs.readFileSync(process.argv[2], "utf8"));
const parsed = provider.configSchema.strict().safeParse(config);
let ok = parsed.success;
const azure = config?.endpoints?.[provider.EModelEndpoint.azureOpenAI];
if (ok && azure) ok = provider.validateAzureGroups(azure.groups).isValid;
process.exit(ok ? 0 : 1);
