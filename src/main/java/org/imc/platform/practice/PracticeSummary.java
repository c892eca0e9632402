package org.imc.platform.practice;

import java.time.Instant;

/** One line of a search result: enough for the list, ranked by {@code score} when words were given. */
public record PracticeSummary(
        Long id, String title, String summary, String country, String language, Instant publishedAt, double score) {}
