#!/usr/bin/env python3
"""The man page's per-command sections and the bash, zsh and fish completions, generated at build
time from the CLI's own help: `azlint --help` lists the subcommands (hidden ones are not shown),
each `azlint SUBCOMMAND --help` its options, their value types and choices. A subcommand or an
option added to the CLI appears here without an edit.

Value completion, from the help alone: `{a,b}` choices (CLI11's IsMember), a description ending
in a list (`...: error|warning|info`, `...: librechat, openclaw`), rule ids for an option or
argument whose description names a rule and GATEWAY@VERSION releases (read from `azlint rules
--json` and `azlint targets --json` when completing, so the lists are the installed binary's),
file names where the description speaks of files, folders or paths, nothing otherwise.

Usage: gen-cli-docs.py AZLINT OUTDIR [HELP2MAN]
  writes OUTDIR/azlint.bash, OUTDIR/_azlint (zsh), OUTDIR/azlint.fish, OUTDIR/azlint.h2m (the
  sections help2man --include adds) and, with HELP2MAN (Debian's help2man), OUTDIR/azlint.1.gz
"""
import gzip
import os
import re
import subprocess
import sys

PROG = "azlint"


def run_help(azlint, args):
    out = subprocess.run([azlint, *args, "--help"], check=True, capture_output=True, text=True,
                         env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}).stdout
    # the usage line names the binary as it was called: make it the installed name
    return re.sub(r"^(Usage: )\S+", r"\1" + PROG, out, count=1, flags=re.M)


class Option:
    def __init__(self, names, value, desc):
        self.names = names          # ["-j", "--jobs"]
        self.value = value          # the value's type ("TEXT", "UINT", ...) or None for a flag
        self.desc = desc
        self.choices = []
        self.kind = "none" if value is None else "text"
        m = re.search(r"\{([^}]*)\}", value or "")
        if m:
            self.choices, self.kind = m.group(1).split(","), "choices"
        elif value and re.match(r"(U?INT|FLOAT|NUMBER)\b", value):
            self.kind = "number"
        elif value and re.search(r"\brule\b", desc):
            self.kind = "rule"
        elif value and "GATEWAY@VERSION" in desc:
            self.kind = "target"
        elif value:
            listed = re.search(r":\s*([a-z0-9][a-z0-9-]*(?:(?:\||, )[a-z0-9][a-z0-9-]*)+)\s*$", desc)
            if listed:
                self.choices, self.kind = re.split(r"\||, ", listed.group(1)), "choices"
            elif re.search(r"\b(files?|folders?|director(y|ies)|paths?|PEM)\b|\.azlint\.yaml", desc):
                self.kind = "file"

    @property
    def long(self):
        return [n for n in self.names if n.startswith("--")]

    @property
    def short(self):
        return [n for n in self.names if not n.startswith("--")]


class Command:
    def __init__(self, name, text):
        self.name, self.text = name, text
        self.summary, self.usage = "", ""
        self.options, self.positionals, self.subcommands = [], [], []
        self.footer = []
        self.parse(text)

    def parse(self, text):
        section, pending = None, None  # pending: an item whose description is on the next line

        def flush():
            nonlocal pending
            if pending is not None:
                self.add(section, pending, "")
            pending = None

        for line in text.rstrip("\n").split("\n"):
            heading = re.match(r"^([A-Za-z][A-Za-z ]*):$", line)
            if line.startswith("Usage:"):
                self.usage = line[len("Usage:"):].strip()
            elif heading:
                flush()
                section = heading.group(1).lower()
            elif not line.strip():
                flush()
                if section is not None:
                    section = "footer"
            elif section is None:
                if not self.usage and not self.summary:
                    self.summary = line.strip()
            elif section == "footer" or not line.startswith("  "):
                flush()
                section = "footer"
                self.footer.append(line)
            elif pending is not None and re.match(r"^\s{6,}[^\s-]", line):
                self.add(section, pending, line.strip())
                pending = None
            else:
                flush()
                parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
                if len(parts) == 2:
                    self.add(section, parts[0], parts[1])
                else:
                    pending = parts[0]
        flush()

    def add(self, section, spec, desc):
        if spec.startswith("-"):
            names_part, _, rest = spec.partition(" ")
            value = rest.strip()
            value = value if re.match(r"[A-Z][A-Z_]*\b(?![a-z])", value) else None
            self.options.append(Option(names_part.split(","), value, desc))
        elif section and section.startswith("subcommand") or section == "commands":
            self.subcommands.append((spec.split()[0], desc))
        elif section and section.startswith("positional"):
            words = spec.split()
            self.positionals.append(Option([words[0]], " ".join(words[1:]) or "TEXT", desc))


# --- man page: one section per subcommand, for help2man --include -------------------------------

def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = re.sub(r"`([^`]*)`", r"\\fB\1\\fR", text)
    return re.sub(r"^([.'])", r"\\&\1", text)


