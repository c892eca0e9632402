#!/usr/bin/env bash
# Load test of the real UI (Vaadin's client-server protocol) against one node with the scale data.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/load-test.sh            # 100, 500 and 1,000 concurrent users
#   USERS="100" DURATION=120 bench/load-test.sh               # one level, longer
#
# 1. builds target/imc-platform.jar when it is missing or older than the sources (REBUILD=1 forces it);
# 2. starts one node on the embedded database in data/scale (IMC_DATA_DIR; or DB_URL/DB_USER/
#    DB_PASSWORD for a MariaDB server), port 8092 (PORT), generating the scale data set if it is
#    not there yet;
# 3. for each number in USERS runs the Gatling simulation PlatformSimulation: that many users sign
#    in over RAMP seconds, then each works through the views of their role for DURATION seconds
#    with THINK seconds (mean) between steps;
# 4. prints per step the requests, errors and p50/p95/p99/max round-trip times, and stops the node.
#
# The full Gatling reports are in target/gatling/. MAVEN_ARGS=-o runs Maven offline.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-node.sh

USERS="${USERS:-100 500 1000}"
RAMP="${RAMP:-60}"
DURATION="${DURATION:-120}"
THINK="${THINK:-5}"

start_node "$@"
status=0
for users in $USERS; do
    echo
    echo "== $users concurrent users: ramp ${RAMP} s, then ${DURATION} s of work, think time ${THINK} s =="
    before=$(ls -d target/gatling/platformsimulation-* 2>/dev/null | sort | tail -1 || true)
    if ! run_gatling PlatformSimulation -Dusers="$users" -Dramp="$RAMP" -Dduration="$DURATION" \
            -Dthink="$THINK" >"target/load-test-$users.log" 2>&1; then
        status=1
    fi
    report=$(ls -d target/gatling/platformsimulation-* 2>/dev/null | sort | tail -1 || true)
    if [[ -z "$report" || "$report" == "$before" ]]; then
        echo "No Gatling report; see target/load-test-$users.log" >&2
        tail -30 "target/load-test-$users.log" >&2
        status=1
        continue
    fi
    echo "[$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), report in $report]"
    "$JAVA_HOME/bin/java" bench/GatlingSummary.java "$report"
done
exit $status
