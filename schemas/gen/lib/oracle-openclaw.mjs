// OpenClaw's own validation of openclaw.json, for one pinned release: the package's CLI,
// `openclaw config validate --json` ("Validate the current config against the schema without
// starting the gateway"), run under the pinned Node 24 with OPENCLAW_CONFIG_PATH pointing at the
// file, a throw-away HOME and state directory and no network (lib/sandbox.mjs). That command
// reads the file the way the gateway does (JSON5, $include, env substitution, legacy migrations)
// and validates it with readConfigFileSnapshotWithPluginMetadata({prepareValidation: "strict"})
// and finishConfigValidationForCli (dist/config-cli-*.mjs runConfigValidate in 2026.9.6):
// OpenClawSchema.safeParse (zod 4) and then the bundled channels' and plugins' JSON Schemas.
import path from "node:path";
import { runOpenClaw } from "./sandbox.mjs";

/**
 * OpenClaw reports an issue's path joined with dots (formatConfigPath in its validation core), so
 * an array index and a numeric record key (a Discord guild id) look alike: segments stay strings.
 */
export function splitPath(text) {
  if (!text || text === "<root>") return [];
  return String(text).split(".");
}

/** {accepts, outcome, stage, errors, warnings} for an openclaw.json file under one release. */
export function validateOpenClaw(release, file, passEnv = {}) {
  const run = runOpenClaw(release, ["config", "validate", "--json"], { configPath: path.resolve(file), passEnv });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`openclaw@${release.version} config validate printed no JSON (exit ${run.status}): ${(run.stderr || String(run.error ?? "")).slice(0, 2000)}`);
  }
  const issues = report.issues ?? [];
  const errors = issues.map((i) => ({ path: splitPath(i.path), message: i.message }));
  if (!report.valid && errors.length === 0) errors.push({ path: [], message: report.error?.message ?? "invalid" });
  return {
    accepts: report.valid === true,
    outcome: report.valid === true ? "starts" : "refuses",
    stage: "config validate",
    errors,
    warnings: (report.warnings ?? []).map((w) => ({ path: splitPath(w.path), message: w.message })),
  };
}
