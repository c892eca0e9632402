package org.imc.platform.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Vaadin Flow's client-server protocol as the browser speaks it (Vaadin 25, server-side
 * routing; the push WebSocket with {@link #openPush}), for Gatling. Every step is one round-trip the real client makes, with the
 * same URLs and JSON, and every response is checked: HTTP 200, no error/expiry/resync in the
 * UIDL, and the text the step is expected to show.
 * <p>
 * Per virtual user (= one browser tab) the session keeps what the client keeps: the UI id
 * ({@code v-uiId}), the UI's CSRF token ({@code Vaadin-Security-Key}), the last server sync id,
 * the next client message id, the history index, the open grid's node id, update id and
 * promise counter, and the last response (to find buttons by their text). A tab whose step
 * failed stops there (its state may be stale), so each error is counted once, at its step. Node ids are read
 * from the responses; only the UI root (state node 1, which receives {@code ui-navigate}) is
 * fixed by Flow.
 */
final class VaadinClient {

    // session keys
    static final String UI_ID = "uiId";
    static final String CSRF = "vaadinCsrf";
    static final String SYNC_ID = "syncId";
    static final String CLIENT_ID = "clientId";
    static final String HISTORY = "historyIdx";
    static final String TITLE = "appShellTitle";
    static final String HEARTBEAT = "heartbeatSeconds";
    static final String SPRING_CSRF = "springCsrf";
    static final String GRID = "grid";
    static final String GRIDS = "grids";
    static final String PROMISES = "promises";
    static final String LAST_RESPONSE = "lastResponse";
    static final String LAST_HEARTBEAT = "lastHeartbeat";
    static final String PUSH_ID = "pushId";

    /** The UI root: navigation events go to it. */
    static final int UI_NODE = 1;

    /** Rows the grid asks for when it scrolls (what vaadin-grid requests in a 900 px window). */
    static final int SCROLL_ROWS = 100;

    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":400,\"event.clientY\":300,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":380,\"event.screenX\":400}";

    /** A grid's data arrives as {@code $connector.set(...)} and must be confirmed with its update id. */
    private static final String GRID_CONFIRM =
            "\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"";

    private VaadinClient() {}

    // ---- sign-in --------------------------------------------------------------------------------

    /**
     * What a browser does from typing the address to seeing the dashboard: the redirect to the
     * sign-in page, its UI, the form post with Spring Security's CSRF token, the bootstrap page
     * and the first view.
     */
    static ChainBuilder signIn(String usernameExpression, String passwordExpression, String expectedFirstView) {
        return exec(http("sign-in: page")
                        .get("/")
                        .check(
                                status().is(200),
                                regex("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                                        .saveAs(SPRING_CSRF),
                                regex("<title>([^<]*)</title>").saveAs(TITLE)))
                .exec(session -> session.set(HISTORY, 0))
                .exec(init("sign-in: init", "login", ""))
                .exec(navigate("sign-in: view", "/login", "", "", "Sign in"))
                .exec(http("sign-in: post")
                        .post("/login")
                        .formParam("_csrf", "#{" + SPRING_CSRF + "}")
                        .formParam("username", usernameExpression)
                        .formParam("password", passwordExpression)
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(location -> !location.contains("error"))
                                        .is(true)))
                // fund officers and administrators enter the code of their authenticator app
                .exec(doIf(VaadinClient::needsSecondFactor).then(secondFactor(usernameExpression)))
                .exec(http("sign-in: bootstrap").get("/?continue").check(status().is(200)))
                // the form post left the sign-in page: its UI says goodbye (see unloadBeacon)
                .exec(unloadBeacon("sign-in: unload beacon"))
                .exec(init("sign-in: init signed in", "", "continue"))
                .exec(session -> session.set(LAST_HEARTBEAT, System.currentTimeMillis()))
                .exec(navigate("dashboard: first", "/", "continue", "", expectedFirstView))
                .exitHereIfFailed();
    }

    /** The roles that must sign in with two steps (the scale data enrols them with the demo secret). */
    static boolean needsSecondFactor(Session session) {
        return session.contains("role")
                && (session.getString("role").equals("FUND_OFFICER")
                        || session.getString("role").equals("ADMIN"));
    }

    /**
     * The second step: the code page's UI, the code typed into the field named "code" (synced as
     * its value property) and the Verify click, which answers by loading the application again.
     */
    static ChainBuilder secondFactor(String usernameExpression) {
        return exec(http("sign-in: code page").get("/sign-in/code").check(status().is(200)))
                .exec(unloadBeacon("sign-in: unload beacon (password)"))
                .exec(init("sign-in: init code", "sign-in/code", ""))
                .exec(navigate("sign-in: code view", "/sign-in/code", "", "", "Verify"))
                .exec(session -> session.set(
                                "codeNode",
                                UidlTree.parse(session.getString(LAST_RESPONSE))
                                        .elementWithAttribute("vaadin-text-field", "name", "code")
                                        .orElse(-1))
                        .set(
                                "code",
                                org.imc.platform.DemoTotp.nextCode(session.getString(
                                        usernameExpression.substring(2, usernameExpression.length() - 1)))))
                .exec(uidl(
                        "sign-in: enter code",
                        session -> "{\"type\":\"mSync\",\"node\":" + session.getInt("codeNode")
                                + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + session.getString("code")
                                + "\"}"))
                .exec(click("sign-in: verify code", "vaadin-button", "Verify", "window.open"))
                .exitHereIfFailed();
    }

    /** {@code ?v-r=init}: a new UI for the tab, with the browser details Flow collects. */
    static HttpRequestActionBuilder init(String name, String location, String query) {
        return http(name)
                .get(session -> "/?v-r=init&location=" + location + "&query=" + query
                        + "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
                        + "&v-curdate=" + System.currentTimeMillis()
                        + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
                        + "&v-wn=v-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)
                        + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                        + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false")
                .check(
                        status().is(200),
                        regex("\"v-uiId\":(\\d+)").saveAs(UI_ID),
                        regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs(CSRF),
                        regex("\"heartbeatInterval\":(\\d+)")
                                .transform(VaadinClient::toInt)
                                .saveAs(HEARTBEAT),
                        regex("\"syncId\":(\\d+)")
                                .transform(VaadinClient::toInt)
                                .saveAs(SYNC_ID),
                        regex("\"clientId\":(\\d+)")
                                .transform(VaadinClient::toInt)
                                .saveAs(CLIENT_ID),
                        // present when the application uses server push (@Push)
                        regex("\"Vaadin-Push-ID\":\"([^\"]+)\"").optional().saveAs(PUSH_ID))
                .check(noVaadinError());
    }

    // ---- server push ----------------------------------------------------------------------------

    /**
     * Opens the UI's push connection as the browser does right after the UI's init (Vaadin's
     * Atmosphere client: a WebSocket to {@code VAADIN/push} with the UI id and the session's
     * push id) and waits for the server's first frame (Atmosphere's handshake: its tracking id
     * and heartbeat). The connection stays open while the virtual user goes on with its HTTP
     * requests, as the browser's does; {@link #closePush} closes it. Skipped when the UI has no
     * push id (push off).
     */
    static ChainBuilder openPush(String name) {
        return doIf(session -> session.contains(PUSH_ID))
                .then(exec(ws(name).connect(session -> "/VAADIN/push?v-r=push&v-uiId=" + session.getString(UI_ID)
                                + "&v-pushId=" + session.getString(PUSH_ID)
                                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true")
                        .await(30)
                        .on(ws.checkTextMessage(name + ": handshake")
                                .check(regex("^(\\d+)\\|").exists()))));
    }

    /** Closes the push connection (the tab goes away), if one is open. */
    static ChainBuilder closePush(String name) {
        return doIf(session -> session.contains(PUSH_ID)).then(exec(ws(name).close()));
    }

    // ---- views ----------------------------------------------------------------------------------

    /**
     * Opens a view the way a click on a menu item or a link does (client-side {@code ui-navigate}),
     * and checks that the response shows {@code expectedText} (e.g. the view's title). Copy a
     * step that calls this to load-test a new view.
     */
    static ChainBuilder open(String name, String route, String expectedText) {
        return heartbeatIfDue()
                .exec(session -> session.set(HISTORY, session.getInt(HISTORY) + 1))
                .exec(navigate(name, route, "", "client", expectedText))
                .exitHereIfFailed();
    }

    /**
     * Opens a view with a grid: the response carries the first rows, which the client then
     * confirms ({@code confirmUpdate}) as vaadin-grid's connector does, for every grid of the view
     * in one message; the first grid is the one {@link #scrollGrid} scrolls.
     */
    static ChainBuilder openWithGrid(String name, String route, String expectedText) {
        return heartbeatIfDue()
                .exec(session ->
                        session.set(HISTORY, session.getInt(HISTORY) + 1).remove(GRID))
                .exec(navigate(name, route, "", "client", expectedText)
                        .check(regex(GRID_CONFIRM).captureGroups(2).findAll().saveAs(GRID)))
                .exitHereIfFailed()
                .exec(VaadinClient::rememberGrid)
                .exec(confirmGrid(name + " (confirm)"))
                .exitHereIfFailed();
    }

    /** Scrolls the open grid so that {@code firstRow} is at the top: the rows arrive, then are confirmed. */
    static ChainBuilder scrollGrid(String name, int firstRow) {
        return scrollGrid(name, session -> firstRow);
    }

    /** Scrolls the open grid to a row chosen per user (e.g. at random). */
    static ChainBuilder scrollGrid(String name, Function<Session, Integer> firstRow) {
        return heartbeatIfDue()
                .exec(session -> session.set("scrollRow", firstRow.apply(session)))
                .exec(uidl(
                        name,
                        session -> publishedEvent(
                                session,
                                session.getInt(GRID),
                                "setViewportRange",
                                session.getInt("scrollRow") + "," + SCROLL_ROWS),
                        regex(session -> "\\{\"@v-node\":" + session.getInt(GRID) + "\\}," + session.getInt("scrollRow")
                                        + ",\\[\\{\"key\"")
                                .exists(),
                        regex(GRID_CONFIRM).captureGroups(2).findAll().saveAs(GRID)))
                .exitHereIfFailed()
                .exec(VaadinClient::rememberGrid)
                .exec(confirmGrid(name + " (confirm)"))
                .exitHereIfFailed();
    }

    /**
     * Clicks the element with tag {@code tag} (e.g. vaadin-button) whose text is {@code text}, as
     * found in the previous response, and checks that the answer shows {@code expectedText}.
     */
    static ChainBuilder click(String name, String tag, String text, String expectedText) {
        // when the element is missing the click goes to node -1, which Flow ignores: the step then
        // fails its text check and is counted as an error under its own name
        return heartbeatIfDue()
                .exec(session -> session.set(
                        "clickNode",
                        UidlTree.parse(session.getString(LAST_RESPONSE))
                                .elementWithText(tag, text)
                                .orElse(-1)))
                .exec(uidl(
                        name,
                        session -> "{\"type\":\"event\",\"node\":" + session.getInt("clickNode")
                                + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}",
                        substring(expectedText).exists(),
                        bodyString().saveAs(LAST_RESPONSE)))
                .exitHereIfFailed();
    }

    /**
     * Like {@link #click}, but the answer may show any of several outcomes: {@code expected} is
     * a regular expression (e.g. "You are enrolled|on the waitlist").
     */
    static ChainBuilder clickExpecting(String name, String tag, String text, String expected) {
        return heartbeatIfDue()
                .exec(session -> session.set(
                        "clickNode",
                        UidlTree.parse(session.getString(LAST_RESPONSE))
                                .elementWithText(tag, text)
                                .orElse(-1)))
                .exec(uidl(
                        name,
                        session -> "{\"type\":\"event\",\"node\":" + session.getInt("clickNode")
                                + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}",
                        regex(expected).exists(),
                        bodyString().saveAs(LAST_RESPONSE)))
                .exitHereIfFailed();
    }

    /** Whether the last answer shows an element with that tag and text (e.g. a button one may click). */
    static boolean shows(Session session, String tag, String text) {
        return session.contains(LAST_RESPONSE)
                && UidlTree.parse(session.getString(LAST_RESPONSE))
                        .elementWithText(tag, text)
                        .isPresent();
    }

    /**
     * What the browser sends when the page goes away (closing the tab, reloading, or leaving it
     * for another page such as the sign-in form's post): on {@code pagehide} Flow's client calls
     * {@code navigator.sendBeacon} with {@code {"csrfToken":…,"rpc":[],"UNLOAD":true}} to the
     * UI's UIDL address (text/plain, no sync or client id), and the server closes that UI at
     * once instead of waiting for three missed heartbeats. The answer is not read by the browser.
     */
    static HttpRequestActionBuilder unloadBeacon(String name) {
        return http(name)
                .post("/?v-r=uidl&v-uiId=#{" + UI_ID + "}")
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(
                        session -> "{\"csrfToken\":\"" + session.getString(CSRF) + "\",\"rpc\":[],\"UNLOAD\":true}"))
                .check(status().is(200));
    }

    /**
     * The browser sends a heartbeat every {@code heartbeatInterval} seconds whatever else it does;
     * a UI that misses three is closed by the server. Steps send the heartbeat that fell due
     * while the user was thinking or waiting for an answer.
     */
    static ChainBuilder heartbeatIfDue() {
        return doIf(session -> session.contains(LAST_HEARTBEAT)
                        && System.currentTimeMillis() - session.getLong(LAST_HEARTBEAT)
                                >= session.getInt(HEARTBEAT) * 1000L)
                .then(exec(heartbeat("heartbeat").check(status().is(200)))
                        .exec(session -> session.set(LAST_HEARTBEAT, System.currentTimeMillis())));
    }

    /** A heartbeat, as an open but idle tab sends one every {@code heartbeatInterval} seconds. */
    static HttpRequestActionBuilder heartbeat(String name) {
        return http(name)
                .post("/?v-r=heartbeat&v-uiId=#{" + UI_ID + "}")
                .header("Content-Type", "text/plain;charset=utf-8")
                .check(status().saveAs("heartbeatStatus"));
    }

    // ---- the protocol ---------------------------------------------------------------------------

    private static HttpRequestActionBuilder navigate(
            String name, String route, String query, String trigger, String expectedText) {
        return uidl(
                name,
                session -> "{\"type\":\"event\",\"node\":" + UI_NODE
                        + ",\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + resolve(session, route)
                        + "\",\"query\":\"" + query
                        + "\",\"appShellTitle\":\"" + session.getString(TITLE) + "\",\"historyState\":{\"idx\":"
                        + (session.contains(HISTORY) ? session.getInt(HISTORY) : 0) + "},\"trigger\":\"" + trigger
                        + "\"}}",
                substring(expectedText).exists(),
                bodyString().saveAs(LAST_RESPONSE));
    }

    /** A session attribute's place in a route: {@code #{name}}, as in Gatling's expressions. */
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("#\\{([^}]+)\\}");

    /**
     * Each {@code #{name}} in {@code value} (the whole value or a part of it, e.g.
     * {@code fund/applications/#{applicationId}}) stands for the session attribute {@code name}.
     */
    static String resolve(Session session, String value) {
        return ATTRIBUTE
                .matcher(value)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(session.getString(m.group(1))));
    }

    private static ChainBuilder confirmGrid(String name) {
        return exec(uidl(name, session -> {
            List<List<String>> grids = session.getList(GRIDS);
            List<String> rpcs = new ArrayList<>();
            for (List<String> grid : grids) {
                rpcs.add(publishedEvent(session, Integer.parseInt(grid.get(0)), "confirmUpdate", grid.get(1)));
            }
            return String.join(",", rpcs);
        }));
    }

    /** A {@code $server.method(args)} call on an element; each element numbers its promises from 0. */
    private static String publishedEvent(Session session, int node, String method, String args) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + args + "],\"promise\":" + nextPromise(session, node) + "}";
    }

    private static int nextPromise(Session session, int node) {
        // the counter lives in a mutable map in the session, so the body function can advance it
        java.util.Map<String, Integer> promises = session.getMap(PROMISES);
        return promises.merge(String.valueOf(node), 1, Integer::sum) - 1;
    }

    /** Keeps the grids to confirm (node id, update id) and the first grid's node id for scrolling. */
    private static Session rememberGrid(Session session) {
        List<List<String>> found = session.getList(GRID);
        Session s = session.set(GRIDS, found)
                .set(GRID, Integer.parseInt(found.get(0).get(0)));
        return s.contains(PROMISES)
                ? s
                : s.set(PROMISES, new java.util.concurrent.ConcurrentHashMap<String, Integer>());
    }

    /**
     * One UIDL round-trip: the rpc invocations with the UI's CSRF token, the last sync id and the
     * next client id; the answer's ids are kept for the next message.
     */
    static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... extraChecks) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(
                status().is(200),
                regex("^\\{\"clientId\":(\\d+)").transform(VaadinClient::toInt).saveAs(CLIENT_ID),
                regex("\"syncId\":(\\d+)\\}\\s*$")
                        .transform(VaadinClient::toInt)
                        .saveAs(SYNC_ID)));
        checks.add(noVaadinError());
        checks.addAll(List.of(extraChecks));
        return http(name)
                .post("/?v-r=uidl&v-uiId=#{" + UI_ID + "}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> "{\"csrfToken\":\""
                        + session.getString(CSRF) + "\",\"rpc\":[" + rpc.apply(session) + "],\"syncId\":"
                        + session.getInt(SYNC_ID) + ",\"clientId\":" + session.getInt(CLIENT_ID) + "}"))
                .check(checks);
    }

    /** A missing value stays missing, so the check fails as "found nothing" instead of crashing. */
    private static Integer toInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** Errors Flow reports inside a 200 answer: an application error, an expired session, a resync. */
    private static CheckBuilder noVaadinError() {
        return regex("\"(appError|sessionExpired|resynchronize)\"|\"redirect\":\\{")
                .notExists();
    }
}
