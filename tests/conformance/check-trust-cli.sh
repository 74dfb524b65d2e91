#!/usr/bin/env bash
# passdesk-cli trust import/status and verify --trust-store, with lists signed by the openssl command
# exactly as the German DSC list is (first line: base64 DER ECDSA-SHA256 signature; then the JSON body).
# usage: check-trust-cli.sh PASSDESK_CLI DEMO_DIR WORK_DIR
set -euo pipefail
CLI=$1 DEMO=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
fail() { echo "FAIL: $*" >&2; exit 1; }
has() { grep -q -- "$1" <<< "$2"; } # not a pipe into grep -q: with pipefail the writer's SIGPIPE would fail
seal() { openssl dgst -sha256 -sign list.key -out sig.der "$1" && { base64 -w0 sig.der; echo; cat "$1"; } > "$2"; }

openssl ecparam -name prime256v1 -genkey -noout -out list.key 2>/dev/null
openssl ec -in list.key -pubout -out list.pub 2>/dev/null
HC1=$(cat "$DEMO/certificates/valid-vaccination.hc1.txt")
AT=2022-01-10T12:00:00Z

/usr/bin/python3 - "$DEMO/trust-list.json" <<'PY'
import base64, hashlib, json, sys
certs = []
for d in json.load(open(sys.argv[1]))["dsc"]:
    der = base64.b64decode(d["certificate"])
    certs.append({"certificateType": "DSC", "country": d.get("country", "KR"),
                  "kid": base64.b64encode(hashlib.sha256(der).digest()[:8]).decode(), "rawData": d["certificate"]})
open("dsc.json", "w").write(json.dumps({"certificates": certs}))
uci = "URN:UVCI:01:KR:DEMO0001"
entry = base64.b64encode(hashlib.sha256(("KR" + uci).encode()).digest()[:16]).decode()
open("revocation.json", "w").write(json.dumps({"batchId": "demo-1", "country": "KR", "hashType": "COUNTRYCODEUCI",
                                               "entries": [{"hash": entry}]}))
PY
seal dsc.json dsc-list.txt
seal revocation.json revocation.txt
sed 's/demo-1/demo-2/' revocation.txt > tampered.txt

out=$("$CLI" trust import --store store --pin list.pub dsc-list.txt) && has "dsc-list.txt: applied as dsc" "$out" || fail "DSC list: $out"
out=$("$CLI" verify --trust-store store --at $AT "$HC1") && has '^VERIFIED' "$out" || fail "not verified with the imported DSC list: $out"
if out=$("$CLI" trust import --store store tampered.txt); then fail "tampered list accepted"; fi
has "REFUSED update.signature" "$out" || fail "tampered list: $out"
out=$("$CLI" trust import --store store revocation.txt) && has "applied as dcc-revocation" "$out" || fail "revocation list: $out"
if out=$("$CLI" verify --trust-store store --at $AT "$HC1"); then fail "revoked certificate verified"; fi
has '^REVOKED' "$out" || fail "not REVOKED: $out"
has 'Revoked by: DCC revocation demo-1 (KR, COUNTRYCODEUCI) from ' "$out" || fail "the list is not named: $out"
out=$("$CLI" trust status --store store) && has '^dsc: fresh, 1 entries' "$out" || fail "status: $out"
# Stale means older than the limit, in whole seconds: wait until the lists are surely older than 0 s.
sleep 2
if "$CLI" trust status --store store --max-age-hours 0 >/dev/null; then fail "stale status exits 0"; fi
out=$("$CLI" trust status --store store --max-age-hours 0) || true
has '^dsc: STALE' "$out" || fail "not stale: $out"

# --json: stdout is one JSON document, the result of each file included, for a refused file too.
out=$("$CLI" trust import --store store --pin list.pub --json dsc-list.txt tampered.txt) && fail "tampered list accepted (--json)"
/usr/bin/python3 - "$out" <<'PY' || fail "trust import --json is not JSON with each file's result: $out"
import json, sys
doc = json.loads(sys.argv[1])
results = {r["input"]: r for r in doc["results"]}
assert results["dsc-list.txt"]["applied"] and results["dsc-list.txt"]["kind"] == "dsc", results
assert not results["tampered.txt"]["applied"] and results["tampered.txt"]["error"], results
assert any(s["kind"] == "dsc" for s in doc["sets"]), doc
PY
out=$("$CLI" trust status --store store --json) && /usr/bin/python3 -c 'import json, sys; json.loads(sys.argv[1])["sets"]' "$out" \
    || fail "trust status --json is not JSON: $out"
out=$("$CLI" trust fetch --store store --json --timeout 2000 https://127.0.0.1:9/dsc) && fail "fetch from a closed port succeeded"
/usr/bin/python3 -c 'import json, sys; assert not json.loads(sys.argv[1])["results"][0]["applied"]' "$out" \
    || fail "trust fetch --json is not JSON with the URL's result: $out"
echo "trust CLI: OK"
