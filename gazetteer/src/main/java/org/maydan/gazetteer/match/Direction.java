package org.maydan.gazetteer.match;

/** A compass direction of a region phrase, with its unit vector (east x, north y). */
enum Direction {
    N(0, 1, "الشمالي", "northern"),
    S(0, -1, "الجنوبي", "southern"),
    E(1, 0, "الشرقي", "eastern"),
    W(-1, 0, "الغربي", "western");

    final int dx;
    final int dy;
    final String arabic;
    final String english;

    Direction(int dx, int dy, String arabic, String english) {
        this.dx = dx;
        this.dy = dy;
        this.arabic = arabic;
        this.english = english;
    }
}
