#!/usr/bin/env bash
# Times change-to-render in Chromium against the packaged app (started here on port 18090, stopped
# after), and writes bench/CHANGE-TO-RENDER.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
java -Xmx128m -Dquarkus.http.port=18090 -jar target/quarkus-app/quarkus-run.jar > target/change-to-render-app.log 2>&1 &
app=$!
trap 'kill $app' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null http://localhost:18090/q/health/ready && break; sleep 0.5; done
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "target/classes:target/test-classes:$cp" io.rdpfix.bench.ChangeToRenderBench http://localhost:18090
