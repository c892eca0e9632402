# Shared by the load scripts: checks the JDK, builds the jar and the scale tasks when needed,
# starts one application node (the production jar with the scale tasks added, see
# bench/scale-jar.sh) on the scale data set and stops it again. Source it; do not run it.
#   start_node [extra application arguments...]   sets APP_PID, waits until /actuator/health is UP
#   stop_node

source bench/scale-jar.sh
# The fund's start-up job recomputes the days past due of every loan in one UPDATE, which takes
# over a minute with 100,000 loans on a busy 2-CPU machine: more than the default socket time-out
# (60 s), and the node would not start.
export DB_SOCKET_TIMEOUT="${DB_SOCKET_TIMEOUT:-600000}"
BASE_URL="http://127.0.0.1:$PORT"
APP_LOG="${APP_LOG:-target/load-node.log}"

# Starts the node; generates the scale data set first if the database does not have it yet:
# the directory's municipalities and users, then the fund's loans (FUND_LOANS, 100,000). The
# database must be created by this script (or be empty): the demo data (courses, sessions,
# twinnings, fund applications), which the learning and fund steps use, goes in first, and it
# cannot be added to a database that already holds the scale data (its look-ups by municipality
# name find generated namesakes).
start_node() {
    build_jar
    if curl -s -o /dev/null "$BASE_URL/" 2>/dev/null; then
        echo "Something already answers on $BASE_URL: stop it or choose another PORT." >&2
        exit 1
    fi
    mkdir -p "$(dirname "$APP_LOG")"
    echo "Starting one node on $BASE_URL (database in ${DB_URL:-$IMC_DATA_DIR}, log in $APP_LOG) ..."
    "$JAVA_HOME/bin/java" ${APP_JAVA_OPTS:-} "${scale_app[@]}" --logging.level.root=warn --spring.main.banner-mode=off \
        --imc.scale.generate=true --imc.scale.generate-fund=true --imc.scale.fund-loans="${FUND_LOANS:-100000}" \
        "$@" >"$APP_LOG" 2>&1 &
    APP_PID=$!
    trap stop_node EXIT
    for _ in $(seq 1 600); do
        if curl -fs "$BASE_URL/actuator/health" 2>/dev/null | grep -q UP; then
            grep -E "^Scale data|^Fund scale data|^Start-up" "$APP_LOG" || true
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "The application stopped; see $APP_LOG" >&2
            tail -20 "$APP_LOG" >&2
            exit 1
        fi
        sleep 1
    done
    echo "The application did not become ready in 10 minutes; see $APP_LOG" >&2
    exit 1
}

stop_node() {
    if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
        echo "Node stopped."
    fi
    APP_PID=
}

# The node's CPU time so far (user + system) in milliseconds, from /proc (clock ticks of 10 ms).
node_cpu_ms() {
    awk '{ sub(/^.*\) /, ""); print ($12 + $13) * 10 }' "/proc/$APP_PID/stat"
}

# Runs one Gatling simulation through Maven; extra -D options are passed on.
run_gatling() {
    local simulation=$1
    shift
    ./mvnw -B ${MAVEN_ARGS:-} gatling:test -Dgatling.simulationClass="org.imc.platform.load.$simulation" \
        -DbaseUrl="$BASE_URL" "$@"
}

# Runs one Gatling simulation against the node and prints its summary: per step the requests,
# errors, p50/p95/p99/max and the node's CPU per request. Returns non-zero if the simulation
# failed or left no report.
#   gatling_report <simulation> <log file> [-D options...]
gatling_report() {
    local simulation=$1 log=$2
    shift 2
    local reports="target/gatling/${simulation,,}-"
    local before report cpu_before cpu_run rc=0
    before=$(ls -d "$reports"* 2>/dev/null | sort | tail -1 || true)
    cpu_before=$(node_cpu_ms)
    run_gatling "$simulation" "$@" >"$log" 2>&1 || rc=1
    cpu_run=$(( $(node_cpu_ms) - cpu_before ))
    report=$(ls -d "$reports"* 2>/dev/null | sort | tail -1 || true)
    if [[ -z "$report" || "$report" == "$before" ]]; then
        echo "No Gatling report; see $log" >&2
        tail -30 "$log" >&2
        return 1
    fi
    echo "[$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), report in $report]"
    "$JAVA_HOME/bin/java" bench/GatlingSummary.java "$report" "$cpu_run"
    return $rc
}
