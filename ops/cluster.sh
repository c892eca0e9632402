#!/usr/bin/env bash
# A local cluster: two application nodes sharing one MariaDB, behind HAProxy with sticky sessions.
#
#   ops/cluster.sh start     build the jar if needed, start node 1 and node 2, then the balancer
#   ops/cluster.sh status    which processes run and what their health probes say
#   ops/cluster.sh stop      stop the balancer and the nodes
#   ops/cluster.sh start-node node1|node2   start one node again (after it stopped or died) on its
#                port and the same database, and wait until it is ready; the balancer takes it back
#                once its health checks pass (2 checks, 2 s apart)
#
# Then open http://127.0.0.1:8190 (the balancer). Settings (environment):
#   DB_URL       the shared database (default jdbc:mariadb://127.0.0.1:3306/imc_cluster); the
#                database is created if missing (DB_CREATE=0 to leave that out) and filled by Liquibase
#   DB_USER, DB_PASSWORD   default root and empty
#   LB_PORT, NODE1_PORT, NODE2_PORT   default 8190, 8191, 8192 (all on 127.0.0.1)
#   IMC_JAR      the application jar; default target/imc-platform.jar, built (./mvnw package) when
#                missing or older than the sources (REBUILD=1 forces it)
#   JAVA_OPTS    JVM options of each node (default -Xmx512m)
#   RUN_DIR      pid and log files (default target/cluster): node1.log, node2.log, haproxy.log
#   START_TIMEOUT  seconds to wait for the nodes to be ready (default 300)
# Without SPRING_PROFILES_ACTIVE=prod the nodes load the demo data (users admin, mayor, ...; password
# "demo"): IMC_DEMO_DATA defaults to true here (IMC_DEMO_DATA=false leaves it out). The balancer
# speaks plain HTTP on 127.0.0.1 (LB_TLS_BIND unset, see ops/haproxy.cfg).
set -euo pipefail
cd "$(dirname "$0")/.."

RUN_DIR="${RUN_DIR:-target/cluster}"
LB_PORT="${LB_PORT:-8190}"
NODE1_PORT="${NODE1_PORT:-8191}"
NODE2_PORT="${NODE2_PORT:-8192}"
START_TIMEOUT="${START_TIMEOUT:-300}"

