package org.maydan.evaluate;

/**
 * One error of a prediction: a gold item not found (false negative) or a predicted item that
 * matches nothing (false positive), with what the item is and why the nearest candidate failed.
 */
public record Miss(String articleId, Layer layer, Kind kind, String item, String reason) {

    /** What was scored. */
    public enum Layer { PLACE, EVENT }

    /** Which side the error is on. */
    public enum Kind { FALSE_NEGATIVE, FALSE_POSITIVE }
}
