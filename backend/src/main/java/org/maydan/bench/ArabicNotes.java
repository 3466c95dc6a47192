package org.maydan.bench;

/** Arabic phrases for the synthetic notes, with the number agreement Arabic needs. */
final class ArabicNotes {

    private static final int LARGEST_PLURAL_OF_FEW = 10;

    private ArabicNotes() {
    }

    /** "no casualties reported", "killing one person", "two people", "N people". */
    static String toll(int fatalities) {
        if (fatalities == 0) {
            return "دون ورود أنباء عن ضحايا";
        }
        if (fatalities == 1) {
            return "ما أدى إلى مقتل شخص";
        }
        if (fatalities == 2) {
            return "ما أدى إلى مقتل شخصين";
        }
        return fatalities <= LARGEST_PLURAL_OF_FEW
                ? "ما أدى إلى مقتل " + fatalities + " أشخاص"
                : "ما أدى إلى مقتل " + fatalities + " شخصاً";
    }
}