def man_include(top, commands):
    out = ["[DESCRIPTION]",
           "\\fBazlint\\fR checks the configs of LLM gateways that send requests to Azure OpenAI \\(em LibreChat's",
           "\\fIlibrechat.yaml\\fR, OpenClaw's \\fIopenclaw.json\\fR, the LiteLLM proxy's \\fIconfig.yaml\\fR and",
           "Open WebUI's settings \\(em for what each gateway would refuse, ignore or send wrongly.",
           "\\fBazlint check\\fR lints files and directories; the other commands list and explain the rules,",
           "run the language server for editors, and show or verify the requests a config makes.",
           "[COMMANDS]"]
    for c in commands:
        out.append('.SS "%s"' % roff(c.usage))
        out.append(roff(c.summary))
        for o in c.positionals + c.options:
            if o.names == ["-h", "--help"]:
                continue
            out.append(".TP")
            label = ", ".join("\\fB%s\\fR" % roff(n) for n in o.names)
            if o.value:
                label += " \\fI%s\\fR" % roff(o.value)
            out.append(label)
            out.append(roff(o.desc))
        if c.footer:
            out.append(".PP")
            out.extend(roff(line.strip()) for line in c.footer if line.strip())
    out += [
        "[EXIT STATUS]",
        "0 when no finding reaches the severity threshold, 1 when one does, 2 for a usage error or an"
        " input that cannot be read, 3 for an internal error.",
        "[FILES]",
        ".TP",
        "\\fI.azlint.yaml\\fR",
        "the project's settings, found upward from each linted file (see \\fB\\-\\-config\\fR).",
        ".TP",
        "\\fI/usr/share/azlint/\\fR",
        "the JSON Schemas, the editor set-ups (\\fIeditors/\\fR) and the GitHub problem matcher.",
        ".TP",
        "\\fI/usr/share/doc/azlint/rules/\\fR",
        "every rule's page, as \\fBazlint explain\\fR \\fIID\\fR prints it.",
        "[SEE ALSO]",
        "\\fBazlint rules\\fR lists the rules, \\fBazlint explain\\fR \\fIID\\fR documents one.",
    ]
    return "\n".join(out) + "\n"


# --- completions -------------------------------------------------------------------------------

HEADER = "generated from `azlint --help` by scripts/gen-cli-docs.py at build time; do not edit"
# Values read from the installed binary when completing: rule ids and GATEWAY@VERSION targets.
DYNAMIC = {
    "rule": ("_azlint_rule_ids", "command azlint rules --json 2>/dev/null | sed -n 's/.*\"id\": *\"\\([^\"]*\\)\".*/\\1/p'"),
    "target": ("_azlint_targets",
               "command azlint targets --json 2>/dev/null | awk -F'\"' '$2 == \"gateway\" {g = $4} $2 == \"version\" {print g \"@\" $4}'"),
}


def bash(top, commands):
    names = [c.name for c in commands]
    out = ["# bash completion for azlint, " + HEADER]
    out += ["%s() { %s; }" % (fn, cmd) for fn, cmd in DYNAMIC.values()]
    out += ["_azlint() {",
            "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i",
            "  for ((i = 1; i < COMP_CWORD; i++)); do",
            "    case ${COMP_WORDS[i]} in",
            "      %s) cmd=${COMP_WORDS[i]}; break ;;" % "|".join(names),
            "    esac",
            "  done",
            "  COMPREPLY=()",
            "  case \"$cmd:$prev\" in"]

    def complete(o):
        if o.kind == "choices":
            return 'COMPREPLY=($(compgen -W "%s" -- "$cur"))' % " ".join(o.choices)
        if o.kind in DYNAMIC:
            return 'COMPREPLY=($(compgen -W "$(%s)" -- "$cur"))' % DYNAMIC[o.kind][0]
        if o.kind == "file":
            return 'COMPREPLY=($(compgen -f -- "$cur"))'
        return ":"

    for cmd, options in [("", top.options)] + [(c.name, c.options) for c in commands]:
        for o in options:
            if o.value:
                out.append("    %s) %s; return ;;" % ("|".join("%s:%s" % (cmd, n) for n in o.names), complete(o)))
    out += ["  esac",
            "  if [[ $cur == -* ]]; then",
            "    case $cmd in"]
    for c in commands:
        out.append('      %s) COMPREPLY=($(compgen -W "%s" -- "$cur")) ;;'
                   % (c.name, " ".join(n for o in c.options for n in o.names)))
    out.append('      *) COMPREPLY=($(compgen -W "%s" -- "$cur")) ;;' % " ".join(n for o in top.options for n in o.names))
    out += ["    esac",
            "    return",
            "  fi",
            "  case $cmd in",
            # no subcommand yet: a subcommand, else a path (`azlint FILE` means `azlint check FILE`)
            '    "") COMPREPLY=($(compgen -W "%s" -- "$cur"))' % " ".join(names),
            '        [ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur")) ;;']
    for c in commands:
        if c.positionals:
            out.append("    %s) %s ;;" % (c.name, complete(c.positionals[0])))
    out += ["  esac",
            "}",
            "complete -o filenames -o bashdefault -F _azlint azlint"]
    return "\n".join(out) + "\n"


