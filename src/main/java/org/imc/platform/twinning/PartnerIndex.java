package org.imc.platform.twinning;

import java.util.List;
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
            String[] languageKeys) {}

    private final StampedCache<TwinningQueries.DirectoryStamp, List<Entry>> entries;

    PartnerIndex(TwinningQueries queries) {
        this.entries = new StampedCache<>(queries::directoryStamp, queries::partnerIndexEntries);
    }

    /** Every municipality, current as of this call. */
    List<Entry> entries() {
        return entries.get();
    }
}
