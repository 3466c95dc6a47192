package org.maydan.tile;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads GSHHG's binned netCDF-4 files ({@code binned_GSHHS_h.nc}, {@code binned_river_h.nc} as
 * Debian's {@code gmt-gshhg-high} installs them) with jHDF. The layout is GMT's: the world in square
 * bins numbered row by row from the north-west, each bin holding line segments whose points are
 * unsigned 16-bit offsets from the bin's south-west corner; a shoreline segment packs its point
 * count, level, entry side and exit side into one integer (sides 0 south, 1 east, 2 north, 3 west,
 * 4 for a ring closed inside the bin), and each bin packs the levels of its four corners.
 */
final class GshhgBins implements AutoCloseable {

    /** Offsets run from 0 to this at the opposite edge of a bin. */
    static final int MAX_DELTA = 65535;
    static final int CLOSED_INSIDE = 4;
    private static final int LEVEL_BITS = 7;
    private static final int[] CORNER_SHIFTS = {9, 6, 3, 0};

    /** One segment of a bin, in bin offsets. */
    record Segment(int level, int entry, int exit, int polygon, int[] dx, int[] dy) {

        boolean closedInside() {
            return entry == CLOSED_INSIDE;
        }

        Coordinate[] offsets() {
            Coordinate[] points = new Coordinate[dx.length];
            for (int i = 0; i < dx.length; i++) {
                points[i] = new Coordinate(dx[i], dy[i]);
            }
            return points;
        }
    }

    private final HdfFile file;
    private final boolean shoreline;
    private final int binsPerRow;
    private final double binDegrees;
    private final int[] firstSegment;
    private final short[] segmentsInBin;
    private final short[] cornerLevels;
    private final int[] segmentInfo;
    private final short[] riverLevel;
    private final short[] riverPoints;
    private final int[] segmentPolygon;
    private final int[] firstPoint;
    private final short[] dx;
    private final short[] dy;

    GshhgBins(Path nc) {
        file = new HdfFile(nc);
        binsPerRow = scalar("N_bins_in_360_longitude_range");
        binDegrees = scalar("Bin_size_in_minutes") / 60.0;
        firstSegment = (int[]) data("Id_of_first_segment_in_a_bin");
        segmentsInBin = (short[]) data("N_segments_in_a_bin");
        firstPoint = (int[]) data("Id_of_first_point_in_a_segment");
        dx = (short[]) data("Relative_longitude_from_SW_corner_of_bin");
        dy = (short[]) data("Relative_latitude_from_SW_corner_of_bin");
        shoreline = file.getChildren().containsKey("Embedded_node_levels_in_a_bin");
        if (shoreline) {
            cornerLevels = (short[]) data("Embedded_node_levels_in_a_bin");
            segmentInfo = (int[]) data("Embedded_npts_levels_exit_entry_for_a_segment");
            segmentPolygon = (int[]) data("Id_of_GSHHS_ID");
            riverLevel = new short[0];
            riverPoints = new short[0];
        } else {
            cornerLevels = new short[0];
            segmentInfo = new int[0];
            segmentPolygon = new int[0];
            riverLevel = (short[]) data("Hierarchial_level_of_a_segment");
            riverPoints = (short[]) data("N_points_for_a_segment");
        }
    }

    private Object data(String name) {
        return file.getDatasetByPath(name).getData();
    }

    private int scalar(String name) {
        return ((int[]) data(name))[0];
    }

    double binDegrees() {
        return binDegrees;
    }

    /** The bins whose area meets {@code box} (longitudes 0..360 as GSHHG numbers them are mapped to -180..180). */
    List<Integer> binsIn(Envelope box) {
        List<Integer> bins = new ArrayList<>();
        for (int bin = 0; bin < firstSegment.length; bin++) {
            Envelope overlap = area(bin).intersection(box);
            if (!overlap.isNull() && overlap.getArea() > 0) {
                bins.add(bin);
            }
        }
        return bins;
    }

    /** The bin's square in degrees, west of 180 E given as negative longitudes. */
    Envelope area(int bin) {
        double west = (bin % binsPerRow) * binDegrees;
        if (west >= 180) {
            west -= 360;
        }
        double south = 90 - (bin / binsPerRow + 1) * binDegrees;
        return new Envelope(west, west + binDegrees, south, south + binDegrees);
    }

    /** Level of the bin's corners, counter-clockwise from the south-west (0 sea, 1 land, 2 lake ...). */
    int[] cornerLevels(int bin) {
        int[] levels = new int[CORNER_SHIFTS.length];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = (Short.toUnsignedInt(cornerLevels[bin]) >> CORNER_SHIFTS[k]) & LEVEL_BITS;
        }
        return levels;
    }

    List<Segment> segments(int bin) {
        List<Segment> segments = new ArrayList<>();
        for (int s = firstSegment[bin]; s < firstSegment[bin] + segmentsInBin[bin]; s++) {
            int n;
            int level;
            int entry;
            int exit;
            int polygon;
            if (shoreline) {
                int info = segmentInfo[s];
                n = info >>> 9;
                level = (info >> 6) & LEVEL_BITS;
                entry = (info >> 3) & LEVEL_BITS;
                exit = info & LEVEL_BITS;
                polygon = segmentPolygon[s];
            } else {
                n = riverPoints[s];
                level = riverLevel[s];
                entry = CLOSED_INSIDE;
                exit = CLOSED_INSIDE;
                polygon = -1;
            }
            int[] x = new int[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = Short.toUnsignedInt(dx[firstPoint[s] + i]);
                y[i] = Short.toUnsignedInt(dy[firstPoint[s] + i]);
            }
            segments.add(new Segment(level, entry, exit, polygon, x, y));
        }
        return segments;
    }

    /** A bin offset as degrees. */
    Coordinate toDegrees(int bin, Coordinate offset) {
        Envelope area = area(bin);
        double scale = binDegrees / MAX_DELTA;
        return new Coordinate(area.getMinX() + offset.x * scale, area.getMinY() + offset.y * scale);
    }

    @Override
    public void close() {
        file.close();
    }
}
