package org.imc.platform.results;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.imc.platform.base.CsvCells;
import org.imc.platform.base.StampedCache;
import org.imc.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network's results, computed from the facts at most once a {@link #MAX_AGE} (and again
 * after {@link #refresh}), so neither page touches the database on each request. The same
 * figures serve members and the public: they hold no personal data and nothing from drafts or
 * pending proposals.
 */
@Service
public class ResultsService {

    /** How old the figures may get. */
    public static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final ResultsQueries queries;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final StampedCache<Long, NetworkResults> cache;

    private final TransactionTemplate readOnly;

    ResultsService(ResultsQueries queries, Clock clock, PlatformTransactionManager transactions) {
        this.queries = queries;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = new StampedCache<>(generation::get, this::compute, MAX_AGE);
    }

    /** For members. */
    @PreAuthorize(Roles.SIGNED_IN)
    public NetworkResults results() {
        return cache.get();
    }

    /** For the public page (no sign-in): the same figures, which carry no personal data. */
    @PreAuthorize(Roles.ANYONE)
    public NetworkResults publicResults() {
        return cache.get();
    }

    /** Makes the next read compute the figures again (after a bulk change, or in tests). */
    @PreAuthorize(Roles.ANYONE)
    public void refresh() {
        generation.incrementAndGet();
    }

    /** The four breakdowns as one CSV: dimension, key, then every figure (amounts as plain numbers). */
    @PreAuthorize(Roles.SIGNED_IN)
    public String csv(String currency) {
        NetworkResults r = cache.get();
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("TOTAL", "", r.totals(), currency));
        for (Dimension d : Dimension.values()) {
            for (ResultRow row : r.by(d)) {
                rows.add(row(d.name(), row.key(), row.figures(), currency));
            }
        }
        return CsvCells.write(
                List.of(
                        "dimension",
                        "key",
                        "active_partnerships",
                        "exchanges_held",
                        "goals_met",
                        "people_trained",
                        "loans_disbursed",
                        "loans_repaid",
                        "currency"),
                rows);
    }

    private static List<Object> row(String dimension, String key, Figures f, String currency) {
        return CsvCells.row(
                dimension,
                key,
                f.activePartnerships(),
                f.exchangesHeld(),
                f.goalsMet(),
                f.peopleTrained(),
                f.loansDisbursed(),
                f.loansRepaid(),
                currency);
    }

    /** In one read-only transaction, so every figure comes from the same moment. */
    private NetworkResults compute() {
        return readOnly.execute(status -> ResultsCalculator.compute(queries, LocalDate.now(clock), clock.instant()));
    }
}
