#!/usr/bin/env bash
# Applies each deliberate defect of the README's test section, alone, to a clean clone of HEAD, runs
# the fast lane there and prints the test classes that failed. Nothing is changed in this tree.
# Usage: bench/deliberate-defects.sh   (about 2 minutes per defect on a 2-core machine)
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$here" "$work/tree"
cd "$work/tree"

defect() {
  local name="$1" file="$2" from="$3" to="$4"
  python3 - "$file" "$from" "$to" <<'PY'
import sys
path, old, new = sys.argv[1:]
text = open(path).read()
if old not in text:
    sys.exit("the defect no longer applies: " + path + ": " + old)
open(path, "w").write(text.replace(old, new, 1))
PY
  rm -rf target/surefire-reports
  ./mvnw -B -q test '-Dtest=!Wine*Test,!PageBrowserTest,!*Bench,!*IT' -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1
  local failed
  failed=$(grep -l '<failure\|<error' target/surefire-reports/TEST-*.xml 2>/dev/null | sed 's/.*TEST-io\.rdpfix\.//; s/\.xml$//' | sort | tr '\n' ' ')
  echo "$name | ${failed:-NOTHING FAILED}"
  git checkout -q -- "$file"
}

defect "a wrong value" src/main/java/io/rdpfix/catalog/Catalog.java 'listener("MaxIdleTime", 0)' 'listener("MaxIdleTime", 1)'
defect "a lost quote" src/main/java/io/rdpfix/script/Cmd.java 'return "\"" + key.path() + "\"";' 'return "\"" + key.path();'
defect "a broken verdict" src/main/java/io/rdpfix/script/Verdict.java 'lines.add("set /a R_F=R_T-R_N>nul");' 'lines.add("set /a R_F=0>nul");'
defect "a wrong block split" src/main/java/io/rdpfix/script/PasteBlocks.java 'public static final int LIMIT = 2048;' 'public static final int LIMIT = 4096;'
defect "a missing security header" src/main/java/io/rdpfix/web/RequestGate.java '"X-Content-Type-Options", "nosniff",' ''
defect "no three-way condition" src/main/java/io/rdpfix/script/RestoreScript.java \
  'lines.add(entry.fixWrote().map(fix -> "if \"%R_$" + k + entry.name() + "%\"==\"" + hex(fix) + "\" ").orElse("") + write);' 'lines.add(write);'
