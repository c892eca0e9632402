package org.imc.platform.load;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sign-in names of the scale data set ({@code --imc.scale.generate=true}): users
 * {@code scale-user-000001} ... {@code scale-user-200000}, password {@value #PASSWORD}. The
 * generator gives the roles by number (see ScaleDataGenerator): every tenth user is a mayor,
 * {@code n % 500 == 1} a liaison, {@code n % 1000 == 3} a fund officer, {@code n % 250 == 7} a
 * trainer; {@code n % 10 == 2} is a member and nothing else.
 * <p>
 * The feeder hands out users in a fixed mix per 20 virtual users: 10 members, 6 mayors, 2
 * liaisons, 1 fund officer, 1 trainer; every virtual user gets a different account (up to 200
 * fund officers, then the accounts are reused).
 */
final class ScaleUsers {

    static final String PASSWORD = "scale-demo";
    static final int GENERATED_USERS = 200_000;

    private ScaleUsers() {}

    static Iterator<Map<String, Object>> feeder() {
        return feeder(0);
    }

    /** A feeder that starts at the {@code first}-th user of the mix (to keep two scenarios apart). */
    static Iterator<Map<String, Object>> feeder(long first) {
        AtomicLong next = new AtomicLong(first);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                long n = next.getAndIncrement();
                return Map.of("role", roleOf(n), "username", username(n), "clientAddress", clientAddress(n));
            }
        };
    }

    /** The role of the {@code n}-th virtual user (0-based). */
    static String roleOf(long n) {
        int slot = (int) (n % 20);
        if (slot < 10) {
            return "MEMBER";
        } else if (slot < 16) {
            return "MAYOR";
        } else if (slot < 18) {
            return "LIAISON";
        } else if (slot == 18) {
            return "FUND_OFFICER";
        }
        return "TRAINER";
    }

    /**
     * Where the {@code n}-th virtual user comes from, as the balancer tells the node
     * (X-Forwarded-For, believed from the loopback proxy): people sign in from their own
     * networks, not all from one address, which the sign-in gate would rightly slow down.
     */
    static String clientAddress(long n) {
        return String.format(
                Locale.ROOT, "10.%d.%d.%d", (n >> 16) & 255, (n >> 8) & 255, (n & 255) + 1 > 255 ? 1 : (n & 255) + 1);
    }

    /** The scale user the {@code n}-th virtual user signs in as. */
    static String username(long n) {
        long round = n / 20;
        int slot = (int) (n % 20);
        long number = switch (roleOf(n)) {
            case "MEMBER" -> 10 * ((round * 10 + slot) % 20_000) + 2;
            case "MAYOR" -> 10 * ((round * 6 + slot - 10) % 20_000) + 10;
            case "LIAISON" -> 500 * ((round * 2 + slot - 16) % 400) + 1;
            case "FUND_OFFICER" -> 1_000 * (round % 200) + 3;
            default -> 250 * (round % 800) + 7;
        };
        return String.format(Locale.ROOT, "scale-user-%06d", number);
    }
}
