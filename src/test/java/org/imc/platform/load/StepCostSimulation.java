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
 * replaying each step {@code repeat} times (40) while nothing else runs: the node's CPU time
 * (user + system, from {@code /proc/<nodePid>/stat}, so the node must run on this machine) before
 * and after, divided by the repetitions. Each repetition first steps away to a small view (the
 * router does not open a view again that is already open, and a grid sends no rows then), so a
 * step's cost is its repetition's cost minus the floor. The floor is what the framework and the
 * main layout cost to open one small view (the mean of "change password" and "my settings",
 * opened in turn); the heartbeat is shown next to it.
 * System properties: {@code nodePid} (required), {@code baseUrl}, {@code repeat}.
 */
public class StepCostSimulation extends Simulation {

    static final long NODE_PID = Long.getLong("nodePid", -1);
    static final int REPEAT = Integer.getInteger("repeat", 40);
    static final Map<String, double[]> COSTS = new ConcurrentSkipListMap<>(); // step -> {cpu ms, wall ms}
    static final long TICK_MS = 10; // USER_HZ is 100 on Linux

    static final String FLOOR = "0 floor: open a small view";
    static final String AWAY = "account/password";

    /** One step, each repetition after stepping away; its cost is reported above the floor. */
    static ChainBuilder measured(String step, ChainBuilder chain) {
        return measured(
                step, VaadinClient.open("away", AWAY, "Change your password").exec(chain), 1);
    }

    /** {@code chain} repeated; its per-repetition cost divided by {@code views} is kept for {@code step}. */
    static ChainBuilder measured(String step, ChainBuilder chain, int views) {
        return exec(session -> session.set("cpu0", cpuMillis()).set("wall0", System.nanoTime()))
                .repeat(REPEAT)
                .on(chain)
                .exec(session -> {
                    double cpu = (cpuMillis() - session.getLong("cpu0")) / (double) REPEAT / views;
                    double wall = (System.nanoTime() - session.getLong("wall0")) / 1e6 / REPEAT / views;
                    COSTS.put(step, new double[] {cpu, wall});
                    return session;
                });
    }

    /** Signs in as {@code username} (kept in the session, as the feeder does for the load test). */
    static ChainBuilder signIn(String role, String username) {
        return exec(session -> session.set("role", role).set("username", username))
                .exec(VaadinClient.signIn("#{username}", ScaleUsers.PASSWORD, "Dashboard · IMC"));
    }

    static ScenarioBuilder member() {
        return scenario("member")
                .exec(signIn("MEMBER", "scale-user-000002"))
                .exec(measured("0 heartbeat", exec(VaadinClient.heartbeat("heartbeat")), 1))
                .exec(measured(
                        FLOOR,
                        VaadinClient.open("floor: change password", AWAY, "Change your password")
                                .exec(VaadinClient.open("floor: my settings", "settings", "My settings")),
                        2))
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
                .exec(signIn("MAYOR", "scale-user-000010"))
                .exec(measured("partner finder (open, scroll)", PlatformSimulation.partnerFinder()));
    }

    static ScenarioBuilder officer() {
        return scenario("fund officer")
                .exec(signIn("FUND_OFFICER", "scale-user-000003"))
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
        double floor = COSTS.getOrDefault(FLOOR, new double[] {Double.NaN})[0];
        double floorWall = COSTS.getOrDefault(FLOOR, new double[] {Double.NaN, Double.NaN})[1];
        System.out.printf(
                Locale.ROOT,
                "Server CPU per step (single user, %d repetitions each; steps after stepping away, floor taken off):%n",
                REPEAT);
        COSTS.forEach((step, cost) -> {
            boolean base = step.startsWith("0 ");
            double cpu = base ? cost[0] : cost[0] - floor;
            double wall = base ? cost[1] : cost[1] - floorWall;
            System.out.printf(
                    Locale.ROOT, "  %-40s %7.1f ms CPU  %7.1f ms wall  %5.1f x floor%n", step, cpu, wall, cpu / floor);
        });
    }

    {
        setUp(member().injectOpen(atOnceUsers(1))
                        .andThen(mayor().injectOpen(atOnceUsers(1)))
                        .andThen(officer().injectOpen(atOnceUsers(1))))
                .protocols(PlatformSimulation.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
