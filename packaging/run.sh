#!/usr/bin/env bash
# Builds and runs PassDesk from a fresh clone: installs missing Debian packages, builds, then starts the
# counter console. With a display it opens the counter window (the webcam if one is plugged in, the
# built-in demo footage otherwise); with no display it runs the headless demo: scans the demo footage,
# prints each verdict and writes a report, saying where. Extra arguments go to `passdesk`
# (for example --lang en, --source camera:1, --check-id).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "${PASSDESK_JOBS:-2}" --target passdesk passdesk-cli

exec build/dev/app/passdesk "$@"
