#!/usr/bin/env bash
# UI responsiveness benchmark: the real window loads a 1M-row CSV and trains a model; prints the longest pause of
# the JavaFX thread per phase (target < 100 ms). Needs a display: runs under Xvfb
# (apt-get install xvfb xauth libgtk-3-0). Usage: bench/run-ui.sh [file.csv] [--no-train]
set -euo pipefail
cd "$(dirname "$0")/.."
csv="bench/data/import-1000000.csv"
extra=()
for arg in "$@"; do
  case "$arg" in
    --*) extra+=("$arg") ;;
    *) csv="$arg" ;;
  esac
done
mvn -B -q -pl bench -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
if [[ ! -f "$csv" ]]; then
  # The import benchmark writes the shared 1M-row file (fixed seed) on first use.
  echo "Generating $csv with the import benchmark's generator..." >&2
  java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.modelwright.bench.GenerateCsv "$csv" 1000000
fi
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" \
  java -Xmx8g ${UI_BENCH_JAVA_OPTS:-} -Dprism.order=sw -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.modelwright.bench.ui.UiBenchmarkMain "$csv" "${extra[@]}"
