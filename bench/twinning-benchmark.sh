#!/usr/bin/env bash
# Partner-finder benchmark on the scale data set: one municipality ranked against 50,000.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/twinning-benchmark.sh
#
# 1. builds the production jar and the scale tasks (test code, target/scale-tasks.jar) when they
#    are missing or older than the sources (REBUILD=1 forces it);
# 2. starts the production jar with the scale tasks added (see bench/scale-jar.sh) on its own
#    embedded database (IMC_DATA_DIR, default data/scale), generates the scale data set if it is
#    not there yet (50,000 municipalities, 200,000 users), prints the median and 95th percentile
#    of the partner ranking (first page of 50, scored and explained) and of the match count per
#    filter case, and exits.
#
# Set DB_URL (with DB_USER/DB_PASSWORD) to run against a MariaDB server instead of the embedded
# one. PORT (default 8092) is the HTTP port used while the application runs. Extra arguments are
# passed to the application, e.g. --imc.scale.iterations=100.
set -euo pipefail

cd "$(dirname "$0")/.."

source bench/scale-jar.sh
build_jar

echo
echo "== Scale data and partner-finder benchmark (database in $IMC_DATA_DIR) =="
"$JAVA_HOME/bin/java" "${scale_app[@]}" "${quiet[@]}" \
    --imc.scale.generate=true --imc.scale.benchmark-twinning=true --imc.scale.exit=true "$@"
