#!/usr/bin/env bash
# Runs README's benchmark command (run-bench.sh) on a 3,000-row export against an existing build and checks its
# report: every figure printed, no measured command failed, the sync to the sandbox succeeded. Never a timing
# check (machines are noisy); it keeps the documented command from rotting.
# Usage: tests/bench/bench-smoke.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: bench-smoke.sh BUILD_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
fail() { echo "bench-smoke: $*" >&2; exit 1; }

# Papa Parse and SheetJS are left out: they would need node and an npm install from the network.
status=0
out=$(ROWS=3000 RUNS=1 NODE_PEER=off BUILD="$build" bash "$here/run-bench.sh" 2>&1) || status=$?
echo "$out"
[ "$status" -eq 0 ] || fail "run-bench.sh exited with $status"
for line in "torii-sync-cli inspect" "torii-sync-cli convert" "torii-sync-cli sync --dry-run" \
            "torii-sync-cli sync (sandbox)" "sandbox process" "python_ref.py" "sync (sandbox) over convert" \
            "sync peak RSS over convert's" "engine read alone" "ratio (cpu, validateFile)" \
            "drop -> first preview rows painted" "longest stall during the sync (wall)" \
            "torii-sync-cli convert (xlsx)" "inflate XML parts (zlib)" "convert (xlsx) over inflating"; do
    grep -qF -- "$line" <<<"$out" || fail "the report has no \"$line\" line"
done
# A measured command that fails prints "failed"; one the build cannot run prints "n/a". The peers (Papa Parse,
# SheetJS, openpyxl) are optional. The CSV peer scripts live in ../shared/bench; a clone on its own has none, and
# says so.
if grep -E "failed|n/a" <<<"$out" | grep -vE "papaparse|sheetjs|openpyxl|no peer scripts" | grep -q .; then
    fail "$(grep -E "failed|n/a" <<<"$out" | grep -vE "papaparse|sheetjs|openpyxl|no peer scripts" | head -n3)"
fi
grep -qE "^torii-sync-cli sync \(sandbox\) +[0-9.]+s" <<<"$out" || fail "the sync to the sandbox has no figures"
echo "bench-smoke: the benchmark command reports every figure"
