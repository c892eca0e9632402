#!/usr/bin/env bash
# Enrolment benchmark: many threads enrol distinct learners into a few sessions at once, through
# the service with its row lock, audit and checks.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/enrolment-benchmark.sh
#   bench/enrolment-benchmark.sh --imc.scale.enrolment-threads=64 --imc.scale.enrolment-sessions=1 \
#       --imc.scale.enrolment-capacity=30 --imc.scale.enrolment-learners=2000
#
# Builds the production jar and the scale tasks (test code, target/scale-tasks.jar) when they are
# missing or older than the sources (REBUILD=1 forces it), starts the production jar with the
# scale tasks added (see bench/scale-jar.sh) on its own embedded database with the demo data
# (IMC_DATA_DIR, default data/scale-enrolment), prints enrolments per second and the latency
# percentiles, checks every session (capacity reached, never exceeded; waitlist 1..N), removes its
# data again and exits. Set DB_URL (with DB_USER/DB_PASSWORD) to use a MariaDB server. PORT
# defaults to 8094. Extra arguments are passed to the application.
set -euo pipefail

cd "$(dirname "$0")/.."

IMC_DATA_DIR="${IMC_DATA_DIR:-data/scale-enrolment}"
PORT="${PORT:-8094}"
source bench/scale-jar.sh
build_jar

echo
echo "== Enrolment benchmark (database in ${DB_URL:-$IMC_DATA_DIR}) =="
"$JAVA_HOME/bin/java" "${scale_app[@]}" "${quiet[@]}" \
    --imc.scale.benchmark-enrolment=true --imc.scale.exit=true "$@"
