package org.imc.platform.directory;

/**
 * The part of the world a map shows: a centre and a zoom level (0 is the whole world; each level
 * halves the width and the height). Clusters follow the zoom: the grid cell is
 * {@link #WORLD_CELL_DEGREES} at the whole world and halves with every level, so a map never
 * draws more than a few thousand cells whatever the size of the directory, and zooming in
 * separates what was clustered.
 */
public record MapArea(double centreLatitude, double centreLongitude, int zoom) {

    public static final int MAX_ZOOM = 7;

    public static final double WORLD_CELL_DEGREES = 3;

    public static final MapArea WORLD = new MapArea(0, 0, 0);

    public MapArea {
        zoom = Math.max(0, Math.min(MAX_ZOOM, zoom));
        double halfWidth = 180 / Math.pow(2, zoom);
        double halfHeight = 90 / Math.pow(2, zoom);
        centreLongitude = clamp(centreLongitude, -180 + halfWidth, 180 - halfWidth);
        centreLatitude = clamp(centreLatitude, -90 + halfHeight, 90 - halfHeight);
    }

    /** The tightest zoom at which this box (plus a margin) fits, centred on it. */
    public static MapArea around(double south, double west, double north, double east) {
        double width = Math.max(east - west, 0.5) * 1.3;
        double height = Math.max(north - south, 0.25) * 1.3;
        int zoom = 0;
        while (zoom < MAX_ZOOM && 360 / Math.pow(2, zoom + 1) >= width && 180 / Math.pow(2, zoom + 1) >= height) {
            zoom++;
        }
        return new MapArea((south + north) / 2, (west + east) / 2, zoom);
    }

    public double width() {
        return 360 / Math.pow(2, zoom);
    }

    public double height() {
        return 180 / Math.pow(2, zoom);
    }

    public double west() {
        return centreLongitude - width() / 2;
    }

    public double east() {
        return centreLongitude + width() / 2;
    }

    public double south() {
        return centreLatitude - height() / 2;
    }

    public double north() {
        return centreLatitude + height() / 2;
    }

    /** The side of a cluster's grid cell at this zoom, in degrees. */
    public double cellDegrees() {
        return WORLD_CELL_DEGREES / Math.pow(2, zoom);
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= south() && latitude <= north() && longitude >= west() && longitude <= east();
    }

    public MapArea zoomIn() {
        return new MapArea(centreLatitude, centreLongitude, zoom + 1);
    }

    public MapArea zoomOut() {
        return new MapArea(centreLatitude, centreLongitude, zoom - 1);
    }

    /** Moved by a quarter of the view: {@code east} and {@code north} are -1, 0 or 1. */
    public MapArea pan(int east, int north) {
        return new MapArea(centreLatitude + north * height() / 4, centreLongitude + east * width() / 4, zoom);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
