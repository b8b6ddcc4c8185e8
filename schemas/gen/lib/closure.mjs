// zod 3's .refine(check, message) keeps the caller's check and message only in a closure
// ((val, ctx) => { const result = check(val); ... }); the source of that wrapper says nothing.
// The V8 inspector reads the closure's variables, so an unmodelled entry can say what the
// refinement checks and what it reports.
import inspector from "node:inspector";

let session;

function post(method, params) {
  session ??= (() => {
    const s = new inspector.Session();
    s.connect();
    return s;
  })();
  let out;
  let failure;
  // The Runtime domain answers a same-thread session synchronously.
  session.post(method, params, (err, result) => {
    failure = err;
    out = result;
  });
  if (failure) throw failure;
  return out;
}

function remoteValue(remote) {
  if (!remote) return undefined;
  if (remote.type === "string" || remote.type === "number" || remote.type === "boolean") return remote.value;
  if (remote.type === "function") return remote.description;
  if (remote.type === "object" && remote.objectId && remote.subtype !== "null") {
    const { result } = post("Runtime.getProperties", { objectId: remote.objectId, ownProperties: true });
    const out = {};
    for (const p of result) if (p.value && (p.value.type === "string" || p.value.type === "number" || p.value.type === "boolean")) out[p.name] = p.value.value;
    return out;
  }
  return undefined;
}

/** The named variables of fn's innermost closure scope, as plain values (functions as source). */
export function closureVariables(fn, names) {
  globalThis.__azlintClosureProbe = fn;
  try {
    const { result } = post("Runtime.evaluate", { expression: "globalThis.__azlintClosureProbe" });
    const props = post("Runtime.getProperties", { objectId: result.objectId, ownProperties: false });
    const scopes = props.internalProperties?.find((p) => p.name === "[[Scopes]]");
    if (!scopes) return {};
    const list = post("Runtime.getProperties", { objectId: scopes.value.objectId, ownProperties: true });
    const inner = list.result.find((s) => s.value?.objectId && !/Global|Script|Module/.test(s.value.description ?? ""));
    if (!inner) return {};
    const vars = post("Runtime.getProperties", { objectId: inner.value.objectId, ownProperties: true });
    const out = {};
    for (const p of vars.result) if (names.includes(p.name)) out[p.name] = remoteValue(p.value);
    return out;
  } finally {
    delete globalThis.__azlintClosureProbe;
  }
}
