#!/usr/bin/env bash
# A correct repository passes the pre-commit hook and `azlint check .` with no secret exported;
# a typo'd variable name fails both. In a throw-away git repository laid out as LibreChat's own
# (librechat.yaml with `${VARS}` in an azureOpenAI group; a committed .env.example declaring
# them with empty or placeholder values; docker-compose.yml with `env_file: .env` and a
# docker-compose.override.yml with `environment:`; the .env itself untracked and absent, as in
# CI), the real hook (.pre-commit-hooks.yaml, installed from a snapshot of this checkout, no
# network) and `azlint check .`:
#   1. pass with the declared-but-unset variables as infos that say where each is declared;
#   2. fail on `${EASTUS_APIKEY}` (declared: EASTUS_API_KEY) with the did-you-mean, and a real
#      `git commit` is refused;
#   3. `--require-env` (and `require_env: true`) fail the clean layout: for the deploy host;
#   4. outside a work tree only the config's folder is searched, and a compose `env_file:`
#      outside the work tree is not read.
#
# Usage: librechat_layout.sh <path to the built azlint> <source dir>     (exit 77 = skipped)
set -euo pipefail

. "$(dirname "$0")/lib.sh"
precommit_setup "$1" "$2"

# No variable of the layout is exported, whatever the caller's environment holds.
unset EASTUS_API_KEY EASTUS_APIKEY EASTUS_INSTANCE_NAME WESTUS_API_KEY TENANT_ID

user_repository "$tmp/repo/LibreChat"
printf '.env\n' >.gitignore
cat >.env.example <<'EOF'
#=============#
# Azure OpenAI #
#=============#
# Copy this file to .env and fill in the values where LibreChat runs.
EASTUS_API_KEY=
EASTUS_INSTANCE_NAME=your-resource-name
EOF
cat >docker-compose.yml <<'EOF'
services:
  api:
    container_name: LibreChat
    image: ghcr.io/danny-avila/librechat-dev:latest
    ports:
      - "${PORT}:${PORT}"
    env_file:
      - .env
    environment:
      - HOST=0.0.0.0
      - MONGO_URI=mongodb://mongodb:27017/LibreChat
  mongodb:
    image: mongo
EOF
cat >docker-compose.override.yml <<'EOF'
services:
  api:
    volumes:
      - type: bind
        source: ./librechat.yaml
        target: /app/librechat.yaml
    environment:
      WESTUS_API_KEY: ${WESTUS_API_KEY}
EOF
# A variable only .azlint.yaml declares (set by the deployment's secret store).
printf 'env_declared: [TENANT_ID]\n' >.azlint.yaml
write_librechat() {  # $1: the eastus group's key variable
  cat >librechat.yaml <<EOF
version: "1.3.17"
endpoints:
  azureOpenAI:
    groups:
      - group: "eastus"
        apiKey: "\${$1}"
        instanceName: "\${EASTUS_INSTANCE_NAME}"
        version: "2024-10-21"
        additionalHeaders:
          X-Tenant: "\${TENANT_ID}"
        models:
          gpt-4o:
            deploymentName: "gpt-4o"
      - group: "westus"
        apiKey: "\${WESTUS_API_KEY}"
        instanceName: "contoso-westus"
        version: "2024-10-21"
        models:
          gpt-4o-mini:
            deploymentName: "gpt-4o-mini"
EOF
}
write_librechat EASTUS_API_KEY
git add .
git commit --quiet --no-verify -m "LibreChat layout"

# ---- 1. the correct layout passes: azlint check . and the hook
azlint check . >"$log" 2>&1 || fail "azlint check . failed on the correct layout with no variable exported"
grep -q '^\(\./\)\?librechat.yaml:6:18: info: environment variable "EASTUS_API_KEY" used in .* is declared in .env.example:5 but not set here (fine in CI; it must be set where LibreChat runs) \[env-var-missing\]$' "$log" \
  || fail "azlint check .: no info saying EASTUS_API_KEY is declared in .env.example:5"
grep -q 'info: environment variable "EASTUS_INSTANCE_NAME" .* declared in .env.example:6 ' "$log" \
  || fail "azlint check .: a placeholder value in .env.example does not count as declared"
grep -q 'info: environment variable "WESTUS_API_KEY" .* declared in docker-compose.override.yml:8 ' "$log" \
  || fail "azlint check .: the compose file's environment: does not declare WESTUS_API_KEY"
grep -q 'info: environment variable "TENANT_ID" .* declared in .azlint.yaml:1 ' "$log" \
  || fail "azlint check .: env_declared: in .azlint.yaml does not declare TENANT_ID"
grep -q '^0 errors, 0 warnings, 4 infos in 1 file' "$log" || fail "azlint check .: not exactly the four infos"
echo "ok: azlint check . passes with no variable exported (4 infos: declared, not set)"

pre-commit run --all-files --color never >"$log" 2>&1 || fail "pre-commit run --all-files failed on the correct layout"
grep -q '^azlint\.*Passed' "$log" || fail "pre-commit run: no 'azlint...Passed' line"
pre-commit install >"$log" 2>&1 || fail "pre-commit install"
echo "# a comment" >>librechat.yaml
git add librechat.yaml
git commit -m "touch the config" >"$log" 2>&1 || fail "git commit of the correct layout was refused by the hook"
grep -q '^azlint\.*Passed' "$log" || fail "git commit: the hook did not run (no 'azlint...Passed' line)"
echo "ok: the pre-commit hook passes (pre-commit run and a real git commit)"

