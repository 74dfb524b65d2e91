#!/usr/bin/env bash
# Regenerates the demo certificates and trust list in this folder with the TEST-ONLY demo issuer.
# Existing keys in keys/ are reused, so the trust list stays the same unless you delete them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
cmake --preset dev -S "$root" >/dev/null
cmake --build "$root/build/dev" --target passdesk-demo-forge -j2
"$root/build/dev/tests/passdesk-demo-forge" "$here"
