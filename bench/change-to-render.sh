#!/usr/bin/env bash
# Times change-to-render in Chromium against the packaged app (started here on port 18090, stopped
# after), and writes bench/CHANGE-TO-RENDER.md. With BASELINE=<git revision> (e.g. BASELINE=HEAD~1),
# builds that revision too, runs it on port 18091 and times both in turn in the same rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
pids=()
work=""
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ -n "$work" ]; then git worktree remove --force "$work"; fi
}
trap cleanup EXIT
start() { # port jar log
    java -Xmx128m -Dquarkus.http.port="$1" -jar "$2" > "$3" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$1/q/health/ready" && return; sleep 0.5; done
    echo "the app on port $1 did not start: see $3" >&2
    exit 1
}
start 18090 target/quarkus-app/quarkus-run.jar target/change-to-render-app.log
args=(http://localhost:18090)
if [ -n "${BASELINE:-}" ]; then
    revision=$(git rev-parse --short "$BASELINE")
    work=$(mktemp -d)
    git worktree add -q --detach "$work" "$revision"
    (cd "$work" && ./mvnw -B -q package -DskipTests)
    start 18091 "$work/target/quarkus-app/quarkus-run.jar" target/change-to-render-baseline.log
    args+=(http://localhost:18091 "baseline $revision")
fi
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "target/classes:target/test-classes:$cp" io.rdpfix.bench.ChangeToRenderBench "${args[@]}"
