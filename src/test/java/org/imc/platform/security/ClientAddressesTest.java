package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which address a sign-in counts against: {@code X-Forwarded-For} is believed only from a
 * trusted proxy, and then only the entries our proxies appended.
 */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.0/8", "::1", "10.1.0.0/16"));

    @Test
    void aDirectClientIsItsSocketAddressWhateverItClaims() {
        assertThat(addresses.of(request("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of(request("198.51.100.7", "127.0.0.1"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyItIsTheRightMostAddressNotOfAProxy() {
        assertThat(addresses.of(request("127.0.0.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
        // a forged entry on the left is ignored
        assertThat(addresses.of(request("127.0.0.1", "10.1.2.3, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // through two of our proxies
        assertThat(addresses.of(request("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.0.5")))
                .isEqualTo("203.0.113.9");
        // several headers read as one list
        assertThat(addresses.of(request("127.0.0.1", "1.2.3.4", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aMalformedOrMissingForwardedEntryIsNeverBelieved() {
        assertThat(addresses.of(request("127.0.0.1"))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(request("127.0.0.1", "evil.example"))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(request("127.0.0.1", "203.0.113.9, unknown"))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(request("not-an-address"))).isNull();
    }

    @Test
    void anIpv6ClientIsKeyedByItsNetwork() {
        assertThat(addresses.of(request("2001:db8:1:2:3:4:5:6"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(addresses.of(request("2001:db8:1:2:ffff::1"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(addresses.of(request("::1", "2001:db8:9::1"))).isEqualTo("2001:db8:9:0:0:0:0:0/64");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String remoteAddress, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(remoteAddress);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }
}
