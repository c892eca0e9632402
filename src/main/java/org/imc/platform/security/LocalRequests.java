package org.imc.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * A request made on this machine itself (a monitoring agent or an operator's curl on the node),
 * as opposed to one from elsewhere. The remote address must be a loopback address AND the request
 * must carry no forwarding header: a load balancer or reverse proxy on the same host connects
 * from loopback too, and marks the requests it passes on with {@code X-Forwarded-For} (our
 * HAProxy configuration always does, {@code option forwardfor}). This relies on the servlet
 * container reporting the socket's address (Spring Boot's default {@code
 * server.forward-headers-strategy=none}); with a forward-headers strategy the address would be
 * taken from those headers instead.
 */
final class LocalRequests {

    static final List<String> FORWARDING_HEADERS = List.of("X-Forwarded-For", "Forwarded", "X-Real-IP",
            "X-Forwarded-Host");

    private LocalRequests() {
    }

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
        // an IP literal from the container: no name lookup happens for it
        if (!address.matches("[0-9a-fA-F:.%\\[\\]a-z]+") || !(address.contains(".") || address.contains(":"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
