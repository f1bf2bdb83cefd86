#!/usr/bin/env bash
# Scorer benchmark: in-process Scorer.predict vs the HTTP scorer (wrk on loopback) vs a constant-response JDK
# server, start-up to /ping, and the batch command on a generated 1M-row CSV. Needs Debian's wrk (apt-get install wrk).
# Usage: bench/run-scorer.sh [--seconds N] [--connections N] [--batch-rows N]
#        bench/run-scorer.sh --pinned [--seconds N] [--connections N]   latency at half of peak only, with the
#        scorer pinned to core 0 and the load generators to core 1 (taskset; needs 2 or more cores)
# Model and CSV files are written to bench/data/scorer/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl runtime,core,bench -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
if [[ "${1:-}" == "--pinned" ]]; then
  shift
  exec taskset -c 1 java -cp "$cp" io.modelwright.bench.score.PinnedLatencyBench "$@"
fi
exec java -cp "$cp" io.modelwright.bench.ScorerBenchmark "$@"
