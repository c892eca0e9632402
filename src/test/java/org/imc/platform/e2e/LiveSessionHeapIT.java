package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocket;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not part of the suite (run with {@code -Dimc.bench.live-heap=true}): the live
 * heap each signed-in session costs with its push connection open, and what an idle page receives
 * over that connection. Real Chromium pages (not the Gatling client, which does not open the
 * WebSocket) sign in, open the dashboard and the application list (both follow topics) and keep
 * their WebSocket; the heap in use after full collections is read in this JVM (which runs the
 * application) before and after. Then one page stays idle while its
 * WebSocket frames are counted.
 *
 * <pre>
 * ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LiveSessionHeapIT \
 *     -Dfailsafe.failIfNoSpecifiedTests=false -Dimc.bench.live-heap=true [-Dimc.bench.sessions=20]
 * </pre>
 */
class LiveSessionHeapIT extends BrowserJourneyBase {

    @Test
    void liveHeapPerSessionWithPushOpenAndWhatAnIdlePageReceives() throws Exception {
        assumeTrue(Boolean.getBoolean("imc.bench.live-heap"), "a measurement: -Dimc.bench.live-heap=true");
        int sessions = Integer.getInteger("imc.bench.sessions", 20);
        long idleMs = Long.getLong("imc.bench.idle-ms", 70_000);

        // warm-up: the first session loads classes and caches
        List<String> pushUrls = new CopyOnWriteArrayList<>();
        page.onWebSocket(ws -> pushUrls.add(ws.url()));
        open();
        long before = liveHeap();

        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Page other = otherPerson();
            other.onWebSocket(ws -> pushUrls.add(ws.url()));
            actOn(other, this::open);
            pages.add(other);
        }
        long with = liveHeap();
        long perSession = (with - before) / sessions;
        System.out.printf(
                "Live heap: %.1f MB before, %.1f MB with %d more signed-in sessions (each with its push "
                        + "WebSocket open on the application list): %.1f KB per session; goal <= 250 KB%n",
                before / 1e6, with / 1e6, sessions, perSession / 1024.0);
        System.out.printf(
                "Push connections opened: %d, e.g. %s%n",
                pushUrls.size(), pushUrls.isEmpty() ? "-" : pushUrls.getFirst());
        org.assertj.core.api.Assertions.assertThat(pushUrls)
                .as("every page keeps a WebSocket to the push endpoint")
                .hasSizeGreaterThanOrEqualTo(sessions + 1)
                .allMatch(u -> u.contains("/VAADIN/push") && u.startsWith("ws"));

        // an idle page: what comes over its WebSocket while nothing happens
        Page idle = otherPerson();
        AtomicInteger frames = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<String> samples = new CopyOnWriteArrayList<>();
        idle.onWebSocket(ws -> watch(ws, frames, bytes, samples));
        actOn(idle, this::open);
        int framesAtStart = frames.get();
        long bytesAtStart = bytes.get();
        idle.waitForTimeout(idleMs);
        System.out.printf(
                "Idle page for %d s: %d frames, %d bytes received over the push WebSocket (samples: %s)%n",
                idleMs / 1000, frames.get() - framesAtStart, bytes.get() - bytesAtStart, samples);
        org.assertj.core.api.Assertions.assertThat(perSession)
                .as("live heap per session, bytes")
                .isLessThanOrEqualTo(250 * 1024);
    }

    private static void watch(WebSocket ws, AtomicInteger frames, AtomicLong bytes, List<String> samples) {
        ws.onFrameReceived(frame -> {
            frames.incrementAndGet();
            String text = frame.text();
            bytes.addAndGet(text == null ? 0 : text.length());
            if (samples.size() < 5 && text != null) {
                samples.add(text.length() > 40 ? text.substring(0, 40) + "…" : text);
            }
        });
    }

    private void open() {
        signInAs("mayor");
        // in the page, as a user clicks (a new page load would leave a second UI in the session)
        navItem("Fund applications").click();
        assertThat(page.locator("h1")).hasText("Fund applications");
        settle();
    }

    /**
     * The heap in use after full collections (System.gc() three times, the smallest reading), in
     * bytes: the live objects of this JVM, which runs the application. (An external {@code jcmd
     * GC.class_histogram} on this JVM, as {@code SessionHeapSimulation} does on a separate node,
     * hung here.)
     */
    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
