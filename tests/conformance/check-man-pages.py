#!/usr/bin/env python3
"""The manual pages document every command and option the binaries accept. The truth is the binaries'
own help: `passdesk-cli --help` for the commands, `passdesk-cli COMMAND --help` for their options and
`passdesk --help` for the window's. A command is documented when a tag of the page's COMMANDS section
starts with its name; an option when a tag of its OPTIONS section names it.

usage: check-man-pages.py PASSDESK_CLI PASSDESK_CLI_1 [PASSDESK PASSDESK_1]
"""
import os
import re
import subprocess
import sys

COMMAND_LINE = re.compile(r"^  passdesk-cli ([a-z][a-z ]*?) \[OPTIONS\]", re.M)
OPTION_ROW = re.compile(r"^  (?:-[a-zA-Z?], )?--([a-z0-9-]+)", re.M)


def help_of(program, *args):
    # No display: `passdesk --help` must answer without one.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    p = subprocess.run([program, *args, "--help"], capture_output=True, text=True, timeout=60, env=env)
    if p.returncode != 0:
        sys.exit(f"FAIL: {os.path.basename(program)} {' '.join(args)} --help exited {p.returncode}: {p.stderr}")
    return p.stdout


def tags(page, section):
    """The tag lines (the line after each .TP) of one section, with roff escapes and fonts removed."""
    text = open(page, encoding="utf-8").read()
    match = re.search(rf"^\.SH {section}\n(.*?)(?=^\.SH )", text, re.M | re.S)
    if not match:
        sys.exit(f"FAIL: {page} has no {section} section")
    lines = match.group(1).split("\n")
    found = [lines[i + 1] for i, line in enumerate(lines[:-1]) if line.startswith(".TP")]
    return [re.sub(r"\\f[BIRP]", "", t).replace("\\-", "-") for t in found]


def missing_options(options, page):
    option_tags = tags(page, "OPTIONS")
    return [o for o in sorted(options)
            if not any(re.search(rf"(?<![a-z0-9-])--{re.escape(o)}(?![a-z0-9-])", t) for t in option_tags)]


problems = []
cli, cli_page = sys.argv[1], sys.argv[2]
overview = help_of(cli)
commands = COMMAND_LINE.findall(overview)
if len(commands) < 10:
    sys.exit(f"FAIL: passdesk-cli --help lists {len(commands)} commands:\n{overview}")
command_tags = tags(cli_page, "COMMANDS")
options = {"help", "version"}
for command in commands:
    if not any(re.match(rf'\.B[IR]? +"?{re.escape(command)}(\s|"|$)', t) for t in command_tags):
        problems.append(f"{cli_page}: command `{command}` is not in COMMANDS")
    options |= set(OPTION_ROW.findall(help_of(cli, *command.split())))
problems += [f"{cli_page}: option --{o} is not in OPTIONS" for o in missing_options(options, cli_page)]

if len(sys.argv) > 4:
    gui, gui_page = sys.argv[3], sys.argv[4]
    gui_options = set(OPTION_ROW.findall(help_of(gui)))
    if len(gui_options) < 5:
        sys.exit(f"FAIL: passdesk --help lists {len(gui_options)} options")
    problems += [f"{gui_page}: option --{o} is not in OPTIONS" for o in missing_options(gui_options, gui_page)]

if problems:
    sys.exit("FAIL: the manual pages are behind the binaries:\n" + "\n".join(problems))
print(f"ok   passdesk-cli.1 documents {len(commands)} commands and {len(options)} options"
      + (f"; passdesk.1 {len(gui_options)} options" if len(sys.argv) > 4 else ""))
