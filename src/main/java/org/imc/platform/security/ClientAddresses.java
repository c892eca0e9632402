package org.imc.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a sign-in comes from, for throttling and the audit trail. It is the socket's peer
 * address, unless that peer is one of our trusted proxies ({@code imc.security.trusted-proxies},
 * addresses or CIDR ranges; loopback by default, where ops/cluster.sh runs HAProxy): then it is
 * the right-most {@code X-Forwarded-For} entry that is not a trusted proxy, which is the one our
 * balancer appended ({@code option forwardfor}); entries further left are whatever the client
 * sent and are never believed. The servlet container keeps reporting the socket's address
 * ({@code server.forward-headers-strategy=none}), which {@link LocalRequests} relies on.
 * An IPv6 client is keyed by its /64 network, which one subscriber usually holds whole.
 */
@Component
class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F]*:[0-9a-fA-F:.]*]?");

    private final List<Range> trustedProxies;

    ClientAddresses(@Value("${imc.security.trusted-proxies:127.0.0.0/8,::1}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Range::parse)
                .toList();
    }

    /** The client address of the request this thread serves, if it serves one. */
    Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(of(attributes.getRequest()));
        }
        return Optional.empty();
    }

    /** The client's key: an IPv4 address, or an IPv6 /64 network; null if the peer is unreadable. */
    String of(HttpServletRequest request) {
        InetAddress client = literal(request.getRemoteAddr());
        if (client == null) {
            return null;
        }
        if (isTrusted(client)) {
            List<String> hops = new ArrayList<>();
            for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
                hops.addAll(Arrays.asList(header.split(",")));
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                InetAddress hop = literal(hops.get(i).trim());
                if (hop == null) {
                    break;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IP literal as an address (never a name lookup), or null. */
    static InetAddress literal(String text) {
        if (text == null
                || text.isBlank()
                || (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("imc.security.trusted-proxies: not an IP address: " + text);
            }
            byte[] bytes = address.getAddress();
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
