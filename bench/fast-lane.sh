#!/usr/bin/env bash
# The README's fast lane (no Wine, browser or packaged jar) with Rest Assured's log-on-failure off, as
# the tests run, and on (Quarkus' default: every response pretty-printed in case a check fails), in
# alternating runs; prints the medians and writes bench/FAST-LANE.md. ROUNDS=3 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3}
./mvnw -B -q test-compile
run() { # prints the seconds one fast-lane run took, the log-on-failure set to $1
  local start end
  start=$(date +%s%N)
  ./mvnw -B -q surefire:test '-Dtest=!Wine*Test,!PageBrowserTest,!*Bench,!*IT' -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dquarkus.test.rest-assured.enable-logging-on-failure=$1" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000000 ))
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
off="" on=""
for _ in $(seq "$rounds"); do off="$off $(run false)"; on="$on $(run true)"; done
cat > bench/FAST-LANE.md <<REPORT
# The fast lane and Rest Assured's log-on-failure (bench/fast-lane.sh)

The README's fast lane (surefire only, compiled before), $rounds runs each, alternating, on this 2-core
machine, $(date -u '+%Y-%m-%d %H:%M') UTC. Seconds per run; median in bold.

| log-on-failure | runs (s) | median (s) |
|---|---|---|
| off (as the tests run: application.properties) |$off | **$(echo $off | median)** |
| on (Quarkus' default) |$on | **$(echo $on | median)** |
REPORT
cat bench/FAST-LANE.md
