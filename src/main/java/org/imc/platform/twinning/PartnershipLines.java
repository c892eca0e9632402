package org.imc.platform.twinning;

import java.util.List;
import org.imc.platform.directory.MapLinks;
import org.springframework.stereotype.Component;

/** Active partnerships as lines on the network map (partnerships are public within the network). */
@Component
class PartnershipLines implements MapLinks {

    private final TwinningQueries queries;

    PartnershipLines(TwinningQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Long[]> pairs() {
        return queries.activePairs();
    }
}
