package org.maydan.tile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Land polygons from GSHHG shoreline bins. Each bin is cut by its segments into faces (JTS noding
 * and polygonizing, in the bin's exact integer offsets so segment ends meet the bin edge exactly).
 * A face's level is known at the bin's corners; it passes unchanged across a bin edge and changes by
 * one across a shoreline of level L (one side L - 1, the other L). Faces of odd level (land, island
 * in a lake) are land; even levels (sea, lake, pond on an island) are water.
 */
final class GshhgLand {

    /** A point this far (in bin offsets) beside an edge lies in the face on that side. */
    private static final double SIDE_OFFSET = 0.05;
    private static final int UNKNOWN = -1;
    private static final int BIN_EDGE = 0;

    private final GeometryFactory geometry = new GeometryFactory();

    /** Land of every bin meeting {@code box}, in degrees, clipped to the box and merged. */
    Geometry land(GshhgBins bins, Envelope box) {
        List<Geometry> land = new ArrayList<>();
        for (int bin : bins.binsIn(box)) {
            for (Polygon face : landFaces(bins, bin)) {
                land.add(toDegrees(bins, bin, face));
            }
        }
        Geometry merged = UnaryUnionOp.union(land);
        return merged.intersection(geometry.toGeometry(box));
    }

    private List<Polygon> landFaces(GshhgBins bins, int bin) {
        int[] corners = bins.cornerLevels(bin);
        List<GshhgBins.Segment> segments = bins.segments(bin);
        int max = GshhgBins.MAX_DELTA;
        Coordinate[] cornerPoints = {new Coordinate(0, 0), new Coordinate(max, 0), new Coordinate(max, max),
                new Coordinate(0, max)};
        if (segments.isEmpty()) {
            Polygon whole = geometry.createPolygon(new Coordinate[] {cornerPoints[0], cornerPoints[1],
                    cornerPoints[2], cornerPoints[3], cornerPoints[0]});
            return corners[0] % 2 == 1 ? List.of(whole) : List.of();
        }
        List<LineString> lines = new ArrayList<>();
        Map<LineString, Integer> levels = new HashMap<>();
        lines.add(geometry.createLineString(new Coordinate[] {cornerPoints[0], cornerPoints[1], cornerPoints[2],
                cornerPoints[3], cornerPoints[0]}));
        for (GshhgBins.Segment s : segments) {
            Coordinate[] points = s.offsets();
            if (s.closedInside() && !points[0].equals2D(points[points.length - 1])) {
                points = Arrays.copyOf(points, points.length + 1);
                points[points.length - 1] = points[0];
            }
            if (points.length < 2) {
                continue;
            }
            LineString line = geometry.createLineString(points);
            lines.add(line);
            levels.put(line, s.level());
        }
        Geometry noded = UnaryUnionOp.union(lines);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        List<Polygon> faces = new ArrayList<>((Collection<Polygon>) polygonizer.getPolygons());
        STRtree faceIndex = new STRtree();
        List<IndexedPointInAreaLocator> locators = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            faceIndex.insert(faces.get(i).getEnvelopeInternal(), i);
            locators.add(new IndexedPointInAreaLocator(faces.get(i)));
        }
        int[] level = new int[faces.size()];
        Arrays.fill(level, UNKNOWN);
        for (int k = 0; k < cornerPoints.length; k++) {
            for (int f : facesAt(cornerPoints[k], faceIndex, faces, locators, true)) {
                level[f] = corners[k];
            }
        }
        // Adjacency across every noded edge: the face on each side and the kind of edge.
        STRtree lineIndex = new STRtree();
        for (LineString line : lines) {
            lineIndex.insert(line.getEnvelopeInternal(), line);
        }
        List<int[]> links = new ArrayList<>();
        for (int e = 0; e < noded.getNumGeometries(); e++) {
            LineString edge = (LineString) noded.getGeometryN(e);
            Coordinate a = edge.getCoordinateN(0);
            Coordinate b = edge.getCoordinateN(1);
            Coordinate mid = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
            double length = a.distance(b);
            double nx = -(b.y - a.y) / length * SIDE_OFFSET;
            double ny = (b.x - a.x) / length * SIDE_OFFSET;
            List<Integer> left = facesAt(new Coordinate(mid.x + nx, mid.y + ny), faceIndex, faces, locators, false);
            List<Integer> right = facesAt(new Coordinate(mid.x - nx, mid.y - ny), faceIndex, faces, locators, false);
            if (left.size() == 1 && right.size() == 1) {
                links.add(new int[] {left.get(0), right.get(0), edgeLevel(mid, lineIndex, levels)});
            }
        }
        Deque<Integer> queue = new ArrayDeque<>();
        for (int f = 0; f < faces.size(); f++) {
            if (level[f] != UNKNOWN) {
                queue.add(f);
            }
        }
        while (!queue.isEmpty()) {
            int f = queue.poll();
            for (int[] link : links) {
                int other = link[0] == f ? link[1] : link[1] == f ? link[0] : -1;
                if (other < 0 || level[other] != UNKNOWN) {
                    continue;
                }
                int shore = link[2];
                level[other] = shore == BIN_EDGE ? level[f] : level[f] == shore ? shore - 1 : shore;
                queue.add(other);
            }
        }
        List<Polygon> land = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            if (level[f] == UNKNOWN) {
                throw new IllegalStateException("face without a level in bin " + bin + " at "
                        + faces.get(f).getInteriorPoint());
            }
            if (level[f] % 2 == 1) {
                land.add(faces.get(f));
            }
        }
        return land;
    }

    /** The shoreline level of the source line under a point of a noded edge, or {@link #BIN_EDGE}. */
    private static int edgeLevel(Coordinate point, STRtree lineIndex, Map<LineString, Integer> levels) {
        @SuppressWarnings("unchecked")
        List<LineString> near = lineIndex.query(new Envelope(point).copy());
        LineString best = null;
        double bestDistance = Double.MAX_VALUE;
        org.locationtech.jts.geom.Point p = new GeometryFactory().createPoint(point);
        for (LineString line : near) {
            double d = line.distance(p);
            if (d < bestDistance) {
                bestDistance = d;
                best = line;
            }
        }
        if (best == null) {
            throw new IllegalStateException("noded edge at " + point + " matches no source line");
        }
        return levels.getOrDefault(best, BIN_EDGE);
    }

    private static List<Integer> facesAt(Coordinate point, STRtree index, List<Polygon> faces,
            List<IndexedPointInAreaLocator> locators, boolean boundaryToo) {
        List<Integer> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Integer> candidates = index.query(new Envelope(point));
        for (int f : candidates) {
            int where = locators.get(f).locate(point);
            if (where == Location.INTERIOR || boundaryToo && where == Location.BOUNDARY) {
                found.add(f);
            }
        }
        return found;
    }

    private Geometry toDegrees(GshhgBins bins, int bin, Polygon face) {
        Geometry copy = face.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            Coordinate d = bins.toDegrees(bin, c);
            c.x = d.x;
            c.y = d.y;
        });
        copy.geometryChanged();
        return copy;
    }
}
