package org.imc.platform.twinning;

import java.util.List;

/**
 * One ranked candidate: who, its score and why, and the open twinning (pending or running) we
 * already have with it, if any (marked, not hidden).
 */
public record PartnerSuggestion(
        Long municipalityId,
        String name,
        String country,
        String region,
        Integer population,
        String languages,
        int score,
        List<PartnerScoring.Reason> reasons,
        TwinningStatus openStatus) {

    public boolean alreadyTwinned() {
        return openStatus != null;
    }
}
