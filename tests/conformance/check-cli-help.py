#!/usr/bin/env python3
"""Every passdesk-cli command, as `passdesk-cli --help` lists them, answers --help and -h on stdout with
exit 0, and refuses an unknown option and an option missing its value on stderr with exit 2.

usage: check-cli-help.py PASSDESK_CLI
"""
import re
import subprocess
import sys

COMMAND_LINE = re.compile(r"^  passdesk-cli ([a-z][a-z ]*?) \[OPTIONS\]", re.M)
# An option row of a command's help: "  --db PATH   the visitor log ..." (a flag has no value name).
OPTION_ROW = re.compile(r"^  (?:-[a-zA-Z], )?--([a-z0-9-]+)( [^ ]+)?  ", re.M)

cli = sys.argv[1]
failures = []


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=60)


def expect(ok, what, p):
    if not ok:
        failures.append(f"{what}: exit {p.returncode}\n  stdout: {p.stdout[:400]!r}\n  stderr: {p.stderr[:400]!r}")


top = run("--help")
expect(top.returncode == 0, "passdesk-cli --help", top)
commands = COMMAND_LINE.findall(top.stdout)
if len(commands) < 10:
    sys.exit(f"FAIL: passdesk-cli --help lists {len(commands)} commands, expected every command:\n{top.stdout}")

for command in commands:
    words = command.split()
    for help_option in ("--help", "-h"):
        p = run(*words, help_option)
        expect(p.returncode == 0 and p.stdout.startswith(f"usage: passdesk-cli {command} "),
               f"passdesk-cli {command} {help_option}", p)
    help_text = run(*words, "--help").stdout
    p = run(*words, "--no-such-option")
    expect(p.returncode == 2 and "no-such-option" in p.stderr and not p.stdout,
           f"passdesk-cli {command} --no-such-option", p)
    for name, value in OPTION_ROW.findall(help_text):
        if value:
            p = run(*words, f"--{name}")
            expect(p.returncode == 2 and f"--{name}" in p.stderr and "value" in p.stderr.lower() and not p.stdout,
                   f"passdesk-cli {command} --{name} (no value)", p)

# The groups: their commands on --help, an error without one or with an unknown one.
for group in sorted({c.split()[0] for c in commands if " " in c}):
    p = run(group, "--help")
    expect(p.returncode == 0 and f"passdesk-cli {group} " in p.stdout, f"passdesk-cli {group} --help", p)
    p = run(group)
    expect(p.returncode == 2 and p.stderr and not p.stdout, f"passdesk-cli {group} (no command)", p)
    p = run(group, "no-such-command")
    expect(p.returncode == 2 and "no-such-command" in p.stderr and not p.stdout, f"passdesk-cli {group} no-such-command", p)
p = run("no-such-command")
expect(p.returncode == 2 and "no-such-command" in p.stderr and not p.stdout, "passdesk-cli no-such-command", p)

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print(f"ok   {len(commands)} commands answer --help and refuse unknown options and missing values")
