#!/usr/bin/env bash
# Whole-process figures for README "Performance": release binary size, start to first
# frame (compared in the same run with a bare eframe window of the same versions), idle
# frames with a summary on screen, and peak memory (RSS) of the window showing a summary.
# Needs Xvfb (apt-get install -y --no-install-recommends xvfb xauth hyperfine).
# Usage: bash tests/benches/whole-process.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build --release --locked --bin recordrights --example bare-window --features bare-window
app=target/release/recordrights
bare=target/release/examples/bare-window
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# The dangerous-driving case of the core issue; the window opens straight into its summary.
cat >"$work/dd.case.toml" <<'CASE'
format = "recordrights-case/1"

[person]
birth_date = "1990-05-01"

[[conviction]]
charge = "危险驾驶罪"
offence_date = "2024-09-01"
judgment_date = "2024-11-10"
penalty = "detention"
term_months = 2
completed_on = "2025-01-10"
CASE

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "date: $(date -u +%F)"
printf 'release binary: %s bytes (%.1f MB)\n' "$(stat -c %s "$app")" "$(echo "$(stat -c %s "$app") / 1000000" | bc -l)"

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
Xvfb :97 -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:97
sleep 2

echo
echo "start to first frame (the window closes itself after its first frame):"
hyperfine --warmup 2 --runs 15 --style basic \
  -n bare-eframe "RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME=1 $bare" \
  -n recordrights "RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME=1 $app" \
  -n recordrights-summary "RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME=1 $app $work/dd.case.toml"

echo
echo "idle: frames drawn from 3 s to 8 s after start, the summary on screen, nothing touched:"
RECORDRIGHTS_TRACE_FRAMES=1 "$app" "$work/dd.case.toml" 2>"$work/frames.log" &
pid=$!
sleep 8
peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
kill "$pid"; wait "$pid" 2>/dev/null || true
total=$(grep -c 'frame' "$work/frames.log" || true)
idle=$(awk '/frame [0-9]+ at/ { ms = $(NF-1); if (ms >= 3000 && ms < 8000) n++ } END { print n + 0 }' "$work/frames.log")
echo "frames in all: $total; frames while idle: $idle"
printf 'peak memory (VmHWM) with the summary on screen: %s KiB (%.0f MB)\n' "$peak" "$(echo "$peak / 1024" | bc -l)"
