#!/usr/bin/env bash
# How many Wine processes a second this machine starts, with 1 to 6 prefixes side by side: each prefix
# runs a batch file of 40 reg queries five times (the shape of an emitted script). Rounds alternate the
# counts and the median of each is reported, as bench/WINE-PROCESSES.md records.
# Also: a bare program name (wine reg) against its full path (wine C:\windows\system32\reg.exe).
set -euo pipefail
rounds=${ROUNDS:-3}
work=$(mktemp -d /tmp/rdpfix-wine-bench-XXXXXX)
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
cleanup() { for p in "$work"/p*; do WINEPREFIX=$p wineserver -k 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
WINEPREFIX=$work/p1 wineboot --init >/dev/null 2>&1; WINEPREFIX=$work/p1 wineserver -w
{ printf '@echo off\r\n'; for i in $(seq 40); do printf 'reg query "HKLM\\Software" /v x >nul 2>&1\r\n'; done; } > "$work/p1/drive_c/t.cmd"
for n in 2 3 4 5 6; do cp -a "$work/p1" "$work/p$n"; done
for n in 1 2 3 4 5 6; do WINEPREFIX=$work/p$n wineserver -p; WINEPREFIX=$work/p$n wine 'C:\windows\system32\cmd.exe' /c exit; done

side_by_side() { # prints ms per process with $1 prefixes at once
  local n=$1 start end
  start=$(date +%s%N)
  for p in $(seq "$n"); do
    (export WINEPREFIX=$work/p$p; for i in 1 2 3 4 5; do setarch -R wine 'C:\windows\system32\cmd.exe' /c 'C:\t.cmd' >/dev/null 2>&1; done) &
  done
  wait
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 / (200 * n) ))
}
one_by_one() { # prints ms per harness call: $1 = program as named on wine's command line
  local start end
  start=$(date +%s%N)
  for i in $(seq 40); do WINEPREFIX=$work/p1 setarch -R wine "$1" query 'HKLM\Software' /v x >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 / 40 ))
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A side bare full
for r in $(seq "$rounds"); do
  for n in 1 2 3 4 6; do side[$n]="${side[$n]:-} $(side_by_side "$n")"; done
  bare[x]="${bare[x]:-} $(one_by_one reg)"; full[x]="${full[x]:-} $(one_by_one 'C:\windows\system32\reg.exe')"
done
echo "prefixes side by side: ms per process (median of $rounds rounds)"
for n in 1 2 3 4 6; do echo "  $n: $(echo ${side[$n]} | median)"; done
echo "one harness call: wine reg $(echo ${bare[x]} | median) ms, wine C:\\windows\\system32\\reg.exe $(echo ${full[x]} | median) ms"
