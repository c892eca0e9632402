package org.imc.platform.directory;

import java.util.List;

/**
 * What other features draw between municipalities on the network map (twinning: active
 * partnerships), as pairs of municipality ids; the directory places them.
 */
public interface MapLinks {

    /** Pairs of municipality ids ({@code [a, b]}). */
    List<Long[]> pairs();
}
