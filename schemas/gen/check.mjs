#!/usr/bin/env node
// Checks that the committed generated schemas are exactly what the generator makes from the
// pinned packages: regenerates into a temporary directory and compares byte for byte.
//
//   node schemas/gen/check.mjs [--schemas DIR]
//
// Exit 0: every file matches. 1: a file differs, is missing or is extra (each one listed).
// 77: the pinned packages are not installed (skipped; `npm ci` in schemas/gen).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { GATEWAYS, REPO_ROOT, SKIP_EXIT, SKIP_MESSAGE, installed } from "./lib/pins.mjs";

if (!installed()) {
  console.log(SKIP_MESSAGE);
  process.exit(SKIP_EXIT);
}
const { ensureNode24 } = await import("./lib/node24.mjs");
ensureNode24();
const { generateAll } = await import("./generate.mjs");

const args = process.argv.slice(2);
const committedRoot = path.resolve(args.includes("--schemas") ? args[args.indexOf("--schemas") + 1] : path.join(REPO_ROOT, "schemas"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "azlint-schemas-"));

function firstDifference(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: committed ${JSON.stringify((la[i] ?? "<end>").slice(0, 100))}, generated ${JSON.stringify((lb[i] ?? "<end>").slice(0, 100))}`;
  }
  return "bytes differ";
}

try {
  const generated = new Set(await generateAll(tmp));
  const problems = [];
  for (const file of [...generated].sort()) {
    const committedFile = path.join(committedRoot, file);
    const fresh = fs.readFileSync(path.join(tmp, file));
    if (!fs.existsSync(committedFile)) {
      problems.push(`missing: schemas/${file} (the generator makes it)`);
      continue;
    }
    const old = fs.readFileSync(committedFile);
    if (!old.equals(fresh)) problems.push(`differs: schemas/${file}: ${firstDifference(old.toString("utf8"), fresh.toString("utf8"))}`);
  }
  for (const id of Object.keys(GATEWAYS)) {
    const dir = path.join(committedRoot, id);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(id, name);
      // Only the kinds of file the generator writes; hand-written files (unmodelled-handling.json) may sit beside them.
      const generatedKind = /\.(schema|unmodelled)\.json$/.test(name) || name === "releases.json";
      if (generatedKind && !generated.has(file)) problems.push(`extra: schemas/${file} (no pinned release makes it)`);
    }
  }
  if (problems.length) {
    console.log(`${problems.length} generated schema file(s) out of date; run node schemas/gen/generate.mjs and commit:`);
    for (const p of problems) console.log(`  ${p}`);
    process.exitCode = 1;
  } else {
    console.log(`${generated.size} generated schema files match the pinned packages`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
