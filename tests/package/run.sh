#!/usr/bin/env bash
# Builds the .deb with CPack and checks it as a user meets it: its file list (dpkg-deb -c), the
# man page rendered (man -l on the unpacked page, every subcommand of `azlint --help` in it), the
# bash completion completing `azlint ch` to `check` (and the zsh and fish files parsing, when those
# shells are installed), verify's HTTP module in /usr/lib/azlint (the unpacked `verify --dry-run`
# loads it); as root: installs it (dpkg -i), reads `man azlint`, runs the installed
# binary and the installed completion, and removes it (dpkg -r) — also when a check fails.
# Usage: run.sh <build-dir>     (exit 77 = skipped)
set -euo pipefail
build=$1
command -v cpack >/dev/null || { echo "cpack not found: skipped"; exit 77; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb not found: skipped"; exit 77; }
command -v man >/dev/null || { echo "man not found (apt-get install man-db): skipped"; exit 77; }
out=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg -r azlint >/dev/null 2>&1 || echo "could not remove the azlint package"; fi
  rm -rf "$out"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/azlint_*.deb)
echo "built $(basename "$deb")"

# --- the file list ----------------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for f in ./usr/bin/azlint \
         ./usr/lib/azlint/azlint-verify-http.so \
         ./usr/share/man/man1/azlint.1.gz \
         ./usr/share/bash-completion/completions/azlint \
         ./usr/share/zsh/vendor-completions/_azlint \
         ./usr/share/fish/vendor_completions.d/azlint.fish \
         ./usr/share/doc/azlint/copyright \
         ./usr/share/doc/azlint/README.md \
         ./usr/share/doc/azlint/rules/librechat/duplicate-group.md \
         ./usr/share/azlint/schemas/librechat.schema.json \
         ./usr/share/azlint/azlint-problem-matcher.json \
         ./usr/share/azlint/editors/README.md \
         ./usr/share/azlint/editors/emacs/azlint.el \
         ./usr/share/azlint/editors/nvim/azlint.lua \
         ./usr/share/azlint/editors/helix/languages.toml \
         ./usr/share/azlint/editors/vscode/extension.js; do
  grep -qxF "$f" <<<"$contents" || fail "$f is not in the package"
done
stray=$(grep -vE '^\./(usr/(bin|share|lib/azlint)/.*)?$|^\./usr/(lib/)?$' <<<"$contents" | grep -v '/$' || true)
[ -z "$stray" ] || fail "files outside /usr/bin, /usr/lib/azlint and /usr/share: $stray"
! grep -qE 'node_modules|/build/|\.orig$|\.rej$' <<<"$contents" || fail "build or editor leftovers in the package"
echo "file list: $(grep -vc '/$' <<<"$contents") files, the expected ones present"

dpkg-deb -x "$deb" "$out/root"
bin="$out/root/usr/bin/azlint"
"$bin" --version | grep -q '^azlint ' || fail "packaged azlint --version"
config="$(cd "$(dirname "$0")/../.." && pwd)/examples/valid/librechat.yaml"
"$bin" verify --dry-run --no-env "$config" | grep -q 'dry run: nothing sent' || fail "packaged azlint verify --dry-run (its module)"
head -1 "$out/root/usr/share/doc/azlint/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "copyright is not in the Debian copyright format"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/root/usr/share/azlint/azlint-problem-matcher.json" ||
  fail "the problem matcher is not JSON"

# --- the man page: rendered, with every subcommand azlint --help lists ------------------------
subcommands=$("$bin" --help | awk 'tolower($0) ~ /^subcommands:$/ {on = 1; next} /^[^ ]/ {on = 0} on && NF {print $1}')
[ -n "$subcommands" ] || fail "no subcommands in azlint --help"
page=$(MANWIDTH=120 man -l "$out/root/usr/share/man/man1/azlint.1.gz" 2>&1) || fail "man -l: $page"
grep -q '^AZLINT(1)' <<<"$page" || fail "the man page has no AZLINT(1) header"
for s in $subcommands; do
  grep -q "^   azlint $s " <<<"$page" || fail "the man page has no section for \`azlint $s\`"
done
grep -q -- '--format' <<<"$page" || fail "the man page does not document check's --format"
echo "man page: renders, documents $(wc -w <<<"$subcommands") subcommands"

