#!/usr/bin/env bash
# Practice library benchmark: 20,000 published practices, the library's search.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/practice-benchmark.sh
#
# Builds the production jar and the scale tasks when they are missing or older than the sources
# (REBUILD=1 forces it), starts the production jar with the scale tasks added (see
# bench/scale-jar.sh) on its own embedded database (IMC_DATA_DIR, default data/scale-practices),
# generates the practices if they are not there yet (--imc.scale.practices, default 20,000),
# prints the median and 95th percentile of the first page of 25 results plus the count, and exits.
# Quicker, on the tests' embedded database: ./mvnw -o test -Dtest=PracticeScaleRun
set -euo pipefail

cd "$(dirname "$0")/.."

IMC_DATA_DIR="${IMC_DATA_DIR:-data/scale-practices}"
PORT="${PORT:-8094}"
source bench/scale-jar.sh
build_jar

echo
echo "== Practice library scale data and search benchmark (database in $IMC_DATA_DIR) =="
"$JAVA_HOME/bin/java" "${scale_app[@]}" "${quiet[@]}" \
    --imc.scale.generate-practices=true --imc.scale.benchmark-practices=true --imc.scale.exit=true "$@"
