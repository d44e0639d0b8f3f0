#!/usr/bin/env bash
# Issue 19's hostile clients as a load test against the packaged app with the README's heap, and
# writes bench/HOSTILE.md: a flood of 1 MiB POSTs, 256 slow bodies with a normal POST among them,
# 1,000 bodies declared and never sent, and a half-closed POST. Needs nothing but the JDK (bench/Hostile.java uses raw sockets).
#   bench/hostile.sh            (the app must not be running; it is started and stopped here)
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/work
mkdir -p "$work"
curl -fs -o /dev/null http://127.0.0.1:8080/ 2>/dev/null && { echo "hostile: port 8080 is busy" >&2; exit 1; }
./mvnw -B -q package -DskipTests
# The README's run command.
java -Xmx128m -XX:+ExitOnOutOfMemoryError -jar target/quarkus-app/quarkus-run.jar >"$work/hostile-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://127.0.0.1:8080/q/health/live; do sleep 0.1; done

status=0
results=()
for case in flood slow declared halfclose; do
  out=$(java bench/Hostile.java "$case") || status=1
  results+=("$out")
  echo "$out"
done
alive=$(kill -0 $app 2>/dev/null && echo "still running" || echo "gone")
errors=$(grep -c '"level":"ERROR"' "$work/hostile-app.log" || true)
{
  echo "# Hostile clients (issue 19)"
  echo
  echo "Written by \`bench/hostile.sh\` on $(date -u +%Y-%m-%d): the packaged app started with the README's command"
  echo "(\`-Xmx128m -XX:+ExitOnOutOfMemoryError\`), then \`java bench/Hostile.java <case>\` for each case, one after"
  echo "the other, on loopback. Machine: $(nproc) cores, $(java -version 2>&1 | head -1)."
  echo
  echo '```'
  printf '%s\n' "${results[@]}"
  echo '```'
  echo
  echo "Afterwards the app was $alive; its log held $errors ERROR lines."
  echo
  echo "Before BodyGate (4999042), the same run: the flood ended the JVM on OutOfMemoryError (before"
  echo "\`-XX:+ExitOnOutOfMemoryError\` it lived on without its acceptor); with the slow bodies open the"
  echo "normal POST got no answer in 60 s; the half-closed POST was closed without an answer. With the"
  echo "first BodyGate, which sized each body's buffer by its Content-Length, 1,000 declared bodies would"
  echo "have held 1 GB before a byte came: it now grows as bytes come, each counted."
} >bench/HOSTILE.md
[ "$alive" = "still running" ] && [ "$errors" = 0 ] || status=1
exit $status