# An env file given with empty values (the issue's `--env-file .env.example`) declares, not sets.
azlint check --env-file .env.example . >"$log" 2>&1 || fail "azlint check --env-file .env.example failed"
echo "ok: --env-file .env.example passes"

# ---- 2. a typo'd variable name fails both, with the did-you-mean
write_librechat EASTUS_APIKEY
git add librechat.yaml
expect_typo() {  # $1: what ran
  grep -q '^\(\./\)\?librechat.yaml:6:18: error: environment variable "EASTUS_APIKEY" used in .* is not set (did you mean "EASTUS_API_KEY"?)' "$log" \
    || fail "$1: no error with the did-you-mean EASTUS_API_KEY"
  grep -q "^help: .*\`EASTUS_APIKEY=\` in a .env.example beside the config, or \`env_declared: \[EASTUS_APIKEY\]\` in .azlint.yaml" "$log" \
    || fail "$1: the help does not show .env.example and env_declared:"
}
if azlint check . >"$log" 2>&1; then fail "azlint check . passed with \${EASTUS_APIKEY}"; fi
expect_typo "azlint check ."
if pre-commit run --all-files --color never >"$log" 2>&1; then fail "pre-commit run passed with \${EASTUS_APIKEY}"; fi
grep -q '^azlint\.*Failed' "$log" || fail "pre-commit run: no 'azlint...Failed' line"
expect_typo "pre-commit run"
head_before=$(git rev-parse HEAD)
if git commit -m "typo" >"$log" 2>&1; then fail "git commit succeeded with \${EASTUS_APIKEY}"; fi
[ "$(git rev-parse HEAD)" = "$head_before" ] || fail "git commit created a commit despite the failing hook"
expect_typo "git commit"
echo "ok: \${EASTUS_APIKEY} fails azlint check ., pre-commit run and git commit with the did-you-mean"
git checkout --quiet -- librechat.yaml 2>/dev/null || git reset --quiet --hard HEAD

# ---- 3. --require-env: declared but unset is an error (the deploy host)
write_librechat EASTUS_API_KEY
if azlint check --require-env . >"$log" 2>&1; then fail "azlint check --require-env . passed with nothing set"; fi
grep -q '^\(\./\)\?librechat.yaml:6:18: error: environment variable "EASTUS_API_KEY" used in .* is declared in .env.example:5 but not set (--require-env)' "$log" \
  || fail "--require-env: EASTUS_API_KEY is not an error naming its declaration"
grep -q '^4 errors' "$log" || fail "--require-env: not four errors"
EASTUS_API_KEY=k1 EASTUS_INSTANCE_NAME=contoso-eastus WESTUS_API_KEY=k2 TENANT_ID=t \
  azlint check --require-env . >"$log" 2>&1 || fail "azlint check --require-env . failed with every variable set"
printf 'env_declared: [TENANT_ID]\nrequire_env: true\n' >.azlint.yaml
if azlint check . >"$log" 2>&1; then fail "require_env: true in .azlint.yaml did not make declared-but-unset an error"; fi
grep -q '^4 errors' "$log" || fail "require_env: true: not four errors"
printf 'env_declared: [TENANT_ID]\n' >.azlint.yaml
echo "ok: --require-env and require_env: true fail the layout until every variable is set"

# ---- 4. the search stops at the repository root; outside a work tree only the config's folder
mkdir -p "$tmp/plain/svc"
cp librechat.yaml "$tmp/plain/svc/"
cp .env.example "$tmp/plain/"
if (cd "$tmp/plain/svc" && azlint check --only env-var-missing librechat.yaml >"$log" 2>&1); then
  fail "outside a work tree, azlint check passed with nothing declared beside the config"
fi
grep -q 'error: environment variable "EASTUS_API_KEY"' "$log" || fail "outside a work tree, the parent folder's .env.example was read"
cp .env.example "$tmp/plain/svc/"
printf 'services:\n  api:\n    env_file: ../outside.env\n' >"$tmp/plain/svc/compose.yaml"
printf 'WESTUS_API_KEY=\nTENANT_ID=\n' >"$tmp/plain/outside.env"
(cd "$tmp/plain/svc" && azlint check --only env-var-missing librechat.yaml >"$log" 2>&1) && fail "a compose env_file outside the work tree was read"
grep -q 'error: environment variable "WESTUS_API_KEY"' "$log" || fail "WESTUS_API_KEY: not an error outside the work tree"
grep -q 'info: environment variable "EASTUS_API_KEY"' "$log" || fail "the config's own folder's .env.example was not read"
mkdir -p sub && cp librechat.yaml sub/ && cp "$tmp/plain/outside.env" .
printf 'services:\n  api:\n    env_file: [{path: ../outside.env, required: false}]\n' >sub/compose.yaml
azlint check --only env-var-missing sub/librechat.yaml >"$log" 2>&1 \
  || fail "inside the work tree, the parent folders' declarations and the compose env_file were not read"
grep -q 'info: environment variable "WESTUS_API_KEY" .* declared in ../outside.env:1 ' "$log" \
  || fail "inside the work tree, the compose env_file in the parent folder was not read"
echo "ok: declarations are searched up to the repository root, and only the config's folder outside one"
echo "librechat layout OK"
