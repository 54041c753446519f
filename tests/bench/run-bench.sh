#!/usr/bin/env bash
# Prints performance figures for reading (and later converting/syncing) a large user export, side by side with
# the peer scripts in ../shared/bench. A command that prints figures, not a test: machines are noisy.
#
#   tests/bench/run-bench.sh            # 1,000,000 rows (~92 MB), one run each
#   ROWS=200000 RUNS=3 tests/bench/run-bench.sh
#   BUILD=/path/to/build tests/bench/run-bench.sh   (default: build/bench, a Release configuration)
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
cmake --build "$BUILD" --target torii-sync-cli bench_read -j2 >/dev/null
CLI="$BUILD/app/cli/torii-sync-cli"
mkdir -p "$DATA"
if [ ! -f "$CSV" ]; then
    echo "generating $CSV ($ROWS rows) ..." >&2
    python3 "$SHARED/gen_users.py" "$CSV" "$ROWS"
fi
SIZE=$(stat -c %s "$CSV")
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
    printf "%-30s %8ss %8ss %8.0f MiB %9.2fx\n" "$name" "$t" "$c" "$(awk -v k="$m" 'BEGIN { print k / 1024 }')" \
        "$(awk -v k="$m" -v s="$SIZE" 'BEGIN { print k * 1024 / s }')"
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
echo "file:    $CSV ($ROWS rows, $SIZE bytes = $SIZE_MIB MiB), median of $RUNS run(s), whole process"
echo
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (wall times are only meaningful on an idle machine)"
echo
printf "%-30s %9s %9s %12s %10s\n" "command" "wall" "cpu" "peak RSS" "RSS/file"
measure "torii-sync-cli inspect" "$CLI" inspect "$CSV" --json
measure "torii-sync-cli convert" "$CLI" convert "$CSV" --auto --out "$DATA/payload.json" --json
measure "torii-sync-cli sync --dry-run" "$CLI" sync "$CSV" --auto --dry-run --json
measure "python_ref.py" python3 "$SHARED/python_ref.py" "$CSV" "$DATA/python.json"
if command -v node >/dev/null && command -v npm >/dev/null; then
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
echo
echo "engine read alone (bench_read, best of 3, in-process):"
"$BUILD/tests/bench/bench_read" "$CSV" 3 | sed 's/^/  /'

# --- The window (bench_gui): drop -> first preview rows, full read, dry run, longest event-loop stall. ---
echo
echo "window (bench_gui, offscreen, median of $RUNS run(s) in one process):"
if cmake --build "$BUILD" --target bench_gui -j2 >/dev/null; then
    QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/bench_gui" "$CSV" "$RUNS" 2>&1 | sed 's/^/  /' ||
        echo "  bench_gui failed"
else
    echo "  n/a (bench_gui did not build)"
fi
