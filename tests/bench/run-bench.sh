#!/usr/bin/env bash
# Prints performance figures for reading, converting and syncing a large user export (made by gen-export.py here),
# side by side with the peer scripts in ../shared/bench when that folder is beside the project. A command that prints figures, not a test: machines are noisy.
#
#   tests/bench/run-bench.sh            # 1,000,000 rows (~92 MB), one run each
#   ROWS=200000 RUNS=3 tests/bench/run-bench.sh
#   BUILD=/path/to/build tests/bench/run-bench.sh   (default: build/bench, a Release configuration)
#   NODE_PEER=off tests/bench/run-bench.sh           (skip Papa Parse: no node, and no npm install)
#
# Needs python3 and /usr/bin/time (Debian package "time"); Papa Parse is measured when node/npm are present.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared/bench}"
BUILD="${BUILD:-$ROOT/build/bench}"
ROWS="${ROWS:-1000000}"
RUNS="${RUNS:-1}"
DATA="$BUILD/bench-data"
CSV="$DATA/users-$ROWS.csv"

[ -x /usr/bin/time ] || { echo "run-bench.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTORIISYNC_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$BUILD" --target torii-sync-cli bench_read bench_payloadscan -j2 >/dev/null
CLI="$BUILD/app/cli/torii-sync-cli"
mkdir -p "$DATA"
if [ ! -f "$CSV" ]; then
    echo "generating $CSV ($ROWS rows) ..." >&2
    python3 "$ROOT/tests/bench/gen-export.py" "$CSV" "$ROWS"
fi
SIZE=$(stat -L -c %s "$CSV")
SIZE_MIB=$(awk -v s="$SIZE" 'BEGIN { printf "%.1f", s / 1048576 }')

# measure NAME CMD...: median wall seconds, CPU seconds (user + system) and peak RSS (KiB) of RUNS runs, or n/a
# when the command says it is not available in this build. CPU time is what one core costs even when the machine
# is busy; wall time is what a user waits. Fills WALL, CPU and RSS for the ratios.
declare -A WALL CPU RSS
measure() {
    local name="$1"; shift
    local times=() cpus=() rss=() i status
    for ((i = 0; i < RUNS; i++)); do
        status=0
        /usr/bin/time -f "%e %M %U %S" -o "$DATA/time.txt" "$@" >"$DATA/out.txt" 2>"$DATA/err.txt" || status=$?
        if [ "$status" -ne 0 ]; then
            if grep -qiE "not available|unknown command" "$DATA/err.txt"; then
                printf "%-30s %9s %9s %12s %10s\n" "$name" "n/a" "n/a" "n/a" "(not available in this build)"
            else
                printf "%-30s %9s %9s %12s %10s\n" "$name" "failed" "-" "-" "(exit $status: $(tail -n1 "$DATA/err.txt"))"
            fi
            return 0
        fi
        times+=("$(awk 'END { print $1 }' "$DATA/time.txt")")
        rss+=("$(awk 'END { print $2 }' "$DATA/time.txt")")
        cpus+=("$(awk 'END { print $3 + $4 }' "$DATA/time.txt")")
    done
    local t m c
    t=$(printf "%s\n" "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    m=$(printf "%s\n" "${rss[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    c=$(printf "%s\n" "${cpus[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    WALL[$name]="$t"
    CPU[$name]="$c"
    RSS[$name]="$m"
    printf "%-30s %8ss %8ss %8.1f MB/s %8.0f MiB %9.2fx\n" "$name" "$t" "$c" \
        "$(awk -v s="$SIZE" -v t="$t" 'BEGIN { print (t > 0 ? s / 1e6 / t : 0) }')" \
        "$(awk -v k="$m" 'BEGIN { print k / 1024 }')" "$(awk -v k="$m" -v s="$SIZE" 'BEGIN { print k * 1024 / s }')"
}

ratio() { # ratio SLOW FAST: how many times faster FAST is, in wall and in CPU time
    local slow="${WALL[$1]:-}" fast="${WALL[$2]:-}" slowCpu="${CPU[$1]:-}" fastCpu="${CPU[$2]:-}"
    if [ -z "$slow" ] || [ -z "$fast" ]; then
        printf "  %-52s %s\n" "$2 vs $1" "n/a"
    else
        printf "  %-52s %7.1fx wall %7.1fx cpu\n" "$2 vs $1" \
            "$(awk -v a="$slow" -v b="$fast" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
            "$(awk -v a="$slowCpu" -v b="$fastCpu" 'BEGIN { print (b > 0 ? a / b : 0) }')"
    fi
}

echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n1), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "file:    $CSV ($ROWS rows, $SIZE bytes = $SIZE_MIB MiB), median of $RUNS run(s), whole process;"
echo "         throughput = the input file's MB per second of wall time"
echo
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (wall times are only meaningful on an idle machine)"
echo
printf "%-30s %9s %9s %13s %12s %10s\n" "command" "wall" "cpu" "throughput" "peak RSS" "RSS/file"
measure "torii-sync-cli inspect" "$CLI" inspect "$CSV" --json
measure "torii-sync-cli convert" "$CLI" convert "$CSV" --auto --out "$DATA/payload.json" --json
measure "torii-sync-cli sync --dry-run" "$CLI" sync "$CSV" --auto --dry-run --json
# A full sync against the local sandbox (Torii and its S3 upload on 127.0.0.1; its own CPU is not counted), with
# history and settings in a scratch folder so the run never lands in the admin's own history.
SANDBOX_PID=""
stop_sandbox() { if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; SANDBOX_PID=""; fi; }
trap stop_sandbox EXIT
export XDG_DATA_HOME="$DATA/xdg-data" XDG_CONFIG_HOME="$DATA/xdg-config"
"$CLI" sandbox --key bench-key --sync-seconds 0 >"$DATA/sandbox.txt" 2>&1 &
SANDBOX_PID=$!
API_URL=""
for _ in $(seq 1 100); do
    # The background process may not have created its output file yet: not an error, try again.
    API_URL=$(sed -n 's/^API URL: *//p' "$DATA/sandbox.txt" 2>/dev/null | head -n1 || true)
    [ -n "$API_URL" ] && break
    sleep 0.1
done
if [ -n "$API_URL" ]; then
    sandbox_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$SANDBOX_PID/stat" 2>/dev/null || echo 0; }
    SANDBOX_CPU_BEFORE=$(sandbox_cpu)
    measure "torii-sync-cli sync (sandbox)" env TORII_API_KEY=bench-key "$CLI" sync "$CSV" --auto --api-url "$API_URL" \
        --app-account 4242 --force --json
    # The sandbox plays Torii's servers, so its CPU is not the client's; shown so the wall time can be read.
    printf "%-30s %9s   %.2f s cpu per sync (receiving, storing and checking the upload)\n" "  sandbox process" "" \
        "$(awk -v a="$SANDBOX_CPU_BEFORE" -v b="$(sandbox_cpu)" -v n="$RUNS" 'BEGIN { print (b - a) / n }')"
else
    printf "%-30s %9s\n" "torii-sync-cli sync (sandbox)" "n/a (the sandbox did not start)"
fi
stop_sandbox
unset XDG_DATA_HOME XDG_CONFIG_HOME
if [ -f "$SHARED/python_ref.py" ]; then
    measure "python_ref.py" python3 "$SHARED/python_ref.py" "$CSV" "$DATA/python.json"
else
    printf "%-30s %9s\n" "python_ref.py" "n/a (no peer scripts: $SHARED is absent)"
fi
if [ "${NODE_PEER:-auto}" = off ] || [ ! -f "$SHARED/papaparse_ref.js" ]; then
    printf "%-30s %9s\n" "papaparse_ref.js (Node)" "n/a (NODE_PEER=off or no peer scripts)"
elif command -v node >/dev/null && command -v npm >/dev/null; then
    NPM_DIR="$BUILD/bench-npm"
    if [ ! -d "$NPM_DIR/node_modules/papaparse" ]; then
        mkdir -p "$NPM_DIR"
        npm install --prefix "$NPM_DIR" --silent --no-audit --no-fund papaparse@5 >/dev/null 2>&1 || true
    fi
    if [ -d "$NPM_DIR/node_modules/papaparse" ]; then
        measure "papaparse_ref.js (Node)" env PAPA="$NPM_DIR/node_modules/papaparse" node "$SHARED/papaparse_ref.js" "$CSV" "$DATA/papa.json"
    else
        printf "%-30s %9s\n" "papaparse_ref.js (Node)" "n/a (npm install papaparse@5 failed)"
    fi
else
    printf "%-30s %9s\n" "papaparse_ref.js (Node)" "n/a (node not installed)"
fi
echo
echo "ratios:"
ratio "python_ref.py" "torii-sync-cli convert"
ratio "papaparse_ref.js (Node)" "torii-sync-cli convert"
ratio "python_ref.py" "torii-sync-cli inspect"
ratio "papaparse_ref.js (Node)" "torii-sync-cli inspect"
# Goals (issue #8): a full sync adds at most 50% to convert; memory stays flat while the payload uploads (it
# streams from disk), so sync's peak RSS is about convert's, not convert's plus the payload.
if [ -n "${WALL[torii-sync-cli sync (sandbox)]:-}" ] && [ -n "${WALL[torii-sync-cli convert]:-}" ]; then
    printf "  %-52s %+6.0f%% wall %+6.0f%% cpu   (goal <= +50%%)\n" "sync (sandbox) over convert" \
        "$(awk -v s="${WALL[torii-sync-cli sync (sandbox)]}" -v c="${WALL[torii-sync-cli convert]}" 'BEGIN { print (c > 0 ? (s / c - 1) * 100 : 0) }')" \
        "$(awk -v s="${CPU[torii-sync-cli sync (sandbox)]}" -v c="${CPU[torii-sync-cli convert]}" 'BEGIN { print (c > 0 ? (s / c - 1) * 100 : 0) }')"
    PAYLOAD_BYTES=$(stat -L -c %s "$DATA/payload.json" 2>/dev/null || echo 0)
    printf "  %-52s %+6.0f MiB (payload %.0f MiB)\n" "sync peak RSS over convert's (upload memory)" \
        "$(awk -v s="${RSS[torii-sync-cli sync (sandbox)]}" -v c="${RSS[torii-sync-cli convert]}" 'BEGIN { print (s - c) / 1024 }')" \
        "$(awk -v p="$PAYLOAD_BYTES" 'BEGIN { print p / 1048576 }')"
else
    printf "  %-52s %s\n" "sync (sandbox) over convert" "n/a"
fi

# --- Workbooks: the same rows as an Excel-shaped .xlsx (shared strings, a date-time format; gen_workbook.py),
# against the cost of inflating its XML parts (the floor for any reader) and two peer readers with the same
# mapping: openpyxl's read-only mode (Debian's python3-openpyxl) and SheetJS (npm "xlsx", installed into the
# build folder on first use). Either peer is n/a when its runtime is missing. ---
WB="$DATA/users-$ROWS.xlsx"
if [ ! -f "$WB" ]; then
    echo "generating $WB ($ROWS rows) ..." >&2
    python3 "$ROOT/tests/bench/gen_workbook.py" "$WB" "$ROWS"
fi
SIZE=$(stat -L -c %s "$WB")
echo
echo "workbook: $WB ($ROWS rows, $SIZE bytes = $(awk -v s="$SIZE" 'BEGIN { printf "%.1f", s / 1048576 }') MiB; throughput = the .xlsx file's MB/s)"
printf "%-30s %9s %9s %13s %12s %10s\n" "command" "wall" "cpu" "throughput" "peak RSS" "RSS/file"
measure "inflate XML parts (zlib)" python3 -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for name in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
    with z.open(name) as part:
        while part.read(1 << 20): pass' "$WB"
measure "torii-sync-cli inspect (xlsx)" "$CLI" inspect "$WB" --json
measure "torii-sync-cli convert (xlsx)" "$CLI" convert "$WB" --auto --out "$DATA/payload-xlsx.json" --json
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
    measure "openpyxl_ref.py (read-only)" /usr/bin/python3 "$ROOT/tests/bench/openpyxl_ref.py" "$WB" "$DATA/openpyxl.json"
else
    printf "%-30s %9s\n" "openpyxl_ref.py (read-only)" "n/a (python3-openpyxl not installed)"
fi
if [ "${NODE_PEER:-auto}" = off ]; then
    printf "%-30s %9s\n" "sheetjs_ref.js (Node)" "n/a (NODE_PEER=off)"
elif command -v node >/dev/null && command -v npm >/dev/null; then
    NPM_DIR="$BUILD/bench-npm"
    if [ ! -d "$NPM_DIR/node_modules/xlsx" ]; then
        mkdir -p "$NPM_DIR"
        npm install --prefix "$NPM_DIR" --silent --no-audit --no-fund xlsx@0.18 >/dev/null 2>&1 || true
    fi
    if [ -d "$NPM_DIR/node_modules/xlsx" ]; then
        measure "sheetjs_ref.js (Node)" env XLSX="$NPM_DIR/node_modules/xlsx" node "$ROOT/tests/bench/sheetjs_ref.js" "$WB" "$DATA/sheetjs.json"
    else
        printf "%-30s %9s\n" "sheetjs_ref.js (Node)" "n/a (npm install xlsx@0.18 failed)"
    fi
else
    printf "%-30s %9s\n" "sheetjs_ref.js (Node)" "n/a (node not installed)"
fi
echo
echo "workbook ratios (goals, issue #20: convert within 2.5x of inflating, >= 20x openpyxl, >= 10x SheetJS):"
if [ -n "${WALL[torii-sync-cli convert (xlsx)]:-}" ] && [ -n "${WALL[inflate XML parts (zlib)]:-}" ]; then
    printf "  %-52s %7.1fx wall %7.1fx cpu\n" "torii-sync-cli convert (xlsx) over inflating" \
        "$(awk -v a="${WALL[torii-sync-cli convert (xlsx)]}" -v b="${WALL[inflate XML parts (zlib)]}" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
        "$(awk -v a="${CPU[torii-sync-cli convert (xlsx)]}" -v b="${CPU[inflate XML parts (zlib)]}" 'BEGIN { print (b > 0 ? a / b : 0) }')"
fi
ratio "openpyxl_ref.py (read-only)" "torii-sync-cli convert (xlsx)"
ratio "sheetjs_ref.js (Node)" "torii-sync-cli convert (xlsx)"
echo
echo "engine read alone (bench_read, best of 3, in-process):"
"$BUILD/tests/bench/bench_read" "$CSV" 3 | sed 's/^/  /'
echo
echo "sandbox payload check (bench_payloadscan, best of 3, in-process): PayloadScanner vs the QJsonDocument check it replaced:"
"$BUILD/tests/bench/bench_payloadscan" "$DATA/payload.json" 3 | sed 's/^/  /'

# --- The window (bench_gui): drop -> first preview rows, full read, dry run, longest event-loop stall. ---
echo
echo "window (bench_gui, offscreen, median of $RUNS run(s) in one process):"
if cmake --build "$BUILD" --target bench_gui -j2 >/dev/null; then
    QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/bench_gui" "$CSV" "$RUNS" 2>&1 | sed 's/^/  /' ||
        echo "  bench_gui failed"
else
    echo "  n/a (bench_gui did not build)"
fi
