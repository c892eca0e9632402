#!/usr/bin/env bash
# Live heap per signed-in session, and its release when tabs are closed or left idle.
#
#   JAVA_HOME=/path/to/jdk-21+ bench/session-heap.sh          # 200 sessions
#   SESSIONS=500 bench/session-heap.sh
#   PUSH=false bench/session-heap.sh                          # tabs without their push WebSocket
#
# Starts one node like bench/load-test.sh, but with a short session timeout (SESSION_TIMEOUT,
# default 2m) and heartbeat interval (HEARTBEAT, default 20 s) so the release can be watched in
# a few minutes (production: 30m and 300 s; Vaadin's closeIdleSessions is on in both). Then runs
# SessionHeapSimulation, which reads the node's live heap after a full GC (jcmd GC.class_histogram)
# before and after SESSIONS users signed in and browsed, then while half of them close the tab
# and half leave it idle, and prints the live heap per session and the classes that grew most
# (per session; HISTOGRAM_TOP, default 30). Each tab holds its push WebSocket open as a browser
# does (PUSH=false: without). The figures are also written to target/session-heap.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-node.sh

SESSIONS="${SESSIONS:-200}"
RAMP="${RAMP:-90}"
SESSION_TIMEOUT="${SESSION_TIMEOUT:-2m}"
HEARTBEAT="${HEARTBEAT:-20}"
RELEASE_WAIT="${RELEASE_WAIT:-300}"
PUSH="${PUSH:-true}"
HISTOGRAM_TOP="${HISTOGRAM_TOP:-30}"

start_node --server.servlet.session.timeout="$SESSION_TIMEOUT" --vaadin.heartbeatInterval="$HEARTBEAT" "$@"
echo
echo "== Live heap per session: $SESSIONS sessions, session timeout $SESSION_TIMEOUT, heartbeat every $HEARTBEAT s, push WebSocket $PUSH =="
run_gatling SessionHeapSimulation -DappPid="$APP_PID" -Dsessions="$SESSIONS" -Dramp="$RAMP" \
    -DreleaseWait="$RELEASE_WAIT" -Dpush="$PUSH" -DhistogramTop="$HISTOGRAM_TOP" -Dout=target/session-heap.txt >target/session-heap.log 2>&1 || {
    echo "The simulation failed; see target/session-heap.log" >&2
    tail -30 target/session-heap.log >&2
}
echo "[$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)]"
cat target/session-heap.txt
