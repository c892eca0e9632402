package org.imc.platform.twinning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;

/**
 * The complementarity score of a candidate partner, and why. The one place that weighs:
 * <ul>
 * <li>{@value #THEY_OFFER_WE_NEED} points for every sub-programme the candidate offers and we need,</li>
 * <li>{@value #WE_OFFER_THEY_NEED} points for every sub-programme we offer and the candidate needs,</li>
 * <li>{@value #SHARED_PILLAR} point for every pillar both work on,</li>
 * <li>{@value #SHARED_LANGUAGE} point when the two share at least one language.</li>
 * </ul>
 * Needs and offers count once per sub-programme (two offers of drinking water are one match).
 * Languages are free text ("English, Twi"): compared trimmed and lower-cased, item by item.
 * Every candidate is ranked with {@link #total} (bit masks, the same weights); the page shown is
 * then scored and explained with {@link #score}.
 */
public final class PartnerScoring {

    public static final int THEY_OFFER_WE_NEED = 3;
    public static final int WE_OFFER_THEY_NEED = 3;
    public static final int SHARED_PILLAR = 1;
    public static final int SHARED_LANGUAGE = 1;

    private PartnerScoring() {}

    /** What scoring needs to know of a municipality. */
    public record Profile(
            Set<SubProgramme> needs, Set<SubProgramme> offers, Set<Pillar> pillars, Set<String> languages) {
        public Profile {
            needs = copy(needs, SubProgramme.class);
            offers = copy(offers, SubProgramme.class);
            pillars = copy(pillars, Pillar.class);
            languages = Set.copyOf(languages);
        }

        private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
            return set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
        }
    }

    /** Why a candidate scored: a kind of match, what matched and the points it gave. */
    public record Reason(Kind kind, String subject, int points) {
        /** Translation key of the sentence; {@code subject} fills it. */
        public String messageKey() {
            return "twinning.reason." + kind.name();
        }
    }

    public enum Kind {
        /** subject: a {@link SubProgramme} name */
        THEY_OFFER,
        /** subject: a {@link SubProgramme} name */
        THEY_NEED,
        /** subject: a {@link Pillar} name */
        SHARED_PILLAR,
        /** subject: the shared languages, comma-separated, lower-case */
        SHARED_LANGUAGE
    }

    public record Score(int total, List<Reason> reasons) {
        public Score {
            reasons = List.copyOf(reasons);
        }
    }

    /** Scores {@code them} as a partner for {@code us}; the reasons come strongest first. */
    public static Score score(Profile us, Profile them) {
        List<Reason> reasons = new ArrayList<>();
        for (SubProgramme s : them.offers()) {
            if (us.needs().contains(s)) {
                reasons.add(new Reason(Kind.THEY_OFFER, s.name(), THEY_OFFER_WE_NEED));
            }
        }
        for (SubProgramme s : them.needs()) {
            if (us.offers().contains(s)) {
                reasons.add(new Reason(Kind.THEY_NEED, s.name(), WE_OFFER_THEY_NEED));
            }
        }
        for (Pillar p : them.pillars()) {
            if (us.pillars().contains(p)) {
                reasons.add(new Reason(Kind.SHARED_PILLAR, p.name(), SHARED_PILLAR));
            }
        }
        Set<String> shared = new TreeSet<>(them.languages());
        shared.retainAll(us.languages());
        if (!shared.isEmpty()) {
            reasons.add(new Reason(Kind.SHARED_LANGUAGE, String.join(", ", shared), SHARED_LANGUAGE));
        }
        return new Score(reasons.stream().mapToInt(Reason::points).sum(), reasons);
    }

    /** "English, Twi ,ga" → {english, twi, ga}. */
    public static Set<String> languages(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The same total as {@link #score} for profiles kept as bit masks (bit = the enum's ordinal),
     * used to rank every municipality quickly; {@link #score} then explains the page shown.
     */
    static int total(
            int ourNeeds,
            int ourOffers,
            int ourPillars,
            int theirNeeds,
            int theirOffers,
            int theirPillars,
            boolean sharedLanguage) {
        return THEY_OFFER_WE_NEED * Integer.bitCount(theirOffers & ourNeeds)
                + WE_OFFER_THEY_NEED * Integer.bitCount(theirNeeds & ourOffers)
                + SHARED_PILLAR * Integer.bitCount(theirPillars & ourPillars)
                + (sharedLanguage ? SHARED_LANGUAGE : 0);
    }

    /** A set of enum values as a bit mask (bit = ordinal). */
    static int mask(Set<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }

    /** Needs, offers and pillars from bit masks. */
    static Profile profile(int needs, int offers, int pillars, Set<String> languages) {
        return new Profile(
                fromMask(needs, SubProgramme.class),
                fromMask(offers, SubProgramme.class),
                fromMask(pillars, Pillar.class),
                languages);
    }

    private static <E extends Enum<E>> Set<E> fromMask(int mask, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if ((mask & (1 << value.ordinal())) != 0) {
                set.add(value);
            }
        }
        return set;
    }
}
