#!/usr/bin/env python3
"""passdesk-cli speaks Korean, English, German and Italian wherever it takes a language, and refuses any
other with a usage error (exit 2): `verify --lang` (labels and reasons), the environment's language when
--lang is not given, `export --facility-types --lang`, and the PDF report (`export --format pdf --lang`),
read back with pdftotext: the language's own headings and none of the English or Korean ones. Page 1 of
each PDF is rendered with pdftoppm (`-r 60`), as a person would look at it.

usage: check-cli-languages.py PASSDESK_CLI DEMO_DIR WORK_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys

cli, demo, work = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = []
HANGUL = re.compile("[\uac00-\ud7a3]")


def run(*args, env_lang=None):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    if env_lang:
        env["LANG"] = env_lang
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=120, env=env)


def check(ok, what, detail=""):
    if not ok:
        failures.append(f"{what}\n  {detail[:1500]}")


def cert(name):
    return open(os.path.join(demo, "certificates", name), encoding="ascii").read().strip()


trust = os.path.join(demo, "trust-list.json")
valid, tampered = cert("valid-vaccination.hc1.txt"), cert("tampered.hc1.txt")
at = "2026-01-01T00:00:00Z"

# The reason texts, as the JSON gives them in every language (core's catalogue is their source).
p = run("verify", "--trust", trust, "--at", at, "--json", tampered)
reasons = json.loads(p.stdout.splitlines()[0])["reasons"]
check(reasons and all(r.get(f"message_{l}") for r in reasons for l in ("ko", "de", "it")), "--json carries every language", p.stdout)
english_reasons = [r["message"] for r in reasons]

# verify: the outcome, the labels and the reasons in the language asked for.
words = {
    "en": (["VERIFIED", "Holder:", "Issuer:"], ["GÜLTIG", "VALIDO", "유효", "Inhaber", "Titolare"]),
    "ko": (["유효 (VERIFIED)", "소지자:", "발급:"], ["Holder:", "Inhaber", "Titolare"]),
    "de": (["GÜLTIG (VERIFIED)", "Inhaber:", "Aussteller:", "geboren"], ["Holder:", "Issuer:", "born", "소지자", "VALIDO"]),
    "it": (["VALIDO (VERIFIED)", "Titolare:", "Emittente:", "nato il"], ["Holder:", "Issuer:", "born", "소지자", "GÜLTIG"]),
}
for lang, (present, absent) in words.items():
    p = run("verify", "--trust", trust, "--at", at, "--lang", lang, valid)
    check(p.returncode == 0, f"verify --lang {lang}: exit {p.returncode}", p.stderr)
    for w in present:
        check(w in p.stdout, f"verify --lang {lang} lacks {w!r}", p.stdout)
    for w in absent:
        check(w not in p.stdout, f"verify --lang {lang} still says {w!r}", p.stdout)
    p = run("verify", "--trust", trust, "--at", at, "--lang", lang, tampered)
    check(p.returncode == 1, f"verify --lang {lang} of the tampered certificate: exit {p.returncode}", p.stderr)
    for r in reasons:
        text = r["message"] if lang == "en" else r[f"message_{lang}"]
        check(f"{text} [{r['code']}]" in p.stdout, f"verify --lang {lang}: reason {r['code']} is not {text!r}", p.stdout)
        if lang != "en":
            check(r["message"] not in p.stdout, f"verify --lang {lang}: the English reason is left", p.stdout)

# Without --lang: the environment's language; one the CLI does not speak gives English.
for env_lang, expect in (("de_DE.UTF-8", "GÜLTIG (VERIFIED)"), ("it_IT.UTF-8", "VALIDO (VERIFIED)"),
                         ("ko_KR.UTF-8", "유효 (VERIFIED)"), ("fr_FR.UTF-8", "VERIFIED  EU DCC")):
    p = run("verify", "--trust", trust, "--at", at, valid, env_lang=env_lang)
    check(p.stdout.startswith(expect), f"LANG={env_lang}: verify starts {p.stdout[:40]!r}, not {expect!r}", p.stdout)

# Any other language is a usage error, exit 2, naming the four, wherever --lang is taken.
for args in (["verify", "--trust", trust, valid], ["scan", "--source", "demo", "--max-scans", "1"],
             ["export", "--db", os.path.join(work, "none.db"), "--format", "pdf", "--out", os.path.join(work, "x.pdf")],
             ["export", "--facility-types"]):
    for bad in ("fr", "EN", "", "de_DE"):
        p = run(*args, "--lang", bad)
        check(p.returncode == 2 and "--lang must be ko, en, de or it" in p.stderr and not p.stdout.strip(),
              f"{args[0]} --lang {bad!r}: exit {p.returncode}", p.stdout + p.stderr)
check(not os.path.exists(os.path.join(work, "x.pdf")), "a refused export wrote its file anyway")

# Facility names in the language asked for, beside the official Korean name.
for lang, name in (("de", None), ("it", None), ("en", "Restaurants and cafés")):
    p = run("export", "--facility-types", "--lang", lang)
    rows = [l for l in p.stdout.splitlines() if l.startswith("restaurant-cafe ")]
    check(p.returncode == 0 and len(rows) == 1 and "식당·카페" in rows[0], f"--facility-types --lang {lang}", p.stdout)
    if rows and name:
        check(name in rows[0], f"--facility-types --lang {lang}: {rows[0]}")
    elif rows:
        check("Restaurants and cafés" not in rows[0], f"--facility-types --lang {lang} is English: {rows[0]}")

# The PDF report: a logged demo day exported in German and Italian.
db = os.path.join(work, "visits.db")
p = run("scan", "--source", "demo", "--db", db)
check(p.returncode == 0, f"scan --db: exit {p.returncode}", p.stderr)
venue = ["--venue-name", "Gasthaus Zur Sonne", "--venue-type", "restaurant-cafe", "--venue-address", "Königstraße 1, Stuttgart",
         "--venue-operator", "Jörg Weiß"]
pdf_words = {
    # the language's own headings and labels, and none of English's or Korean's
    "de": ["Bericht über die Impfnachweiskontrollen", "Betrieb", "Übersicht", "Nach Ergebnis", "Besuche pro Stunde",
           "Integrität", "Ausfallzeiten", "Besuche (12)", "Ungültig", "Gültig", "Restaurants und Cafés", "Königstraße"],
    "it": ["Rapporto dei controlli del green pass", "Locale", "Riepilogo", "Per esito", "Visite per ora", "Integrità",
           "Periodi di guasto", "Visite (12)", "Non valido", "Valido", "Ristoranti", "Königstraße"],
}
english = ["Vaccine pass check report", "Venue", "Summary", "By verdict", "Visits per hour", "Integrity", "Evidence windows",
           "Visits (12)", "Business reg. no.", "Policy in force", "Generated (UTC)", "System failures", "unable to check for",
           "Masked ID", "Invalid", "PassDesk check report", "Restaurants and cafés"]
for lang, expected in pdf_words.items():
    out = os.path.join(work, f"day-{lang}.pdf")
    p = run("export", "--db", db, "--format", "pdf", "--lang", lang, "--out", out, *venue)
    check(p.returncode == 0 and os.path.exists(out), f"export pdf --lang {lang}: exit {p.returncode}", p.stdout + p.stderr)
    if not os.path.exists(out):
        continue
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True, timeout=60).stdout
    flat = re.sub(r"\s+", " ", text)
    for w in expected:
        check(w in flat, f"PDF ({lang}) lacks {w!r}", text)
    for w in english:
        check(w not in flat, f"PDF ({lang}) still says {w!r} in English", text)
    check(not HANGUL.search(text), f"PDF ({lang}) has Korean text: {HANGUL.findall(text)[:10]}", text)
    # The reasons of the refused visits, in the language (the table elides long ones: their start).
    for r in reasons:
        check(r[f"message_{lang}"][:14] in text, f"PDF ({lang}) lacks the reason {r['code']}: {r[f'message_{lang}']!r}", text)
        check(r["message"][:14] not in text, f"PDF ({lang}) has the English reason {r['message']!r}", text)
    png = os.path.join(work, f"page-{lang}")
    r = subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", out, png], capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and any(f.startswith(f"page-{lang}") for f in os.listdir(work)), f"pdftoppm ({lang})", r.stderr)

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print("ok   verify, the environment, --facility-types and the PDF speak ko, en, de and it; other languages exit 2")
