#!/usr/bin/env bash
# Fund portfolio benchmark: 100,000 loans with their schedules and ledger entries.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/portfolio-benchmark.sh
#
# Builds the production jar and the scale tasks (test code, target/scale-tasks.jar) when they are
# missing or older than the sources (REBUILD=1 forces it), starts the production jar with the
# scale tasks added (see bench/scale-jar.sh) on its own embedded database (IMC_DATA_DIR, default
# data/scale-fund), generates the fund's scale data if it is not there yet
# (--imc.scale.fund-loans, default 100,000), prints the median and 95th percentile of
# PortfolioService.figures(), and exits.
# Set DB_URL (with DB_USER/DB_PASSWORD) to use a MariaDB server. PORT defaults to 8093. Extra
# arguments are passed to the application, e.g. --imc.scale.iterations=100.
set -euo pipefail

cd "$(dirname "$0")/.."

IMC_DATA_DIR="${IMC_DATA_DIR:-data/scale-fund}"
PORT="${PORT:-8093}"
source bench/scale-jar.sh
build_jar

echo
echo "== Fund scale data and portfolio benchmark (database in $IMC_DATA_DIR) =="
"$JAVA_HOME/bin/java" "${scale_app[@]}" "${quiet[@]}" \
    --imc.scale.generate-fund=true --imc.scale.benchmark-portfolio=true --imc.scale.exit=true "$@"
