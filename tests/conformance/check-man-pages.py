#!/usr/bin/env python3
"""The manual pages document every command and option the binaries accept. The truth is the binaries'
own help: `passdesk-cli --help` for the commands, `passdesk-cli COMMAND --help` for their options and
`passdesk --help` for the window's. A command is documented when a tag of the page's COMMANDS section
starts with its name; an option when a tag of its OPTIONS section names it. An option whose help shows
its values as a choice ("--lang ko|en|de|it") has every one of them in its tag.

usage: check-man-pages.py PASSDESK_CLI PASSDESK_CLI_1 [PASSDESK PASSDESK_1]
"""
import os
import re
import subprocess
import sys

COMMAND_LINE = re.compile(r"^  passdesk-cli ([a-z][a-z ]*?) \[OPTIONS\]", re.M)
OPTION_ROW = re.compile(r"^  (?:-[a-zA-Z?], )?--([a-z0-9-]+)", re.M)
CHOICE_ROW = re.compile(r"^  (?:-[a-zA-Z?], )?--([a-z0-9-]+) ([a-z0-9-]+(?:\|[a-z0-9-]+)+)  ", re.M)


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


def option_tag(option, option_tags):
    return next((t for t in option_tags if re.search(rf"(?<![a-z0-9-])--{re.escape(option)}(?![a-z0-9-])", t)), None)


def missing_options(options, page):
    option_tags = tags(page, "OPTIONS")
    return [o for o in sorted(options) if option_tag(o, option_tags) is None]


def missing_choices(choices, page):
    """(option, value) pairs of the help's choices that the option's tag does not list."""
    option_tags = tags(page, "OPTIONS")
    out = []
    for option, values in sorted(choices.items()):
        tag = option_tag(option, option_tags)
        if tag is None:
            continue  # reported as a missing option
        words = set(re.findall(r"[a-z0-9-]+", tag))
        out += [(option, v) for v in sorted(values) if v not in words]
    return out


problems = []
cli, cli_page = sys.argv[1], sys.argv[2]
overview = help_of(cli)
commands = COMMAND_LINE.findall(overview)
if len(commands) < 10:
    sys.exit(f"FAIL: passdesk-cli --help lists {len(commands)} commands:\n{overview}")
command_tags = tags(cli_page, "COMMANDS")
options = {"help", "version"}
choices = {}
for command in commands:
    if not any(re.match(rf'\.B[IR]? +"?{re.escape(command)}(\s|"|$)', t) for t in command_tags):
        problems.append(f"{cli_page}: command `{command}` is not in COMMANDS")
    command_help = help_of(cli, *command.split())
    options |= set(OPTION_ROW.findall(command_help))
    for option, values in CHOICE_ROW.findall(command_help):
        choices.setdefault(option, set()).update(values.split("|"))
if not choices:
    sys.exit("FAIL: no option of passdesk-cli shows a choice of values (--lang ko|en|de|it)")
problems += [f"{cli_page}: option --{o} is not in OPTIONS" for o in missing_options(options, cli_page)]
problems += [f"{cli_page}: option --{o} does not list the value {v} its help offers" for o, v in missing_choices(choices, cli_page)]

if len(sys.argv) > 4:
    gui, gui_page = sys.argv[3], sys.argv[4]
    gui_help = help_of(gui)
    gui_options = set(OPTION_ROW.findall(gui_help))
    if len(gui_options) < 5:
        sys.exit(f"FAIL: passdesk --help lists {len(gui_options)} options")
    problems += [f"{gui_page}: option --{o} is not in OPTIONS" for o in missing_options(gui_options, gui_page)]
    gui_choices = {}
    for option, values in CHOICE_ROW.findall(gui_help):
        gui_choices.setdefault(option, set()).update(values.split("|"))
    problems += [f"{gui_page}: option --{o} does not list the value {v} its help offers"
                 for o, v in missing_choices(gui_choices, gui_page)]

if problems:
    sys.exit("FAIL: the manual pages are behind the binaries:\n" + "\n".join(problems))
print(f"ok   passdesk-cli.1 documents {len(commands)} commands and {len(options)} options"
      + (f"; passdesk.1 {len(gui_options)} options" if len(sys.argv) > 4 else ""))
