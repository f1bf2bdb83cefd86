#!/usr/bin/env bash
# CSV import benchmark: Modelwright vs Commons CSV, Weka, Tribuo and pandas on a generated 1M-row file.
# Usage: bench/run-import.sh [rows]   (from anywhere; the data file is written to bench/data/, gitignored)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx6g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.modelwright.bench.ImportBenchmark "$@"
