#!/usr/bin/env bash
# What one browser window costs in CPU, Chromium as the tests launch it against Chromium with its
# omnibox popup preloaded, in alternating rounds; writes bench/CHROMIUM-WINDOW.md. No app needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "target/classes:target/test-classes:$cp" io.rdpfix.bench.ChromiumWindowBench
