#!/usr/bin/env bash
# Load test of the real UI (Vaadin's client-server protocol) against one node with the scale data.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/load-test.sh            # 100, 500 and 1,000 concurrent users
#   USERS="100" DURATION=120 bench/load-test.sh               # one level, longer
#   ONE_ADDRESS=true USERS=500 bench/load-test.sh              # everyone behind one address
#   PUSH=false USERS=500 bench/load-test.sh                    # without the push WebSocket each tab holds
#
# 1. builds target/imc-platform.jar and the scale tasks (target/scale-tasks.jar) when they are
#    missing or older than the sources (REBUILD=1 forces it);
# 2. starts one node (the production jar with the scale tasks added, see bench/scale-jar.sh) on
#    the embedded database in data/scale (IMC_DATA_DIR; or DB_URL/DB_USER/DB_PASSWORD for a
#    MariaDB server), port 8092 (PORT), generating the scale data set if it is not there yet;
# 3. for each number in USERS runs the Gatling simulation PlatformSimulation: that many users sign
#    in over RAMP seconds, then each works through the views of their role for DURATION seconds
#    with THINK seconds (mean) between steps;
# 4. prints per step the requests, errors and p50/p95/p99/max round-trip times, the node's CPU
#    time per request, and how busy the database connection pool was (DB_POOL_SIZE connections,
#    10 by default);
# 5. with STEP_COST=1, replays each step with a single user and prints the node's CPU per step
#    (StepCostSimulation) next to the floor (an empty view), then stops the node.
#
# The full Gatling reports are in target/gatling/. MAVEN_ARGS=-o runs Maven offline.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-node.sh

USERS="${USERS:-100 500 1000}"
[[ "$USERS" == none ]] && USERS=""  # USERS=none STEP_COST=1: the CPU per step only
RAMP="${RAMP:-60}"
DURATION="${DURATION:-120}"
THINK="${THINK:-5}"

# The node's connection pool during a run, from /actuator/prometheus (open to requests made on
# the node itself): every 2 s the connections in use and the requests waiting for one; at the end
# the pool's time-outs and the mean and longest wait for a connection.
pool_metric() {  # name -> value (the first sample of that name)
    grep -E "^$1[{ ]" "$2" | head -1 | awk '{print $NF}'
}
sample_pool() {
    local out=$1
    : >"$out"
    while kill -0 "$APP_PID" 2>/dev/null; do
        curl -s -m 2 "$BASE_URL/actuator/prometheus" | grep -E "^hikaricp_connections_(active|pending|max|acquire_seconds_max)[{ ]" \
            | awk '{print $1 " " $NF}' | sed 's/{[^}]*}//' | tr '\n' ' ' >>"$out" || true
        echo >>"$out"
        sleep 2
    done
}
pool_snapshot() {
    curl -s -m 5 "$BASE_URL/actuator/prometheus" >"$1" || true
}
pool_report() {  # before-snapshot after-snapshot samples
    local before=$1 after=$2 samples=$3
    local n0 n1 s0 s1 t0 t1
    n0=$(pool_metric hikaricp_connections_acquire_seconds_count "$before")
    n1=$(pool_metric hikaricp_connections_acquire_seconds_count "$after")
    s0=$(pool_metric hikaricp_connections_acquire_seconds_sum "$before")
    s1=$(pool_metric hikaricp_connections_acquire_seconds_sum "$after")
    t0=$(pool_metric hikaricp_connections_timeout_total "$before")
    t1=$(pool_metric hikaricp_connections_timeout_total "$after")
    awk -v n0="$n0" -v n1="$n1" -v s0="$s0" -v s1="$s1" -v t0="$t0" -v t1="$t1" '
        { for (i = 1; i < NF; i += 2) { v = $(i + 1) + 0
              if ($i == "hikaricp_connections_active" && v > act) act = v
              if ($i == "hikaricp_connections_pending" && v > pend) pend = v
              if ($i == "hikaricp_connections_max") size = v
              if ($i == "hikaricp_connections_acquire_seconds_max" && v > wait) wait = v } }
        END { n = n1 - n0
              printf "DB pool: %d connections, at most %d in use and %d requests waiting (2-s samples); %d connections " \
                     "taken, mean wait %.1f ms, longest %.0f ms, %d time-outs\n",
                     size, act, pend, n, (n > 0 ? (s1 - s0) * 1000 / n : 0), wait * 1000, t1 - t0 }' "$samples"
}

start_node "$@"
status=0
for users in $USERS; do
    echo
    echo "== $users concurrent users: ramp ${RAMP} s, then ${DURATION} s of work, think time ${THINK} s =="
    pool_snapshot target/pool-before.txt
    sample_pool "target/pool-$users.txt" &
    sampler=$!
    if ! gatling_report PlatformSimulation "target/load-test-$users.log" -Dusers="$users" -Dramp="$RAMP" \
            -Dduration="$DURATION" -Dthink="$THINK" -DoneAddress="${ONE_ADDRESS:-false}" -Dpush="${PUSH:-true}"; then
        status=1
    fi
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    pool_snapshot target/pool-after.txt
    pool_report target/pool-before.txt target/pool-after.txt "target/pool-$users.txt"
done
if [[ "${STEP_COST:-1}" == 1 ]]; then
    echo
    echo "== CPU per step, one user replaying each step =="
    if ! run_gatling StepCostSimulation -DnodePid="$APP_PID" >target/step-cost.log 2>&1; then
        status=1
    fi
    sed -n '/^Server CPU per step/,/^$/p' target/step-cost.log | grep -E "^Server|^  " || tail -20 target/step-cost.log
fi
exit $status
