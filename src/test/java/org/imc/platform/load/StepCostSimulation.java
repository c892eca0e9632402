package org.imc.platform.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The server's CPU time per step of {@link PlatformSimulation}, measured by a single user
 * replaying each step {@code repeat} times (40) in a row while nothing else runs: the node's CPU
 * time (user + system, from {@code /proc/<nodePid>/stat}, so the node must run on this machine)
 * before and after, divided by the repetitions. The floor is what the framework and the main
 * layout cost for a view with nothing in it (the not-found page) and for a heartbeat.
 * System properties: {@code nodePid} (required), {@code baseUrl}, {@code repeat}.
 */
public class StepCostSimulation extends Simulation {

    static final long NODE_PID = Long.getLong("nodePid", -1);
    static final int REPEAT = Integer.getInteger("repeat", 40);
    static final Map<String, double[]> COSTS = new ConcurrentSkipListMap<>(); // step -> {cpu ms, wall ms}
    static final long TICK_MS = 10; // USER_HZ is 100 on Linux

    static ChainBuilder measured(String step, ChainBuilder chain) {
        return exec(session -> session.set("cpu0", cpuMillis()).set("wall0", System.nanoTime()))
                .repeat(REPEAT)
                .on(chain)
                .exec(session -> {
                    double cpu = (cpuMillis() - session.getLong("cpu0")) / (double) REPEAT;
                    double wall = (System.nanoTime() - session.getLong("wall0")) / 1e6 / REPEAT;
                    COSTS.put(step, new double[] {cpu, wall});
                    return session;
                });
    }

    static ScenarioBuilder member() {
        return scenario("member")
                .exec(session -> session.set("role", "MEMBER"))
                .exec(VaadinClient.signIn("scale-user-000002", ScaleUsers.PASSWORD, "Dashboard · IMC"))
                .exec(measured("0 floor: heartbeat", exec(VaadinClient.heartbeat("heartbeat"))))
                .exec(measured(
                        "0 floor: empty view (not found)",
                        VaadinClient.open("floor: not found", "no-such-page", "Not found")))
                .exec(measured("dashboard", PlatformSimulation.dashboard()))
                .exec(measured(
                        "directory (open, 2 scrolls) + a profile",
                        PlatformSimulation.directory().exec(PlatformSimulation.municipalityProfile())))
                .exec(measured("affiliates", PlatformSimulation.affiliates()))
                .exec(measured("events", PlatformSimulation.events()))
                .exec(measured("course catalogue", PlatformSimulation.courseCatalogue()));
    }

    static ScenarioBuilder mayor() {
        return scenario("mayor")
                .exec(session -> session.set("role", "MAYOR"))
                .exec(VaadinClient.signIn("scale-user-000010", ScaleUsers.PASSWORD, "Dashboard · IMC"))
                .exec(measured("partner finder (open, scroll)", PlatformSimulation.partnerFinder()));
    }

    static ScenarioBuilder officer() {
        return scenario("fund officer")
                .exec(session -> session.set("role", "FUND_OFFICER"))
                .exec(VaadinClient.signIn("scale-user-000003", ScaleUsers.PASSWORD, "Dashboard · IMC"))
                .exec(measured("fund review", PlatformSimulation.fundReview()))
                .exec(measured("portfolio", PlatformSimulation.portfolio()));
    }

    /** The node's CPU time so far (user + system), in milliseconds. */
    static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + NODE_PID + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
        } catch (IOException e) {
            throw new IllegalStateException("set -DnodePid to the node's process id", e);
        }
    }

    @Override
    public void after() {
        double floor = COSTS.getOrDefault("0 floor: empty view (not found)", new double[] {Double.NaN})[0];
        System.out.printf(Locale.ROOT, "Server CPU per step (single user, %d repetitions each):%n", REPEAT);
        COSTS.forEach((step, cost) -> System.out.printf(
                Locale.ROOT,
                "  %-40s %7.1f ms CPU  %7.1f ms wall  %5.1f x floor%n",
                step,
                cost[0],
                cost[1],
                cost[0] / floor));
    }

    {
        setUp(member().injectOpen(atOnceUsers(1))
                        .andThen(mayor().injectOpen(atOnceUsers(1)))
                        .andThen(officer().injectOpen(atOnceUsers(1))))
                .protocols(PlatformSimulation.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