# --- the completions --------------------------------------------------------------------------
# bash, as bash-completion loads it: `complete -p` names the function, which completes `azlint ch`
complete_bash() {  # completion file, then the words of the line (the last one is completed)
  PATH="$(dirname "$bin"):$PATH" bash --norc --noprofile -c '
    source "$1"; shift
    fn=$(complete -p azlint | sed -n "s/.*-F \([^ ]*\) azlint$/\1/p")
    [ -n "$fn" ] || { echo "no completion function for azlint"; exit 1; }
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    "$fn" azlint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    echo "${COMPREPLY[*]}"' _ "$@"
}
bash_file="$out/root/usr/share/bash-completion/completions/azlint"
got=$(complete_bash "$bash_file" azlint ch) || fail "bash completion: $got"
[ "$got" = check ] || fail "bash: \`azlint ch<TAB>\` completes to \"$got\", not \"check\""
got=$(complete_bash "$bash_file" azlint check --format j)
[ "$got" = "json junit" ] || fail "bash: \`azlint check --format j<TAB>\` completes to \"$got\""
got=$(complete_bash "$bash_file" azlint explain librechat/duplicate-g)
[ "$got" = librechat/duplicate-group ] || fail "bash: \`azlint explain librechat/duplicate-g<TAB>\` completes to \"$got\""
got=$(complete_bash "$bash_file" azlint check --no-c)
[ "$got" = --no-color ] || fail "bash: \`azlint check --no-c<TAB>\` completes to \"$got\""
echo "bash completion: azlint ch -> check, --format, rule ids, options"
if command -v zsh >/dev/null; then
  zsh -n "$out/root/usr/share/zsh/vendor-completions/_azlint" || fail "zsh cannot parse _azlint"
  echo "zsh completion: parses"
fi
if command -v fish >/dev/null; then
  fish_file="$out/root/usr/share/fish/vendor_completions.d/azlint.fish"
  got=$(PATH="$(dirname "$bin"):$PATH" fish --no-config -c "source $fish_file; complete -C'azlint ch'" | cut -f1)
  [ "$got" = check ] || fail "fish: \`azlint ch<TAB>\` completes to \"$got\""
  echo "fish completion: azlint ch -> check"
fi

# --- installed, as root -------------------------------------------------------------------------
if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null; then
  echo "not root: dpkg -i, man azlint and dpkg -r not tried"
  echo "package OK"
  exit 0
fi
# Other checkouts on this machine may run this test at the same time: one at a time.
exec 9>/tmp/azlint-package-test.lock
flock -w 300 9 || fail "another package test holds /tmp/azlint-package-test.lock"
if dpkg-query -W -f='${Status}' azlint 2>/dev/null | grep -q ' installed$'; then
  echo "an azlint package is installed already: dpkg -i not tried (not replacing it)"
  echo "package OK"
  exit 0
fi
installed=1
for attempt in $(seq 1 60); do  # dpkg waits for no lock: retry while apt runs elsewhere
  if msg=$(dpkg -i "$deb" 2>&1); then break; fi
  grep -qi 'lock' <<<"$msg" && [ "$attempt" -lt 60 ] || fail "dpkg -i: $msg"
  sleep 2
done
/usr/bin/azlint --version | grep -q '^azlint ' || fail "installed azlint --version"
/usr/bin/azlint verify --dry-run --no-env "$config" | grep -q 'dry run: nothing sent' || fail "installed azlint verify --dry-run"
page=$(MANWIDTH=120 MANPAGER=cat man azlint 2>&1) || fail "man azlint: $page"
grep -q '^   azlint check ' <<<"$page" || fail "man azlint does not show the installed page"
got=$(complete_bash /usr/share/bash-completion/completions/azlint azlint ch)
[ "$got" = check ] || fail "installed bash completion: \`azlint ch<TAB>\` completes to \"$got\""
echo "installed with dpkg -i: $(/usr/bin/azlint --version), man azlint shows azlint(1)"
dpkg -r azlint >/dev/null 2>&1 || fail "dpkg -r azlint"
installed=0
[ ! -e /usr/bin/azlint ] && [ ! -e /usr/lib/azlint/azlint-verify-http.so ] && [ ! -e /usr/share/man/man1/azlint.1.gz ] || fail "files left after dpkg -r"
echo "removed with dpkg -r"
echo "package OK"
