#!/usr/bin/env bash
# Fund portfolio benchmark: 100,000 loans with their schedules and ledger entries.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/portfolio-benchmark.sh
#
# Builds the production jar when it is missing or older than the sources (REBUILD=1 forces it),
# starts the application on its own embedded database (IMC_DATA_DIR, default data/scale-fund),
# generates the fund's scale data if it is not there yet (--imc.scale.fund-loans, default
# 100,000), prints the median and 95th percentile of PortfolioService.figures(), and exits.
# Set DB_URL (with DB_USER/DB_PASSWORD) to use a MariaDB server. PORT defaults to 8093. Extra
# arguments are passed to the application, e.g. --imc.scale.iterations=100.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
    echo "Set JAVA_HOME to a JDK 21 or newer." >&2
    exit 1
fi
export JAVA_HOME
export IMC_DATA_DIR="${IMC_DATA_DIR:-data/scale-fund}"
export PORT="${PORT:-8093}"

jar=target/imc-platform.jar
if [[ "${REBUILD:-0}" == 1 || ! -f $jar || -n $(find pom.xml src frontend -newer "$jar" -print -quit 2>/dev/null) ]]; then
    echo "Building $jar ..."
    ./mvnw -B -q -DskipTests package
fi

echo
echo "== Fund scale data and portfolio benchmark (database in $IMC_DATA_DIR) =="
"$JAVA_HOME/bin/java" -jar "$jar" --logging.level.root=warn --spring.main.banner-mode=off \
    --imc.scale.generate-fund=true --imc.scale.benchmark-portfolio=true --imc.scale.exit=true "$@"
