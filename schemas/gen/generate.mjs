#!/usr/bin/env node
// Regenerates schemas/<gateway>/<release>.schema.json, <release>.unmodelled.json,
// schemas/<gateway>/releases.json and schemas/<gateway>.schema.json (a copy of the newest
// release, for editors and the package) from the packages pinned in schemas/gen/package.json.
//
//   node schemas/gen/generate.mjs [--out DIR] [--only librechat|openclaw]
//
// DIR defaults to the repository's schemas/. Needs `npm ci` in schemas/gen (exit 77 otherwise);
// re-runs itself under the pinned Node 24 (OpenClaw needs >= 24.16).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatJson } from "./lib/json.mjs";
import { ensureNode24 } from "./lib/node24.mjs";
import { GATEWAYS, REPO_ROOT, SKIP_EXIT, SKIP_MESSAGE, installed } from "./lib/pins.mjs";

if (!installed()) {
  console.error(SKIP_MESSAGE);
  process.exit(SKIP_EXIT);
}
ensureNode24();

const GENERATORS = {
  librechat: () => import("./lib/librechat.mjs"),
  openclaw: () => import("./lib/openclaw.mjs"),
};

/** Writes every generated file under outDir; returns the paths written (relative to outDir). */
export async function generateAll(outDir, only) {
  const written = [];
  for (const [id, gateway] of Object.entries(GATEWAYS)) {
    if (only && only !== id) continue;
    const { generate } = await GENERATORS[id]();
    const dir = path.join(outDir, id);
    fs.mkdirSync(dir, { recursive: true });
    const releases = {};
    let newestSchema;
    for (const release of gateway.releases) {
      const { schema, unmodelled, info } = await generate(release);
      releases[release.version] = info;
      newestSchema = schema;
      for (const [name, value] of [[`${release.version}.schema.json`, schema], [`${release.version}.unmodelled.json`, unmodelled]]) {
        fs.writeFileSync(path.join(dir, name), formatJson(value));
        written.push(path.join(id, name));
      }
    }
    const newest = gateway.releases.at(-1).version;
    fs.writeFileSync(path.join(dir, "releases.json"), formatJson({ gateway: id, package: gateway.pkg, newest, releases }));
    written.push(path.join(id, "releases.json"));
    // schemas/<gateway>.schema.json: the newest release, at the path editors and the package use.
    fs.writeFileSync(path.join(outDir, `${id}.schema.json`), formatJson(newestSchema));
    written.push(`${id}.schema.json`);
  }
  return written;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const outDir = path.resolve(value("--out") ?? path.join(REPO_ROOT, "schemas"));
  const written = await generateAll(outDir, value("--only"));
  for (const file of written) console.log(`wrote ${path.join(outDir, file)} (${fs.statSync(path.join(outDir, file)).size} bytes)`);
}
