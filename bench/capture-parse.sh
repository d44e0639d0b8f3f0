#!/usr/bin/env bash
# Times the capture parser on the worst 128 KiB bodies against a line-splitting baseline, and writes
# bench/CAPTURE-PARSE.md. Needs nothing but the JDK: the parser is plain Java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
java -cp target/classes:target/test-classes io.rdpfix.bench.CaptureParseBench
