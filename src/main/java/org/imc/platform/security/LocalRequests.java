package org.imc.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A request made on this machine itself (a monitoring agent or an operator's curl on the node),
 * as opposed to one from elsewhere. The remote address must be a loopback address AND the request
 * must carry no forwarding header: a load balancer or reverse proxy on the same host connects
 * from loopback too, and marks the requests it passes on with {@code X-Forwarded-For} (our
 * HAProxy configuration always does, {@code option forwardfor}). This relies on the servlet
 * container reporting the socket's address: the forward-headers strategy is on for the scheme,
 * host and port only, and never takes the address from {@code X-Forwarded-For}
 * ({@code server.tomcat.remoteip.remote-ip-header} names a header nobody sends).
 */
final class LocalRequests {

    static final List<String> FORWARDING_HEADERS =
            List.of("X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host");

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F]*:[0-9a-fA-F:.]*(%[A-Za-z0-9_.-]+)?]?");

    private LocalRequests() {}

    static boolean isDirectFromThisMachine(HttpServletRequest request) {
        for (String header : FORWARDING_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        return isLoopback(request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        // only IP literals (what the container reports), so that no name is ever looked up
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
