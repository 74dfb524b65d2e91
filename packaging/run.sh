#!/usr/bin/env bash
# Builds and runs PassDesk from a fresh clone: installs missing Debian packages, builds, then runs the
# headless demo: verifies every built-in demo certificate (TEST-ONLY demo issuer) and prints verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "${PASSDESK_JOBS:-2}" --target passdesk-cli

cli=build/dev/app/passdesk-cli
demo=resources/demo
echo "PassDesk headless demo: checking the demo certificates against the demo trust list (TEST ONLY keys)"
echo
while IFS=$'\t' read -r file expected description; do
    case "$file" in ''|'#'*) continue ;; esac
    echo "── $description  ($demo/certificates/$file)"
    "$cli" verify --trust "$demo/trust-list.json" --stdin < "$demo/certificates/$file" || true
    echo
done < "$demo/certificates/EXPECTED.tsv"
