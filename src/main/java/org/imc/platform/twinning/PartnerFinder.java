package org.imc.platform.twinning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import org.imc.platform.base.BusinessException;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MapGrid;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.directory.MunicipalResource;
import org.imc.platform.directory.Municipality;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Find partners: the signed-in mayor's municipality against every other one, ranked by
 * {@link PartnerScoring} over the compact {@link PartnerIndex}, one page at a time; the page is
 * explained with the reasons of each score. Our own profile is read fresh on every call.
 * Municipalities already in a pending or running twinning with us are marked, not hidden.
 */
@Service
@PreAuthorize(Roles.IS_MAYOR)
public class PartnerFinder {

    public static final int MAX_PAGE = 100;

    /** Best score first; equal scores by name, then id, so pages never overlap. */
    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::score)
            .reversed()
            .thenComparing(r -> r.entry().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(r -> r.entry().id());

    private record Ranked(PartnerIndex.Entry entry, int score) {}

    private final PartnerIndex index;
    private final TwinningReader twinnings;
    private final CurrentUser currentUser;

    PartnerFinder(PartnerIndex index, TwinningReader twinnings, CurrentUser currentUser) {
        this.index = index;
        this.twinnings = twinnings;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<PartnerSuggestion> suggestions(PartnerFilter filter, int offset, int limit) {
        Long ownId = ownMunicipality();
        PartnerIndex.Snapshot snapshot = index.snapshot();
        PartnerIndex.Entry ownEntry = ownEntry(snapshot, ownId);
        PartnerScoring.Profile own = profileOf(ownEntry);
        int wanted = Math.max(0, offset) + Math.max(1, Math.min(limit, MAX_PAGE));
        // keep only the best "wanted" candidates: the worst of them sits at the head of the queue
        PriorityQueue<Ranked> best = new PriorityQueue<>(wanted + 1, ORDER.reversed());
        Matcher matcher = new Matcher(ownEntry, filter);
        for (PartnerIndex.Entry e : snapshot.entries()) {
            if (matcher.matches(e)) {
                int score = matcher.score(e);
                if (best.size() == wanted && score < best.peek().score()) {
                    continue; // worse than the worst kept: no need to compare names
                }
                best.add(new Ranked(e, score));
                if (best.size() > wanted) {
                    best.poll();
                }
            }
        }
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(ORDER);
        List<Ranked> page = ranked.subList(Math.min(Math.max(0, offset), ranked.size()), ranked.size());
        Map<Long, Twinning> open = twinnings.openTwinningsOf(ownId);
        return page.stream()
                .map(r -> {
                    PartnerIndex.Entry e = r.entry();
                    PartnerScoring.Score score = PartnerScoring.score(
                            own, PartnerScoring.profile(e.needs(), e.offers(), e.pillars(), Set.of(e.languageKeys())));
                    Twinning existing = open.get(e.id());
                    return new PartnerSuggestion(
                            e.id(),
                            e.name(),
                            e.country(),
                            e.region(),
                            e.population(),
                            e.languages(),
                            score.total(),
                            score.reasons(),
                            existing == null ? null : existing.getStatus());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(PartnerFilter filter) {
        Long ownId = ownMunicipality();
        PartnerIndex.Snapshot snapshot = index.snapshot();
        Matcher matcher = new Matcher(ownEntry(snapshot, ownId), filter);
        long count = 0;
        for (PartnerIndex.Entry e : snapshot.entries()) {
            if (matcher.matches(e)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The candidates the list shows (the same filters), on the map: those placed in the area,
     * one by one or clustered on the area's grid ({@link MapGrid}).
     */
    @Transactional(readOnly = true)
    public List<MapPoint> mapPoints(PartnerFilter filter, MapArea area) {
        Long ownId = ownMunicipality();
        PartnerIndex.Snapshot snapshot = index.snapshot();
        Matcher matcher = new Matcher(ownEntry(snapshot, ownId), filter);
        MapGrid grid = new MapGrid(area);
        for (PartnerIndex.Entry e : snapshot.entries()) {
            if (e.placed() && matcher.matches(e)) {
                grid.add(e.latitude(), e.longitude(), e.name());
            }
        }
        return grid.points();
    }

    /** The filters and the score of one request, on the compact entries. */
    private static final class Matcher {
        private final PartnerIndex.Entry own;
        private final long ownId;
        private final int needs;
        private final int offers;
        private final int pillars;
        private final String country;
        private final String region;
        private final PartnerFilter filter;

        Matcher(PartnerIndex.Entry own, PartnerFilter filter) {
            this.own = own;
            this.ownId = own.id();
            this.needs = own.needs();
            this.offers = own.offers();
            this.pillars = own.pillars();
            this.country = filter.country() == null || filter.country().isBlank()
                    ? null
                    : filter.country().trim();
            this.region = filter.region() == null || filter.region().isBlank()
                    ? null
                    : filter.region().trim().toLowerCase(Locale.ROOT);
            this.filter = filter;
        }

        boolean matches(PartnerIndex.Entry e) {
            if (e.id() == ownId) {
                return false;
            }
            if (country != null && !country.equalsIgnoreCase(e.country())) {
                return false;
            }
            if (region != null
                    && (e.region() == null
                            || !e.region().toLowerCase(Locale.ROOT).contains(region))) {
                return false;
            }
            if (filter.band() != null
                    && (e.population() == null
                            || e.population() < filter.band().from()
                            || e.population() >= filter.band().to())) {
                return false;
            }
            return !filter.sharedLanguage() || sharesLanguage(e);
        }

        int score(PartnerIndex.Entry e) {
            return PartnerScoring.total(needs, offers, pillars, e.needs(), e.offers(), e.pillars(), sharesLanguage(e));
        }

        /** Runs for every municipality on every call: one AND of two language masks. */
        private boolean sharesLanguage(PartnerIndex.Entry e) {
            return own.sharesLanguageWith(e);
        }
    }

    private Long ownMunicipality() {
        SignedInUser user = currentUser.require();
        if (user.municipalityId() == null) {
            throw new BusinessException("twinning.error.no-municipality");
        }
        return user.municipalityId();
    }

    /**
     * The own municipality as the index has it: current as of this call's directory stamp, like
     * every candidate, and without loading the entity and its collections on every grid fetch.
     */
    private PartnerIndex.Entry ownEntry(PartnerIndex.Snapshot snapshot, Long ownId) {
        return snapshot.entry(ownId).orElseThrow(() -> new BusinessException("twinning.error.no-municipality"));
    }

    static PartnerScoring.Profile profileOf(PartnerIndex.Entry e) {
        return PartnerScoring.profile(e.needs(), e.offers(), e.pillars(), Set.of(e.languageKeys()));
    }

    static PartnerScoring.Profile profileOf(Municipality m) {
        return new PartnerScoring.Profile(
                m.getNeeds().stream().map(MunicipalResource::subProgramme).collect(Collectors.toSet()),
                m.getOffers().stream().map(MunicipalResource::subProgramme).collect(Collectors.toSet()),
                m.getPillars(),
                PartnerScoring.languages(m.getLanguages()));
    }
}
