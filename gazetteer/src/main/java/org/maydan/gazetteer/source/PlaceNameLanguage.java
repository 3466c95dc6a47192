package org.maydan.gazetteer.source;

import org.maydan.gazetteer.PlaceName;

/** Guesses the language of an untagged name: Arabic script is {@code ar}, anything else unknown. */
final class PlaceNameLanguage {

    private PlaceNameLanguage() {
    }

    static String guess(String name) {
        return new PlaceName(PlaceName.UNDETERMINED, name).isArabicScript() ? "ar"
                : PlaceName.UNDETERMINED;
    }
}
