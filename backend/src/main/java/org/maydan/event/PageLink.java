package org.maydan.event;

/**
 * A link of a page of features ({@code links} member), as OGC API – Features writes them.
 *
 * @param rel the relation: {@code next}, {@code self}, {@code collection}, ...
 * @param type the media type of the target
 * @param href the target
 */
public record PageLink(String rel, String type, String href) {

    /** Relation of the link to the following page. */
    public static final String NEXT = "next";
}
