package org.imc.platform.results;

/**
 * One row of a breakdown. {@code key} is an SDG goal number ("6"), a sub-programme's name, a
 * country or a year; an empty key collects what carries no value for the dimension (no SDG tag).
 */
public record ResultRow(String key, Figures figures) {}
