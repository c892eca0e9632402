#!/usr/bin/env bash
# Start-up of the production image's command, without Docker: the same steps as the Dockerfile's
# runtime stage (the extracted layout, the class-data archive from a training run that stops
# after the context refresh, the prod profile), run against a MariaDB server, and the time from
# the JVM's start to /actuator/health answering UP.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/image-start.sh
#   DB_URL=jdbc:mariadb://127.0.0.1:3306/imc_image DB_USER=root DB_PASSWORD= RUNS=3 bench/image-start.sh
#
# It measures, in one run and in turn: the plain start (no archive), the start with the image's
# class-data archive (-XX:SharedArchiveFile, what the image does), and, on a JDK 25 or newer, the
# start with an ahead-of-time cache (-XX:AOTCache, JEP 483/514) made by the same training run.
# The first start creates the schema (Liquibase) and is not counted: every figure is a start on
# a database that is already up to date, as a restarted container has it.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/scale-jar.sh

DB_URL="${DB_URL:-jdbc:mariadb://127.0.0.1:3306/imc_image?createDatabaseIfNotExist=true}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-}"
RUNS="${RUNS:-3}"
PORT=8094
dir=target/image-start
key=$(head -c 32 /dev/urandom | base64)

build_jar
rm -rf "$dir" && mkdir -p "$dir"
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null

prod_env=(env SPRING_PROFILES_ACTIVE=prod IMC_MFA_KEY="$key" COOKIE_SECURE=false)
# the Dockerfile's training run: the context is built and the JVM exits before anything connects
training=(-Dspring.context.exit=onRefresh -Dspring.liquibase.enabled=false -Dspring.jpa.hibernate.ddl-auto=none
    -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false
    -Dspring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect)
(cd "$dir/app" && "${prod_env[@]}" DB_URL=jdbc:mariadb://127.0.0.1:1/training \
    "$JAVA_HOME/bin/java" -XX:ArchiveClassesAtExit=../imc.jsa "${training[@]}" -jar imc-platform.jar >../training-cds.log 2>&1)
aot=false
if (( ${java_version%%.*} >= 25 )); then
    (cd "$dir/app" && "${prod_env[@]}" DB_URL=jdbc:mariadb://127.0.0.1:1/training \
        "$JAVA_HOME/bin/java" -XX:AOTCacheOutput=../imc.aot "${training[@]}" -jar imc-platform.jar >../training-aot.log 2>&1) \
        && aot=true
fi

# Starts the image's command with extra JVM options; prints the seconds to health UP.
start_once() {
    local log=$1
    shift
    local t0 t1
    t0=$(date +%s%N)
    (cd "$dir/app" && exec "${prod_env[@]}" DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        "$JAVA_HOME/bin/java" "$@" -jar imc-platform.jar --server.port=$PORT >"../$log" 2>&1) &
    local pid=$!
    for _ in $(seq 1 1200); do
        if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; then
            t1=$(date +%s%N)
            kill "$pid"
            wait "$pid" 2>/dev/null || true
            awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the node stopped; see $dir/$log" >&2
            tail -20 "$dir/$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "not ready in 2 minutes; see $dir/$log" >&2
    kill "$pid"
    exit 1
}

echo "First start (creates the schema, not counted): $(start_once first.log) s"
declare -A times=([plain]="" [cds]="" [aot]="")
for run in $(seq 1 "$RUNS"); do
    times[plain]+=" $(start_once plain-$run.log)"
    times[cds]+=" $(start_once cds-$run.log -XX:SharedArchiveFile=../imc.jsa)"
    if [[ $aot == true ]]; then
        times[aot]+=" $(start_once aot-$run.log -XX:AOTCache=../imc.aot)"
    fi
done
echo "Start to health UP, seconds per run (${RUNS} runs each, in turn; 2 CPUs, load average $(cut -d' ' -f1 /proc/loadavg)):"
echo "  no archive:                        ${times[plain]}"
echo "  class-data archive (the image):    ${times[cds]}"
[[ $aot == true ]] && echo "  ahead-of-time cache (JDK 25+):     ${times[aot]}"
echo "Archive sizes: $(du -h "$dir"/imc.jsa "$dir"/imc.aot 2>/dev/null | awk '{printf "%s %s  ", $2, $1}')"
