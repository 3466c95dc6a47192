package org.maydan.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Token;

/**
 * A change of control wins over the clash that brought it. ACLED codes a battle that ends with
 * ground changing hands as that change (Government regains territory, Non-state actor overtakes
 * territory), not also as an armed clash: "سيطرت الفصائل على X بعد اشتباكات مع قوات النظام" is one
 * event, at X. So in a sentence that reports ground taken, a clash named as its means (after بعد،
 * عقب، إثر) at the same places, or in the same trigger group, is dropped — unless the clash's own
 * clause reports casualties ("بعد معارك أسفرت عن مقتل العشرات"): then the fighting is reported as an
 * event of its own, and both stand. Fighting that follows the capture ("اشتدت الاشتباكات بعد
 * سيطرة ...") is its own event too.
 */
final class ControlPrecedence {

    private ControlPrecedence() {
    }

    /**
     * Removes, in place, the clash type of the groups of one sentence (with triggers {@code triggers}
     * and cues {@code ms}) that only tell how ground was taken. Groups with no types report nothing.
     */
    static void resolve(List<TriggerGroup> groups, List<EventClassifier.Trigger> triggers, List<Token> tokens,
            List<CueLexicon.Match> ms) {
        boolean takesGround = false;
        for (TriggerGroup g : groups) {
            takesGround |= takesGround(g);
        }
        if (!takesGround) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (TriggerGroup g : groups) {
            if (takesGround(g)) {
                for (PlaceMention p : g.places) {
                    taken.add(p.place().ref());
                }
            }
        }
        for (TriggerGroup g : groups) {
            if (!g.types.contains(SubEventType.ARMED_CLASH) || casualties(g, tokens, ms) || !onlyMeans(g, triggers, ms)) {
                continue;
            }
            boolean sameGround = !g.places.isEmpty();
            for (PlaceMention p : g.places) {
                sameGround &= taken.contains(p.place().ref());
            }
            if (takesGround(g) || sameGround) {
                g.types.remove(SubEventType.ARMED_CLASH);
            }
        }
    }

    /** Every clash trigger of the group follows a causal word: "بعد اشتباكات"، "عقب معارك عنيفة". */
    private static boolean onlyMeans(TriggerGroup g, List<EventClassifier.Trigger> triggers, List<CueLexicon.Match> ms) {
        for (EventClassifier.Trigger t : triggers) {
            if (t.start() < g.start || t.start() >= g.end || !t.types().contains(SubEventType.ARMED_CLASH)) {
                continue;
            }
            boolean after = false;
            for (CueLexicon.Match c : ms) {
                after |= c.cue() == Cue.CAUSAL && c.end() == t.start();
            }
            if (!after) {
                return false;
            }
        }
        return true;
    }

    /** Whether the group reports ground changing hands. */
    static boolean takesGround(TriggerGroup g) {
        return g.types.contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY)
                || g.types.contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }

    /** Whether a killed or wounded count stands in a clause the group spans. */
    private static boolean casualties(TriggerGroup g, List<Token> tokens, List<CueLexicon.Match> ms) {
        int first = tokens.get(g.start).clause();
        int last = tokens.get(Math.max(g.start, g.end - 1)).clause();
        for (CueLexicon.Match c : ms) {
            int clause = tokens.get(c.start()).clause();
            if ((c.cue() == Cue.KILLED || c.cue() == Cue.INJURED || c.cue() == Cue.MIXED)
                    && clause >= first && clause <= last) {
                return true;
            }
        }
        return false;
    }
}
