#!/usr/bin/env node
// azlint's schema verdicts against the gateways' own start-up validation (schemas/gen/oracle.mjs):
// for every whole config among the fixtures, the examples and schemas/gen's snippets,
//   the gateway rejects it  <=>  azlint reports an error from `schema` or from a rule that
//                                 mirrors one of the gateway's start-up checks (MIRRORS below);
//   the gateway accepts it   =>  azlint reports no `schema` error.
// LibreChat at librechat-data-provider 0.8.524, OpenClaw at 2026.9.6 (azlint's newest bundled
// releases: no --target is given).
//
//   node tests/schemas/oracle_agreement.mjs AZLINT [SOURCE_DIR] [--verbose]
//
// Exit 0 all agree, 1 a disagreement (each listed with both verdicts), 77 skipped (the pinned
// packages are not installed: npm ci in schemas/gen).
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const verbose = process.argv.includes("--verbose");
const azlint = args[0];
const src = path.resolve(args[1] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../.."));
if (!azlint) {
  console.error("usage: oracle_agreement.mjs AZLINT [SOURCE_DIR] [--verbose]");
  process.exit(2);
}
const pins = await import(path.join(src, "schemas/gen/lib/pins.mjs"));
if (!pins.installed()) {
  console.log(pins.SKIP_MESSAGE);
  process.exit(pins.SKIP_EXIT);
}

// Rules whose errors are a start-up check of the gateway's (besides `schema`), with the findings
// of theirs that are (a rule may also report what fails later, on a request): what LibreChat's
// js-yaml load refuses, the schema findings a more specific rule reports instead (the engine keeps
// the specific one), and the checks of validateAzureGroups()/azureConfigSetup() after the schema
// (librechat-data-provider src/azure.ts); OpenClaw's JSON5 parse and its `models.providers` refinement
// (a custom provider needs baseUrl and models).
const all = () => true;
const MIRRORS = {
  librechat: {
    syntax: all,
    "duplicate-key": all,
    "yaml-implicit-type": all,
    "env-var-syntax": all, // its errors: `{$VAR}` read as a mapping where a string is expected
    "librechat/model-false": (d) => !d.message.includes("is set to `false`"),
    "librechat/groups-required": all,
    "librechat/missing-api-key": all,
    "librechat/duplicate-group": all,
    "librechat/duplicate-model": all,
    "librechat/serverless-base-url": (d) => /has no `baseURL`|has no value|counts as missing/.test(d.message),
    "librechat/missing-instance-name": all,
    "librechat/model-needs-deployment": all,
    "librechat/model-needs-version": all,
    "librechat/assistants-no-group": all,
    "librechat/env-ref-concatenated": all,
  },
  openclaw: { syntax: all, "openclaw/custom-provider-incomplete": all },
};
const TARGET = { librechat: "librechat@0.8.524", openclaw: "openclaw@2026.9.6" };

function walk(dir, keep, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

// A whole LibreChat config: every fixture .yaml but the one that is not LibreChat's at all.
const librechat = [
  ...walk(path.join(src, "fixtures/librechat"), (p) => /\.ya?ml$/.test(p) && !p.includes("/unknown-dialect/") && !p.endsWith(".azlint.yaml")),
  path.join(src, "examples/valid/librechat.yaml"),
  path.join(src, "examples/broken/librechat.yaml"),
  ...walk(path.join(src, "schemas/gen/issue-facts"), (p) => /lc-.*\.yaml$/.test(p)),
  ...walk(path.join(src, "schemas/gen/release-diffs/librechat"), (p) => p.endsWith(".yaml")),
];
// OpenClaw's validator takes 4-7 s a file: the schema fixtures, the examples and the snippets.
const openclaw = [
  ...walk(path.join(src, "fixtures/openclaw/schema"), (p) => /\.json5?$/.test(p)),
  path.join(src, "examples/valid/openclaw-litellm/openclaw.json5"),
  path.join(src, "examples/broken/openclaw-litellm/openclaw.json5"),
  ...walk(path.join(src, "schemas/gen/issue-facts"), (p) => /oc-.*\.json5$/.test(p)),
  ...walk(path.join(src, "schemas/gen/release-diffs/openclaw"), (p) => /(worktree-root|suppress-tool-errors|web)\.json5$/.test(p)),
];

// Both run with every variable the file references set (to a placeholder), so an unset
// reference (LibreChat throws on an Azure group's) does not stand in for a schema verdict.
function environment(file) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? "/tmp" };
  for (const [, name] of fs.readFileSync(file, "utf8").matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g))
    if (!(name in env)) env[name] = `placeholder-${name.toLowerCase()}`;
  return env;
}

async function oracle(gateway, file) {
  const env = environment(file);
  try {
    const { stdout } = await run(process.execPath, [path.join(src, "schemas/gen/oracle.mjs"), TARGET[gateway], file], { env, maxBuffer: 1 << 26 });
    return JSON.parse(stdout);
  } catch (e) {
    if (e.code === 1 && e.stdout) return JSON.parse(e.stdout);
    throw new Error(`oracle failed on ${file}: ${e.stderr || e.message}`);
  }
}

async function lint(gateway, file) {
  const env = environment(file);
  try {
    const { stdout } = await run(azlint, ["check", "--format", "json", "--dialect", gateway, file], { env, maxBuffer: 1 << 26 });
    return JSON.parse(stdout).diagnostics;
  } catch (e) {
    if (e.code === 1 && e.stdout) return JSON.parse(e.stdout).diagnostics;
    throw new Error(`azlint failed on ${file}: ${e.stderr || e.message}`);
  }
}

async function judge(gateway, file) {
  const [verdict, diags] = await Promise.all([oracle(gateway, file), lint(gateway, file)]);
  const errors = diags.filter((d) => d.severity === "error");
  const refusing = errors.filter((d) => d.rule === "schema" || MIRRORS[gateway][d.rule]?.(d));
  const schemaErrors = errors.filter((d) => d.rule === "schema");
  const rel = path.relative(src, file);
  const said = (list) => list.map((d) => `${d.line}:${d.column} [${d.rule}] ${d.message}`).join("\n      ");
  let problem;
  if (!verdict.accepts && refusing.length === 0)
    problem = `the gateway rejects it (${verdict.outcome}: ${JSON.stringify(verdict.errors)}) but azlint reports no error from schema or ${Object.keys(MIRRORS[gateway]).join(", ")}`;
  else if (verdict.accepts && refusing.length > 0)
    problem = `the gateway accepts it but azlint reports\n      ${said(refusing)}`;
  if (verbose) console.log(`${verdict.accepts ? "accepts" : "rejects"} ${rel}: ${refusing.length} refusing error(s)${schemaErrors.length ? "" : ""}`);
  return problem ? `${rel}: ${problem}` : null;
}

// Two at a time: the machine has two cores and OpenClaw's oracle is a CLI of its own.
async function pool(jobs, width) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

const jobs = [...librechat.map((f) => () => judge("librechat", f)), ...openclaw.map((f) => () => judge("openclaw", f))];
const problems = (await pool(jobs, 2)).filter(Boolean);
for (const p of problems) console.log(`DISAGREE ${p}`);
console.log(`${jobs.length - problems.length} of ${jobs.length} configs agree with the gateways' own validators (${librechat.length} LibreChat, ${openclaw.length} OpenClaw)`);
process.exit(problems.length ? 1 : 0);
