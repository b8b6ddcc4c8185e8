# Shared by the pre-commit tests (sourced): skips without git or pre-commit, isolates HOME and git
# from the user's, puts the built azlint first on PATH, and snapshots this checkout as the hook
# repository. After `precommit_setup AZLINT SRC`: $tmp (removed on exit), $log, $hookrepo, $rev;
# `fail MESSAGE` prints the last log and exits 1.
#
# pre-commit clones the hook repository at `rev`, so it only sees a committed
# .pre-commit-hooks.yaml. The snapshot is a clone of this checkout with the working tree's
# .pre-commit-hooks.yaml committed in it when it differs; with a clean checkout (CI), its HEAD is
# the checkout's HEAD. Nothing touches the network or the user's config: HOME, XDG dirs and
# PRE_COMMIT_HOME are temporary, and `language: system` installs nothing.

fail() {
  echo "FAIL: $*"
  if [ -f "$log" ]; then
    echo "---- last output ----"
    cat "$log"
    echo "---------------------"
  fi
  exit 1
}

precommit_setup() {  # $1: the built azlint, $2: the source dir
  azlint_bin=$1
  src=$(cd "$2" && pwd)
  command -v git >/dev/null || { echo "git not installed: skipped (apt-get install git, or make deps)"; exit 77; }
  command -v pre-commit >/dev/null || { echo "pre-commit not installed: skipped (apt-get install pre-commit, or make deps)"; exit 77; }
  [ -x "$azlint_bin" ] || { echo "FAIL: azlint binary not found at $azlint_bin"; exit 1; }
  [ -f "$src/.pre-commit-hooks.yaml" ] || { echo "FAIL: $src/.pre-commit-hooks.yaml is missing"; exit 1; }

  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  log=$tmp/log

  # Isolation: a fresh HOME (so no ~/.gitconfig, ~/.cache/pre-commit), no inherited git state
  # (e.g. when the suite itself runs from a git hook), no system git config.
  unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES \
        GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_CEILING_DIRECTORIES PRE_COMMIT_COLOR
  export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_CACHE_HOME=$tmp/home/.cache
  export PRE_COMMIT_HOME=$tmp/pre-commit-home GIT_CONFIG_NOSYSTEM=1
  export GIT_TERMINAL_PROMPT=0 NO_COLOR=1 TERM=dumb
  mkdir -p "$HOME" "$PRE_COMMIT_HOME"
  git config --global user.name "azlint test"
  git config --global user.email "azlint-test@example.invalid"
  git config --global init.defaultBranch main
  git config --global commit.gpgSign false
  # The checkout may belong to another user than the one running the suite (CI containers).
  git config --global safe.directory '*'

  # The hook's azlint is the one on PATH: put the built binary's directory first.
  PATH=$(cd "$(dirname "$azlint_bin")" && pwd):$PATH
  export PATH
  [ "$(command -v azlint)" -ef "$azlint_bin" ] || fail "azlint on PATH is $(command -v azlint), not $azlint_bin"

  # ---- the hook repository: a snapshot of this checkout with the working tree's hooks file
  hookrepo=$tmp/hookrepo
  if git -C "$src" rev-parse --verify -q HEAD >/dev/null 2>&1; then
    git clone --quiet "$src" "$hookrepo" || fail "git clone $src"
  else
    # Not a git checkout (a source tarball): a repository holding just the hooks file.
    git init --quiet "$hookrepo"
  fi
  cp "$src/.pre-commit-hooks.yaml" "$hookrepo/.pre-commit-hooks.yaml"
  git -C "$hookrepo" add .pre-commit-hooks.yaml
  if ! git -C "$hookrepo" diff --cached --quiet 2>/dev/null || ! git -C "$hookrepo" rev-parse -q --verify HEAD >/dev/null; then
    git -C "$hookrepo" commit --quiet -m "test snapshot: working-tree .pre-commit-hooks.yaml"
    echo "hook repo: snapshot of $src with its working-tree .pre-commit-hooks.yaml"
  else
    echo "hook repo: $src at its HEAD (.pre-commit-hooks.yaml committed)"
  fi
  rev=$(git -C "$hookrepo" rev-parse HEAD)
}

# A fresh git repository at $1 whose .pre-commit-config.yaml installs the azlint hook from the
# snapshot; the current directory becomes it.
user_repository() {
  git init --quiet "$1"
  cd "$1"
  cat >.pre-commit-config.yaml <<EOC
repos:
  - repo: $hookrepo
    rev: $rev
    hooks:
      - id: azlint
EOC
}