pid_of() { [[ -f "$RUN_DIR/$1.pid" ]] && cat "$RUN_DIR/$1.pid" || true; }
alive() { local pid; pid=$(pid_of "$1"); [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }
probe() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$1$2" 2>/dev/null || true; }

find_java() {
    java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then
        return
    fi
    for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
        if [[ -x "$jdk/bin/java" ]] && (( $(java_major "$jdk") >= 21 )); then export JAVA_HOME="$jdk"; return; fi
    done
    echo "Set JAVA_HOME to a JDK 21 or newer." >&2
    exit 1
}

jar_path() {
    if [[ -n "${IMC_JAR:-}" ]]; then
        [[ -f "$IMC_JAR" ]] || { echo "IMC_JAR=$IMC_JAR does not exist" >&2; exit 1; }
        echo "$IMC_JAR"
        return
    fi
    local jar=target/imc-platform.jar
    if [[ "${REBUILD:-0}" == 1 || ! -f $jar || -n $(find pom.xml src frontend -newer "$jar" -print -quit 2>/dev/null) ]]; then
        echo "Building $jar ..." >&2
        ./mvnw -B -q -DskipTests package >&2
    fi
    echo "$jar"
}

database_url() {
    local url="${DB_URL:-jdbc:mariadb://127.0.0.1:3306/imc_cluster}"
    if [[ "${DB_CREATE:-1}" == 1 && "$url" != *createDatabaseIfNotExist* ]]; then
        if [[ "$url" == *\?* ]]; then url="$url&createDatabaseIfNotExist=true"; else url="$url?createDatabaseIfNotExist=true"; fi
    fi
    echo "$url"
}

start_node() {
    local name=$1 port=$2 jar=$3 url=$4
    if [[ "$(probe "$port" /)" != "000" ]]; then
        echo "Port $port is already in use." >&2
        exit 1
    fi
    # shellcheck disable=SC2086
    DB_URL="$url" DB_USER="${DB_USER:-root}" DB_PASSWORD="${DB_PASSWORD:-}" PORT="$port" \
        IMC_DEMO_DATA="${IMC_DEMO_DATA:-true}" \
        nohup "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx512m} -jar "$jar" >"$RUN_DIR/$name.log" 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
    echo "$name: pid $(pid_of "$name"), http://127.0.0.1:$port, log $RUN_DIR/$name.log"
}

wait_ready() {
    local name=$1 port=$2 deadline=$((SECONDS + START_TIMEOUT))
    until [[ "$(probe "$port" /actuator/health/readiness)" == 200 ]]; do
        if ! alive "$name"; then
            echo "$name stopped while starting; the end of $RUN_DIR/$name.log:" >&2
            tail -n 40 "$RUN_DIR/$name.log" >&2
            exit 1
        fi
        if (( SECONDS > deadline )); then
            echo "$name is not ready after $START_TIMEOUT s; see $RUN_DIR/$name.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "$name ready after $((SECONDS - started)) s"
}

wait_schema() {
    local name=$1 port=$2 deadline=$((SECONDS + START_TIMEOUT))
    until grep -q "Successfully released change log lock" "$RUN_DIR/$name.log" 2>/dev/null \
            || [[ "$(probe "$port" /actuator/health/readiness)" == 200 ]]; do
        if ! alive "$name"; then
            echo "$name stopped while starting; the end of $RUN_DIR/$name.log:" >&2
            tail -n 40 "$RUN_DIR/$name.log" >&2
            exit 1
        fi
        (( SECONDS < deadline )) || { echo "$name did not update the schema in $START_TIMEOUT s" >&2; exit 1; }
        sleep 1
    done
    echo "$name: schema up to date after $((SECONDS - started)) s"
}

balancer_env() {
    export LB_BIND="127.0.0.1:$LB_PORT" NODE1_ADDR="127.0.0.1:$NODE1_PORT" NODE2_ADDR="127.0.0.1:$NODE2_PORT"
}

start() {
    command -v haproxy >/dev/null || { echo "HAProxy is not installed (apt-get install -y haproxy)." >&2; exit 1; }
    if alive node1 || alive node2 || alive haproxy; then
        echo "The cluster is already running (ops/cluster.sh status / stop)." >&2
        exit 1
    fi
    find_java
    mkdir -p "$RUN_DIR"
    local jar url
    jar=$(jar_path)
    url=$(database_url)
    balancer_env
    haproxy -q -c -f ops/haproxy.cfg
    echo "Shared database: ${url%%\?*}"
    started=$SECONDS
    # node 2 starts once node 1 has brought the schema up to date: two Liquibase runs on an empty
    # database both try to create its changelog table (before either takes Liquibase's lock)
    start_node node1 "$NODE1_PORT" "$jar" "$url"
    wait_schema node1 "$NODE1_PORT"
    start_node node2 "$NODE2_PORT" "$jar" "$url"
    wait_ready node1 "$NODE1_PORT"
    wait_ready node2 "$NODE2_PORT"
    if [[ "$(probe "$LB_PORT" /)" != "000" ]]; then
        echo "Port $LB_PORT is already in use." >&2
        exit 1
    fi
    nohup haproxy -W -db -f ops/haproxy.cfg >"$RUN_DIR/haproxy.log" 2>&1 &
    echo $! >"$RUN_DIR/haproxy.pid"
    local deadline=$((SECONDS + 30))
    until [[ "$(probe "$LB_PORT" /actuator/health/readiness)" == 200 ]]; do
        (( SECONDS < deadline )) || { echo "The balancer does not answer; see $RUN_DIR/haproxy.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "balancer: pid $(pid_of haproxy), http://127.0.0.1:$LB_PORT (sticky cookie IMC_NODE), log $RUN_DIR/haproxy.log"
    echo "Cluster ready in $((SECONDS - started)) s."
}

stop_process() {
    local name=$1 pid
    pid=$(pid_of "$name")
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
        echo "$name stopped (pid $pid)"
    fi
    rm -f "$RUN_DIR/$name.pid"
}

stop() {
    stop_process haproxy
    stop_process node1
    stop_process node2
}

start_one() {
    local name=$1 port
    case $name in node1) port=$NODE1_PORT ;; node2) port=$NODE2_PORT ;; *) echo "usage: $0 start-node node1|node2" >&2; exit 2 ;; esac
    if alive "$name"; then
        echo "$name is already running (pid $(pid_of "$name"))." >&2
        exit 1
    fi
    find_java
    mkdir -p "$RUN_DIR"
    local jar url
    jar=$(jar_path)
    url=$(database_url)
    started=$SECONDS
    # the log of the run before is kept next to the new one
    [[ -f "$RUN_DIR/$name.log" ]] && mv "$RUN_DIR/$name.log" "$RUN_DIR/$name.previous.log"
    start_node "$name" "$port" "$jar" "$url"
    wait_ready "$name" "$port"
}

status() {
    local name port
    for name in node1 node2 haproxy; do
        case $name in node1) port=$NODE1_PORT ;; node2) port=$NODE2_PORT ;; haproxy) port=$LB_PORT ;; esac
        if alive "$name"; then
            echo "$name: running (pid $(pid_of "$name")) on 127.0.0.1:$port — health $(probe "$port" /actuator/health), readiness $(probe "$port" /actuator/health/readiness)"
        else
            echo "$name: not running"
        fi
    done
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    start-node) start_one "${2:-}" ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status|start-node node1|node2" >&2; exit 2 ;;
esac
