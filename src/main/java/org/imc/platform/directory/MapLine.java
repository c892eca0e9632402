package org.imc.platform.directory;

/** A line on the network map between two municipalities (a partnership). */
public record MapLine(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude, String label) {}
