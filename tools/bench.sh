#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Limber's benchmark suite (docs/PERFORMANCE.md) and prints its four tables:
#
#   tools/bench.sh [--install-peers] [--skip-build] [--no-figure] [--figure-seconds N]
#                  [--figure-rounds N] [footprint.py options...]
#
# 1. installs what is missing (tools/bootstrap.sh; with --install-peers also Workrave,
#    Safe Eyes with its tray-icon library, and RSIBreak from apt, to compare against);
# 2. builds the release preset;
# 3. runs the history microbenchmarks (tests/bench/history_bench.cpp) on a 10-year,
#    100 000-break history and prints them against their targets;
#    Then the sync benchmarks (tests/bench/sync_bench.cpp): the first merge of 10
#    devices x 10 years of journals (and the reading alone), and merging one new break;
# 4. runs tests/bench/footprint.py (idle footprint of the bare Qt tray program, Limber
#    and the installed peers, each on its own headless desktop). Options after the
#    flags above go to it, e.g. `--seconds 30 --rounds 2`, `--no-peers`;
# 5. unless --no-figure, runs tests/bench/figure_cpu.py: the CPU of Limber with its break
#    window shown, the figure moving (wall angels) and holding, beside reduced motion and
#    the idle tray (--figure-seconds per state, default 30; --figure-rounds, default 3).
#
# Takes about 4 minutes per footprint round with all peers (default: 3 rounds of 60 s),
# and about 2½ minutes per figure round (default 3 rounds of 30 s).
# Exits non-zero when a Limber target fails.
set -euo pipefail
cd "$(dirname "$0")/.."

install_peers=0
build=1
figure=1
figure_args=()
footprint_args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --install-peers) install_peers=1 ;;
    --skip-build) build=0 ;;
    --no-figure) figure=0 ;;
    --figure-seconds | --figure-rounds)
        [ $# -ge 2 ] || { echo "bench: $1 needs a value" >&2; exit 2; }
        figure_args+=("--${1#--figure-}" "$2")
        shift
        ;;
    -h | --help)
        sed -n '3,22p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) footprint_args+=("$1") ;;
    esac
    shift
done

tools/bootstrap.sh
if [ "$install_peers" -eq 1 ]; then
    # Safe Eyes draws its tray icon through AppIndicator (a Recommends); without it, no icon.
    peers=(workrave safeeyes gir1.2-ayatanaappindicator3-0.1 rsibreak)
    missing=()
    for p in "${peers[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        as_root=()
        [ "$(id -u)" -eq 0 ] || as_root=(sudo)
        echo "bench: installing peers ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q \
            --no-install-recommends "${missing[@]}"
    fi
fi

if [ "$build" -eq 1 ]; then
    # Build output goes to stderr: stdout is the two tables.
    cmake --preset release >&2
    cmake --build --preset release -j"${LIMBER_BENCH_JOBS:-2}" >&2
fi
build_dir=build/release
micro_json=$(mktemp --suffix=.json)
trap 'rm -f "$micro_json"' EXIT

status=0
echo "== History microbenchmarks (${LIMBER_BENCH_BREAKS:-100000} breaks over 10 years) =="
"$build_dir/tests/bench/limber_history_bench" --benchmark_out="$micro_json" \
    --benchmark_out_format=json >&2
/usr/bin/python3 - "$micro_json" <<'EOF' || status=1
import json, sys
data = json.load(open(sys.argv[1]))
targets = {"BM_StatsReport": ("tray-menu data (StatsReport::build)", 5000.0),
           "BM_TrayMenuRefresh": ("tray-menu refresh (stats + menu model)", 5000.0),
           "BM_AddBreak": ("inserting a break", 2000.0)}
what = {"BM_DaySummariesYear": "a year of day summaries", "BM_RoutinePlanner": "planning a routine",
        "BM_OpenHistory": "opening the history (incl. quick_check)"}
scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}
print(f"\n{data['context'].get('history_breaks')} breaks over {data['context'].get('history_years')} years; "
      "wall time per call\n")
print("| benchmark | what | time | target | result |\n|---|---|---|---|---|")
ok = True
for b in data["benchmarks"]:
    us = b["real_time"] * scale[b["time_unit"]]
    shown = f"{us / 1000:.2f} ms" if us >= 1000 else f"{us:.1f} µs"
    name, target = targets.get(b["name"], (what.get(b["name"], ""), None))
    if target is None:
        print(f"| {b['name']} | {name} | {shown} | | |")
    else:
        passed = us <= target
        ok &= passed
        print(f"| {b['name']} | {name} | {shown} | ≤ {target / 1000:g} ms | {'PASS' if passed else 'FAIL'} |")
sys.exit(0 if ok else 1)
EOF

echo
echo "== Sync: merging other computers' journals (10 devices x 10 years) =="
sync_json=$(mktemp --suffix=.json)
"$build_dir/tests/bench/limber_sync_bench" --benchmark_out="$sync_json" \
    --benchmark_out_format=json >&2
/usr/bin/python3 - "$sync_json" <<'EOF' || status=1
import json, sys
data = json.load(open(sys.argv[1]))
targets = {"BM_SyncFirstMergeInPieces": ("first merge of every journal, as the daemon does it"
                                         " (median of 5)", 1000.0),
           "BM_SyncFirstMerge": ("the same through the store alone, one thread", None),
           "BM_SyncReadJournals": ("of it: reading every journal, nothing written", None),
           "BM_SyncNewBreak": ("merging a new break", 10.0)}
scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
print("\n| benchmark | what | time | target | result |\n|---|---|---|---|---|")
ok = True
for b in data["benchmarks"]:
    if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
        continue
    ms = b["real_time"] * scale[b["time_unit"]]
    name, target = targets[b["run_name"].split("/")[0]]
    lines = f" ({int(b['lines']):,} lines)" if "lines" in b else ""
    if "then_checkpoint_ms" in b:  # left for a thread of its own once caught up
        lines += f"; then the WAL into the file: {b['then_checkpoint_ms']:.0f} ms in the background"
    if target is None:  # a part of another row, measured to say where its time goes
        print(f"| {b['run_name'].split('/')[0]} | {name}{lines} | {ms:.2f} ms | — | — |")
        continue
    passed = ms <= target
    ok &= passed
    print(f"| {b['run_name'].split('/')[0]} | {name}{lines} | {ms:.2f} ms | ≤ {target:g} ms | {'PASS' if passed else 'FAIL'} |")
sys.exit(0 if ok else 1)
EOF
rm -f "$sync_json"

echo
echo "== Idle footprint =="
/usr/bin/python3 tests/bench/footprint.py \
    --bare-tray "$build_dir/tests/bench/bare_tray/limber_bare_tray" --limber "$build_dir/app/limber" \
    "${footprint_args[@]}" || status=1

if [ "$figure" -eq 1 ]; then
    echo
    echo "== Break window (animated figure) =="
    /usr/bin/python3 tests/bench/figure_cpu.py --limber "$build_dir/app/limber" "${figure_args[@]}" || status=1
fi
exit "$status"
