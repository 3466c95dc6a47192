package org.maydan.tile;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.maydan.event.SubEventType;

/**
 * How each sub-event type looks on map images, as on the web map (frontend {@code types.js}: the
 * same colours, so a PNG, a vector style and the page agree), with the Arabic legend wording.
 */
enum EventStyle {
    AIR_DRONE_STRIKE(SubEventType.AIR_DRONE_STRIKE, 0xd62728, "غارة جوية أو بطائرة مسيّرة"),
    SHELLING(SubEventType.SHELLING_ARTILLERY_MISSILE, 0xf28e2b, "قصف مدفعي أو صاروخي"),
    REMOTE_EXPLOSIVE(SubEventType.REMOTE_EXPLOSIVE, 0x7b2d26, "عبوة ناسفة أو لغم"),
    CHEMICAL_WEAPON(SubEventType.CHEMICAL_WEAPON, 0x8e3fbf, "سلاح كيميائي"),
    ARMED_CLASH(SubEventType.ARMED_CLASH, 0x8c564b, "اشتباك مسلح"),
    ATTACK(SubEventType.ATTACK, 0xe377c2, "هجوم على مدنيين"),
    GOVERNMENT_REGAINS(SubEventType.GOVERNMENT_REGAINS_TERRITORY, 0x1f77b4, "استعادة الحكومة لمنطقة"),
    NON_STATE_OVERTAKES(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0x17a2b8, "سيطرة جهة غير حكومية على منطقة"),
    AGREEMENT(SubEventType.AGREEMENT, 0x2ca02c, "اتفاق"),
    DISPLACEMENT(SubEventType.DISPLACEMENT, 0xb8a100, "نزوح"),
    OTHER(SubEventType.OTHER, 0x7f7f7f, "أخرى");

    private static final Map<SubEventType, EventStyle> BY_TYPE = new EnumMap<>(SubEventType.class);

    static {
        for (EventStyle style : values()) {
            BY_TYPE.put(style.type, style);
        }
    }

    private final SubEventType type;
    private final Color colour;
    private final String labelAr;

    EventStyle(SubEventType type, int rgb, String labelAr) {
        this.type = type;
        this.colour = new Color(rgb);
        this.labelAr = labelAr;
    }

    static EventStyle of(SubEventType type) {
        EventStyle style = BY_TYPE.get(type);
        if (style == null) {
            throw new IllegalStateException("no map style for " + type);
        }
        return style;
    }

    SubEventType type() {
        return type;
    }

    Color colour() {
        return colour;
    }

    /** The legend's wording: ACLED's label in English, ours in Arabic. */
    String label(Lang lang) {
        return lang == Lang.AR ? labelAr : type.label();
    }
}