def zsh_quote(text):
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def zsh_action(o):
    if o.kind == "choices":
        return ":value:(%s)" % " ".join(o.choices)
    if o.kind in DYNAMIC:
        return ":%s:%s" % (o.kind, DYNAMIC[o.kind][0])
    if o.kind == "file":
        return ":file:_files"
    return ":value: " if o.value else ""


def zsh_specs(c):
    specs = []
    for o in c.options:
        desc, action = zsh_quote(o.desc), zsh_action(o)
        repeat = "*" if o.value and "..." in o.value else ""
        if len(o.names) > 1:
            specs.append("'%s(%s)'{%s}'[%s]%s'" % (repeat, " ".join(o.names), ",".join(o.names), desc, action))
        else:
            specs.append("'%s%s[%s]%s'" % (repeat, o.names[0], desc, action))
    for p in c.positionals:
        action = zsh_action(p).split(":", 2)[2]  # a positional's spec is N:MESSAGE:ACTION
        specs.append("'%s:%s:%s'" % ("*" if "..." in (p.value or "") else "1", p.names[0], action))
    return specs


def zsh(top, commands):
    out = ["#compdef azlint",
           "# zsh completion for azlint, " + HEADER]
    out += ['%s() { local -a values; values=(${(f)"$(%s)"}); compadd -a values; }' % (fn, cmd)
            for fn, cmd in DYNAMIC.values()]
    out += ["_azlint() {",
            "  local curcontext=$curcontext state line",
            "  local -a commands",
            "  commands=("]
    out += ["    '%s:%s'" % (c.name, zsh_quote(c.summary)) for c in commands]
    out += ["  )",
            "  _arguments -C \\"]
    out += ["    %s \\" % s for s in zsh_specs(top)]
    out += ["    '1: :->command' '*:: :->args' && return",
            "  case $state in",
            "    command) _describe -t commands 'azlint command' commands ;;",
            "    args)",
            "      case $words[1] in"]
    out += ["        %s) _arguments %s ;;" % (c.name, " ".join(zsh_specs(c))) for c in commands]
    out += ["      esac ;;",
            "  esac",
            "}",
            '_azlint "$@"']
    return "\n".join(out) + "\n"


def fish_quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_action(o):
    if o.kind == "choices":
        return "-x -a %s" % fish_quote(" ".join(o.choices))
    if o.kind in DYNAMIC:
        return "-x -a '(%s)'" % DYNAMIC[o.kind][0]
    if o.kind == "file":
        return "-r -F"
    return "-x" if o.value else ""


def fish(top, commands):
    names = " ".join(c.name for c in commands)
    out = ["# fish completion for azlint, " + HEADER]
    out += ["function %s; %s; end" % (fn, cmd) for fn, cmd in DYNAMIC.values()]
    out.append("complete -c azlint -f")
    for c in commands:
        out.append("complete -c azlint -n %s -a %s -d %s"
                   % (fish_quote("not __fish_seen_subcommand_from " + names), c.name, fish_quote(c.summary)))

    def option(cond, o):
        parts = ["complete -c azlint -n %s" % fish_quote(cond)]
        parts += ["-l %s" % n[2:] for n in o.long] + ["-s %s" % n[1:] for n in o.short if len(n) == 2]
        parts += [fish_action(o), "-d %s" % fish_quote(o.desc)]
        return " ".join(p for p in parts if p)

    out += [option("not __fish_seen_subcommand_from " + names, o) for o in top.options]
    for c in commands:
        cond = "__fish_seen_subcommand_from " + c.name
        out += [option(cond, o) for o in c.options]
        if c.positionals:
            out.append("complete -c azlint -n %s %s" % (fish_quote(cond), fish_action(c.positionals[0])))
    return "\n".join(out) + "\n"


def man_page(help2man, azlint, include):
    # run as `azlint` found on PATH, so that the page names the installed command
    env = {**os.environ, "PATH": os.path.dirname(os.path.abspath(azlint)) + os.pathsep + os.environ.get("PATH", "")}
    page = subprocess.run([help2man, "--no-info", "--section", "1",
                           "--name", "lint LLM-gateway configs that talk to Azure OpenAI",
                           "--include", include, PROG], check=True, capture_output=True, env=env).stdout
    return gzip.compress(page, 9, mtime=0)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    azlint, outdir = sys.argv[1], sys.argv[2]
    top = Command("", run_help(azlint, []))
    if not top.subcommands:
        sys.exit("gen-cli-docs: no subcommands in `azlint --help`")
    commands = [Command(name, run_help(azlint, [name])) for name, _ in top.subcommands]
    os.makedirs(outdir, exist_ok=True)
    for name, text in [("azlint.h2m", man_include(top, commands)), ("azlint.bash", bash(top, commands)),
                       ("_azlint", zsh(top, commands)), ("azlint.fish", fish(top, commands))]:
        with open(os.path.join(outdir, name), "w") as f:
            f.write(text)
    if len(sys.argv) == 4:
        with open(os.path.join(outdir, "azlint.1.gz"), "wb") as f:
            f.write(man_page(sys.argv[3], azlint, os.path.join(outdir, "azlint.h2m")))


if __name__ == "__main__":
    main()
