#!/usr/bin/env bash
# Partner-finder benchmark on the scale data set: one municipality ranked against 50,000.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/twinning-benchmark.sh
#
# 1. builds the production jar when it is missing or older than the sources (REBUILD=1 forces it);
# 2. starts the application on its own embedded database (IMC_DATA_DIR, default data/scale),
#    generates the scale data set if it is not there yet (50,000 municipalities, 200,000 users),
#    prints the median and 95th percentile of the partner ranking (first page of 50, scored and
#    explained) and of the match count per filter case, and exits.
#
# Set DB_URL (with DB_USER/DB_PASSWORD) to run against a MariaDB server instead of the embedded
# one. PORT (default 8092) is the HTTP port used while the application runs. Extra arguments are
# passed to the application, e.g. --imc.scale.iterations=100.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
    echo "Set JAVA_HOME to a JDK 21 or newer." >&2
    exit 1
fi
java_version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p')
if (( ${java_version%%.*} < 21 )); then
    echo "JAVA_HOME points to Java $java_version; a JDK 21 or newer is needed." >&2
    exit 1
fi
export JAVA_HOME
export IMC_DATA_DIR="${IMC_DATA_DIR:-data/scale}"
export PORT="${PORT:-8092}"

jar=target/imc-platform.jar
if [[ "${REBUILD:-0}" == 1 || ! -f $jar || -n $(find pom.xml src frontend -newer "$jar" -print -quit 2>/dev/null) ]]; then
    echo "Building $jar ..."
    ./mvnw -B -q -DskipTests package
fi

# Only warnings and the benchmark's own report reach the console.
quiet=(--logging.level.root=warn --spring.main.banner-mode=off)

echo
echo "== Scale data and partner-finder benchmark (database in $IMC_DATA_DIR) =="
"$JAVA_HOME/bin/java" -jar "$jar" "${quiet[@]}" \
    --imc.scale.generate=true --imc.scale.benchmark-twinning=true --imc.scale.exit=true "$@"
