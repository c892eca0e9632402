package org.imc.platform.directory;

/**
 * A dot on the network map: one municipality or a cluster of nearby ones ({@code count} > 1), at
 * their average position; {@code label} names the municipality or the cluster's first one.
 */
public record MapPoint(double latitude, double longitude, int count, String label) {}
