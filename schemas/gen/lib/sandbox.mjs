// Runs the openclaw CLI of one pinned release the way an operator would, but sealed off: a
// throw-away HOME and state directory, the config path given explicitly, a minimal environment
// (no OPENCLAW_* from the caller), and no network (a fresh network namespace via `unshare -rn`
// where the kernel allows it). Nothing of the caller's ~/.openclaw is read.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NODE24 } from "./pins.mjs";

let unshareWorks;
function canUnshare() {
  unshareWorks ??= spawnSync("unshare", ["-rn", "true"], { stdio: "ignore" }).status === 0;
  return unshareWorks;
}

// The sealed command for a release: {file, argv, env, home}. home is a fresh temp directory the
// caller removes. passEnv: the caller's variables the config may reference (${VAR}); OPENCLAW_*,
// HOME and XDG_* are never passed. nodeArgs go before openclaw.mjs (e.g. an `--import` preload).
function sealed(release, args, { configPath, passEnv = {}, nodeArgs = [] }) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "azlint-openclaw-"));
  const passed = Object.fromEntries(Object.entries(passEnv).filter(([k]) => !/^(OPENCLAW_|XDG_)|^(HOME|PATH|TMPDIR|NODE_OPTIONS)$/.test(k)));
  const env = {
    ...passed,
    PATH: "/usr/bin:/bin",
    HOME: home,
    TMPDIR: home,
    LANG: "C.UTF-8",
    TZ: "UTC",
    NO_COLOR: "1",
    OPENCLAW_STATE_DIR: path.join(home, "state"),
    OPENCLAW_CONFIG_PATH: configPath ?? path.join(home, "openclaw.json"),
  };
  const command = [NODE24, ...nodeArgs, path.join(release.dir, "openclaw.mjs"), ...args];
  const [file, ...argv] = canUnshare() ? ["unshare", "-rn", ...command] : command;
  return { file, argv, env, home };
}

/**
 * {status, stdout, stderr} of `openclaw ARGS...` for a release. The config file is configPath
 * (read in place, so its $include paths resolve as they would for the operator), else none.
 */
export function runOpenClaw(release, args, { configPath, passEnv = {}, timeoutMs = 300_000 } = {}) {
  const { file, argv, env, home } = sealed(release, args, { configPath, passEnv });
  try {
    const result = spawnSync(file, argv, { cwd: home, env, encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 << 20 });
    return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error };
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/**
 * The same, asynchronously, with stdout and stderr as one stream in the order written:
 * Promise<{status, output}>. nodeArgs go to node before openclaw.mjs.
 */
export function runOpenClawMerged(release, args, { configPath, passEnv = {}, nodeArgs = [], timeoutMs = 300_000 } = {}) {
  const { file, argv, env, home } = sealed(release, args, { configPath, passEnv, nodeArgs });
  const out = path.join(home, "output.log");
  const fd = fs.openSync(out, "w");
  return new Promise((resolve) => {
    const child = spawn(file, argv, { cwd: home, env, stdio: ["ignore", fd, fd], timeout: timeoutMs, killSignal: "SIGKILL" });
    let done = false;
    const finish = (status) => {
      if (done) return;
      done = true;
      fs.closeSync(fd);
      const output = fs.readFileSync(out, "utf8");
      fs.rmSync(home, { recursive: true, force: true });
      resolve({ status, output });
    };
    child.on("error", () => finish(null));
    child.on("exit", (code) => finish(code));
  });
}
