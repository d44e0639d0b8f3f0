#!/usr/bin/env bash
# Start-up time and memory of the app with JSON console logs (the prod default) against the plain
# format, alternating, medians; writes bench/LOGGING-JSON.md. Traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-7}
./mvnw -B -q package -DskipTests
JVM=(-Xmx128m -XX:+UseSerialGC)
now_ms() { date +%s%3N; }
run() { # $1 = true|false: JSON on; prints "startup_ms rss_kb"
  local start pid
  start=$(now_ms)
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=$1 java "${JVM[@]}" -jar target/quarkus-app/quarkus-run.jar >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:8080/script.txt?mode=offline"; do sleep 0.02; done
  local up=$(( $(now_ms) - start ))
  for i in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:8080/?x=$i"; done
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$up $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > /tmp/json-on; : > /tmp/json-off
for r in $(seq 1 "$ROUNDS"); do run true >> /tmp/json-on; run false >> /tmp/json-off; done
{
  echo "# JSON console logs: start-up and memory"
  echo
  echo "Written by \`bench/logging-json.sh\` on $(date -u +%Y-%m-%d). $ROUNDS alternating starts each, \`java -Xmx128m -XX:+UseSerialGC\`;"
  echo "start-up is launch to the first 200 of \`/script.txt?mode=offline\`; RSS after 200 page requests. Medians."
  echo
  echo "| console format | start-up ms | RSS MB |"
  echo "|---|---|---|"
  echo "| JSON (prod default) | $(awk '{print $1}' /tmp/json-on | median) | $(( $(awk '{print $2}' /tmp/json-on | median) / 1024 )) |"
  echo "| plain | $(awk '{print $1}' /tmp/json-off | median) | $(( $(awk '{print $2}' /tmp/json-off | median) / 1024 )) |"
} > bench/LOGGING-JSON.md
cat bench/LOGGING-JSON.md
