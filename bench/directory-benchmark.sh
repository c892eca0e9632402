#!/usr/bin/env bash
# Directory benchmark on the scale data set.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/directory-benchmark.sh
#
# 1. builds the production jar and the scale tasks (test code, target/scale-tasks.jar) when they
#    are missing or older than the sources (REBUILD=1 forces it);
# 2. starts the production jar with the scale tasks added (see bench/scale-jar.sh) on its own
#    embedded database (IMC_DATA_DIR, default data/scale), generates the scale data set if it is
#    not there yet (50,000 municipalities, 200,000 users), prints the median and 95th percentile
#    of the directory's page and count queries, and exits;
# 3. starts the application a second time on the loaded database and prints the start-up time;
# 4. on Java 25+, once more from the extracted jar with an AOT class cache (trained by one start).
#
# Set DB_URL (with DB_USER/DB_PASSWORD) to run against a MariaDB server instead of the embedded
# one. PORT (default 8092) is the HTTP port used while the application runs. Extra arguments are
# passed to the application, e.g. --imc.scale.iterations=100.
set -euo pipefail

cd "$(dirname "$0")/.."

source bench/scale-jar.sh
build_jar

echo
echo "== Scale data and directory benchmark (database in $IMC_DATA_DIR) =="
"$JAVA_HOME/bin/java" "${scale_app[@]}" "${quiet[@]}" \
    --imc.scale.generate=true --imc.scale.benchmark=true --imc.scale.exit=true "$@"

echo
echo "== Plain start on the loaded database =="
"$JAVA_HOME/bin/java" "${scale_app[@]}" "${quiet[@]}" \
    --imc.scale.report-startup=true --imc.scale.exit=true "$@"

# Java 25+ can keep an ahead-of-time cache of loaded and linked classes (JEP 483/514): one
# training start writes it, later starts read it. Spring Boot's extracted layout makes the jar
# cache-friendly. This is the start-up a production deployment on Java 25 gets. The scale tasks
# (which report the start-up time) go on the class path next to the extracted jar.
if (( ${java_version%%.*} >= 25 )); then
    aot=target/aot
    rm -rf "$aot"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$aot/app" >/dev/null
    echo
    echo "== Start with an AOT cache (Java ${java_version}, extracted jar) =="
    "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$aot/app.aot" -Xlog:aot=error -Xlog:cds=error \
        -cp "$aot/app/imc-platform.jar:$scale_jar" "$scale_main" "${quiet[@]}" \
        --imc.scale.report-startup=true --imc.scale.exit=true "$@" >/dev/null 2>&1
    "$JAVA_HOME/bin/java" -XX:AOTCache="$aot/app.aot" -Xlog:aot=error -Xlog:cds=error \
        -cp "$aot/app/imc-platform.jar:$scale_jar" "$scale_main" "${quiet[@]}" \
        --imc.scale.report-startup=true --imc.scale.exit=true "$@"
fi
