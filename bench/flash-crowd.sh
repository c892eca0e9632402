#!/usr/bin/env bash
# Flash crowds through the real UI (FlashCrowdSimulation) against one node with the scale data:
#
#   JAVA_HOME=/path/to/jdk-21+ bench/flash-crowd.sh                # enrol, apply and signin
#   CROWDS="enrol" bench/flash-crowd.sh                             # one of them
#   NODE_ARGS="--imc.security.concurrent-password-checks=0" CROWDS=signin bench/flash-crowd.sh
#                                                                   # a setting of the node
#
# enrol:  300 learners open one course page and press Enrol within the same 10 s (30 seats);
# apply:  200 mayors submit their draft fund application within the same minute;
# signin: 500 users sign in within 30 s.
# The node starts with --imc.scale.prepare-crowds=true (the course, its session with no
# enrolments, the 200 drafts, anew on every start). Prints per step the requests, errors and
# p50/p95/p99, the node's CPU per request, the connection pool, and for enrol the outcome as the
# learners were told it (seated count, waitlist numbering).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-node.sh

CROWDS="${CROWDS:-enrol apply signin}"
status=0
for crowd in $CROWDS; do
    # each crowd on a fresh stage: the preparation runs at the node's start; its log is kept
    APP_LOG="target/flash-crowd-$crowd-node.log"
    # shellcheck disable=SC2086
    start_node --imc.scale.prepare-crowds=true ${NODE_ARGS:-}
    grep -E "^Flash crowds prepared" "$APP_LOG" || true
    echo
    echo "== flash crowd: $crowd =="
    if ! gatling_report FlashCrowdSimulation "target/flash-crowd-$crowd.log" -Dcrowd="$crowd"; then
        status=1
    fi
    grep -E "^Flash crowd outcome" "target/flash-crowd-$crowd.log" || true
    stop_node
done
exit $status
