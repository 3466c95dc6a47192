package org.maydan.bench;

import java.util.List;

/**
 * ACLED event and sub-event types with their share of synthetic events, outside and inside
 * campaigns (percent; each column sums to 100), whether they kill, and Arabic note templates
 * ({@code %1$s} place, {@code %2$s} district, {@code %3$s} the toll phrase).
 *
 * <p>Overall, with {@value SyntheticEvents#CAMPAIGN_SHARE_PERCENT}% of events in campaigns: air
 * strikes about 34%, shelling 32%, armed clashes 18%, everything else about 16%, which is
 * roughly ACLED's Syria mix for 2017–2020.
 */
enum EventKind {
    AIR_STRIKE("Explosions/Remote violence", "Air/drone strike", 28, 42, true,
            "غارات جوية استهدفت %1$s في منطقة %2$s، %3$s.",
            "قصف بالطيران الحربي على أطراف %1$s، %3$s."),
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", 30, 36, true,
            "قصف مدفعي وصاروخي طال %1$s في ريف %2$s، %3$s.",
            "سقوط قذائف على الأحياء السكنية في %1$s، %3$s."),
    ARMED_CLASH("Battles", "Armed clash", 21.1, 14, true,
            "اشتباكات بين القوات الحكومية وفصائل مسلحة على محور %1$s، %3$s.",
            "معارك عنيفة قرب %1$s في منطقة %2$s، %3$s."),
    IED("Explosions/Remote violence", "Remote explosive/landmine/IED", 5, 1, true,
            "انفجار عبوة ناسفة على طريق قرب %1$s، %3$s."),
    ATTACK_ON_CIVILIANS("Violence against civilians", "Attack", 5, 1.5, true,
            "مسلحون مجهولون هاجموا مدنيين في %1$s، %3$s."),
    ABDUCTION("Violence against civilians", "Abduction/forced disappearance", 1.5, 0.2, false,
            "خطف شاب على يد مسلحين في %1$s بمنطقة %2$s."),
    PROTEST("Protests", "Peaceful protest", 4, 0.3, false,
            "وقفة احتجاجية لأهالي %1$s تطالب بوقف القصف."),
    GOVERNMENT_REGAINS("Battles", "Government regains territory", 1.2, 2.5, true,
            "القوات الحكومية تدخل %1$s بعد معارك، %3$s."),
    NON_STATE_OVERTAKES("Battles", "Non-state actor overtakes territory", 0.5, 0.8, true,
            "فصائل مسلحة تسيطر على %1$s في ريف %2$s، %3$s."),
    AGREEMENT("Strategic developments", "Agreement", 1.2, 0.4, false,
            "اتفاق على تهدئة في %1$s ومحيطها."),
    LOOTING("Strategic developments", "Looting/property destruction", 1.2, 0.5, false,
            "نهب منازل وإحراق محاصيل في %1$s."),
    DISRUPTED_WEAPONS("Strategic developments", "Disrupted weapons use", 1.2, 0.5, false,
            "الدفاعات الجوية تعترض صواريخ فوق %1$s."),
    CHEMICAL_WEAPON("Explosions/Remote violence", "Chemical weapon", 0.1, 0.3, true,
            "اتهامات باستخدام غازات سامة في قصف على %1$s، %3$s.");

    final String eventType;
    final String subEventType;
    final double backgroundPercent;
    final double campaignPercent;
    final boolean lethal;
    final List<String> templates;

    EventKind(String eventType, String subEventType, double backgroundPercent, double campaignPercent,
            boolean lethal, String... templates) {
        this.eventType = eventType;
        this.subEventType = subEventType;
        this.backgroundPercent = backgroundPercent;
        this.campaignPercent = campaignPercent;
        this.lethal = lethal;
        this.templates = List.of(templates);
    }
}
