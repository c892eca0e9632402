package org.imc.platform.twinning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imc.platform.base.StampedCache;
import org.springframework.stereotype.Component;

/**
 * A compact read-only copy of what the partner finder needs of every municipality: needs,
 * offers and pillars as bit masks, the normalised languages, and the filter fields. Ranking
 * 50,000 municipalities in memory takes a few milliseconds; in SQL the same ranking (two
 * aggregates joined to every municipality and sorted by a computed score) took several hundred.
 *
 * <p>The copy is reloaded when the directory changes: every call compares the directory's
 * stamp ({@link TwinningQueries#directoryStamp}) with the loaded copy's.
 */
@Component
class PartnerIndex {

    /** One municipality as ranking sees it. */
    record Entry(
            long id,
            String name,
            String country,
            String region,
            Integer population,
            String languages,
            int needs,
            int offers,
            int pillars,
            String[] languageKeys,
            long languageMask,
            double latitude,
            double longitude) {

        /** Whether the municipality has coordinates (else both are NaN). */
        boolean placed() {
            return !Double.isNaN(latitude) && !Double.isNaN(longitude);
        }

        /**
         * Whether the two share a language: one AND of the masks, unless both speak a language
         * beyond the first 63 the index has seen (then by name).
         */
        boolean sharesLanguageWith(Entry other) {
            long common = languageMask & other.languageMask;
            if ((common & ~OTHER_LANGUAGES) != 0) {
                return true;
            }
            if ((common & OTHER_LANGUAGES) == 0) {
                return false;
            }
            for (String language : languageKeys) {
                for (String theirs : other.languageKeys) {
                    if (language.equals(theirs)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The bit of a language beyond the first 63 (compared by name when both have it). */
    static final long OTHER_LANGUAGES = 1L << 63;

    /** Every municipality in id order, and each by id. */
    record Snapshot(List<Entry> entries, Map<Long, Entry> byId) {

        static Snapshot of(List<Entry> entries) {
            Map<Long, Entry> byId = new HashMap<>(entries.size() * 2);
            for (Entry e : entries) {
                byId.put(e.id(), e);
            }
            return new Snapshot(List.copyOf(entries), byId);
        }

        Optional<Entry> entry(long id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    private final StampedCache<TwinningQueries.DirectoryStamp, Snapshot> snapshot;

    PartnerIndex(TwinningQueries queries) {
        this.snapshot = new StampedCache<>(queries::directoryStamp, () -> Snapshot.of(queries.partnerIndexEntries()));
    }

    /** Every municipality, current as of this call. */
    Snapshot snapshot() {
        return snapshot.get();
    }

    /** Every municipality, current as of this call. */
    List<Entry> entries() {
        return snapshot.get().entries();
    }
}
