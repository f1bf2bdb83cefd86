#!/usr/bin/env bash
# Training benchmark: Modelwright vs Tribuo direct vs Weka vs scikit-learn on generated 100k / 1M-row files.
# usage: bench/run-training.sh [--rows 100000,1000000] [--repeats 3] [--timeout 300] [--large-timeout 180]
#                              [--tools modelwright,direct,weka,sklearn] [--rounds N (interleave the tools N times)]
# Data goes to bench/data/ (gitignored); the table is printed at the end and saved in bench/data/training-results-DATE.txt.
# scikit-learn is used when `python3 -c "import sklearn"` works (Debian: apt-get install -y python3-sklearn).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl bench -am -DskipTests package
cp_file=bench/target/training-classpath.txt
if [[ ! -s $cp_file || bench/pom.xml -nt $cp_file ]]; then
  mvn -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/$cp_file.all" >/dev/null
  # This worktree's own modules from target/, never a possibly stale copy installed in ~/.m2.
  tr ':' '\n' < "$cp_file.all" | grep -v '/io/modelwright/' | paste -sd: - > "$cp_file"
fi
cp="bench/target/classes:core/target/classes:runtime/target/classes:$(cat "$cp_file")"
mkdir -p bench/data
java -Xmx2g -cp "$cp" io.modelwright.bench.TrainingBenchmark --data bench/data "$@" | tee "bench/data/training-results-$(date +%Y%m%d-%H%M%S).txt"
