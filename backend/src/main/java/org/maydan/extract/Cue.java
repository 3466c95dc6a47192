package org.maydan.extract;

/** What a lexicon phrase signals. Trigger cues name events; the others steer their reading. */
enum Cue {
    /** Aircraft, helicopters, barrel bombs, drones: an air/drone strike. */
    AIR,
    /**
     * غارة: an air strike, unless rebels (who fly no aircraft) carried it out and no state's air force
     * is named after it (غارة تركية): then a raid.
     */
    AIR_RAID,
    /** Artillery, mortars, rocket launchers, guided and anti-tank missiles. */
    SHELLING,
    /** صواريخ alone: shelling unless aircraft are named in the sentence. */
    SHELLING_WEAK,
    /** A chemical agent: the strike of its clause that delivered it is the chemical attack itself. */
    CHEMICAL,
    /**
     * Car bombs, explosive devices and belts, mines, suicide bombers: the strike of its clause is a
     * remote explosive. It reports no event of its own: a bomb named alone is too often a weapon
     * seized, defused or threatened.
     */
    BOMB,
    CLASH,
    /** أسقطت، إسقاط: downing an aircraft is a clash, and the aircraft named after it struck nothing. */
    SHOOT_DOWN,
    /** Gunfire: an attack when civilians are its victims, else a clash. */
    SHOOTING,
    /**
     * شن هجوماً، هاجم: an assault, fighting on the ground (an attack when civilians are its victims,
     * else a clash), unless an instrument of its clause (aircraft, guns, a bomb) carries it: then that
     * strike is the event.
     */
    ASSAULT,
    ATTACK,
    /**
     * مجزرة، مذبحة، ذبح: a massacre, killing that meets no fighting back, so an attack, unless an
     * instrument named in its sentence committed it (ارتكب الطيران مجزرة: the air strike is the
     * event) or, definite (المجزرة), it refers back to a strike reported before; and only with the
     * dead in its sentence (راح ضحيتها 40 شخصاً): a massacre without is feared or threatened.
     */
    MASSACRE,
    /** Taking ground: the actor decides between the two territory types. */
    TERRITORY,
    GOV_TERRITORY,
    NSA_TERRITORY,
    /**
     * دخلت، دخول: ground forces entering a town take it, for the actor named right next to the verb or
     * noun (دخلت قوات النظام مدينة X، قوات الأسد بدأت بدخول مدينة X); without one (دخلت الهدنة حيز
     * التنفيذ، دخول المساعدات) or with a patrol, convoy or aid, or a permission, no event.
     */
    ENTRY,
    /** دحر، طرد: ground taken by expelling the actor named after it, who lost it. */
    EXPEL,
    AGREEMENT,
    DISPLACEMENT,
    /**
     * غادر، مغادرة: leaving a town, a displacement when its clause names residents or civilians (بدأ
     * سكان البلدة بمغادرتها، غادر المدنيون المدينة); fighters or a delegation leaving is none.
     */
    LEAVE,
    /**
     * خرج، يخرجون، خروج: going out, a displacement from the town after من when its clause names
     * residents or civilians (خرج مئات المدنيين من مدينة X); no town is its object, so a protest
     * going out in a town (خرج المتظاهرون في مدينة X) is none.
     */
    EXIT,
    /** قصف، استهدف: a strike whose kind comes from the instruments named nearby. */
    STRIKE,
    /** طائرات استطلاع، مخيمات النازحين: looks like a trigger, names no event; blocks what it overlaps. */
    NON_EVENT,
    /** قصف مماثل: the same kind as the event before. */
    SAME,
    /**
     * الدفاعات الجوية، دفاعنا الجوي، منظومات الدفاع الجوي: air defences at work. Repelling or downing
     * in their clause intercepts an air or missile strike, which is the event, unless an aircraft is downed.
     */
    AIR_DEFENCE,
    ACTOR_GOV,
    ACTOR_NSA,
    NEGATION,
    /** لا يزال، ما زال: "still", not a negation. */
    STILL,
    /** إلا after a negation restores the trigger (لم يترجم إلا عبر غارات). */
    EXCEPTION,
    /** Plans, attempts, threats and futures: what follows did not (yet) happen. */
    PLAN,
    /** تحكم، تحتفظ: control kept in the present tense, held and not taken. */
    HELD,
    /** منذ: the clause is a tally over a period, not one event. */
    BACKGROUND,
    /** مناطق سيطرة، الخاضعة لسيطرة، خطوط الاشتباك: a state of control or a front line, not an event. */
    CONTROL,
    /** شرق، جنوبي، كم: the next place only locates another one. */
    DIRECTION,
    /** التابعة ل، مشفى: the next place is administrative or where the wounded were taken. */
    REFERENCE,
    /** المتمركزة، من مواقعها، إطلاقها من، أطلقت من: places until the next trigger are where fire came from. */
    SOURCE,
    /** قرب right after a place: the next place only locates the one before. */
    NEAR,
    /** بعد، إثر، جراء opening a clause: the trigger explains the clause before it. */
    CAUSAL,
    /** إلى: where someone went, not where something happened (except for displacement). */
    DESTINATION,
    /** إضافة إلى: "in addition to", not a destination. */
    ADDITION,
    /** امتد، توسع: what spreads to a place (امتد القصف إلى X) happens there: إلى after it in its clause is no destination. */
    SPREAD,
    KILLED,
    INJURED,
    /** ارتفاع حصيلة: the count after إلى replaces earlier ones. */
    TOLL,
    /**
     * يرتفع، ليرتفع، وبذلك يصل: a running total the day's report adds to; what a span counts after it
     * is the total's (وبذلك يرتفع إلى 556 عدد القذائف خلال 13 يوماً), not the report before it.
     */
    RUNNING_TOTAL,
    /** بينهم، منهم: counts that follow are part of a total already given. */
    SUBCOUNT,
    /** بين قتيل وجريح: a figure that mixes killed and wounded. */
    MIXED,
    /** Only material damage. */
    NO_CASUALTIES,
    CIVILIAN,
    /**
     * انفجار، انفجرت، تفجير: as a generic strike's subject, a bomb (الانفجار استهدف مقراً); in the
     * clause of a bomb with no strike, the bomb went off and is the event (انفجرت عبوة ناسفة).
     */
    EXPLOSION,
    /** هجوم: as a generic strike's subject with no instrument, an assault on the ground (هجوماً استهدف مواقع). */
    ASSAULT_NOUN,
    /**
     * سقوط، سقطت، وقعت: a place falling into an actor's hands ({@link #HANDS}: سقوط بلدة X بيد قوات
     * النظام، وقعت القرية في قبضة الفصائل) is ground that actor took; falling alone is no event (سقوط
     * قذائف، سقوط طائرة).
     */
    FALL,
    /** بيد، في أيدي، في قبضة، تحت سيطرة: whose hands a place fell into, the actor right after it. */
    HANDS,
    /**
     * وسط، في ظل right before a trigger: the circumstance of another event of its sentence (سيطرت
     * الفصائل على X وسط قصف متبادل), no event of its own unless it has places of its own or the
     * sentence reports no other.
     */
    AMID,
    /** البلدة، المدينة: refers back to the last named place. */
    ANAPHOR,
    RELATIVE,
    /** مواقع، ضد، على before an actor: the actor is the target, not the subject. */
    OBJECT,
    /** وكان، وكانت at the start: background told in the pluperfect. */
    PLUPERFECT,
    /** محادثات، اجتماع، قمة: the next place is where talks were held, not where an agreement applies. */
    VENUE,
    /** (أرشيف) in a photo caption: the scene is old, the caption reports no event. */
    ARCHIVE,
    /** تواجده في، المنتشرة في، يتحصن في: the next place is where an actor is, not a scene. */
    SEAT,
    /**
     * مراسلنا، ناشطون، مراقبيها، مصادر محلية، مصدر عسكري: who tells the news; the place right after is
     * where they are, not a scene, when the sentence names another place.
     */
    INFORMANT,
    /** باستثناء، عدا: the next places are left out of what the clause says. */
    EXCLUSION,
    /** مدعوما ب، بدعم، بغطاء: the instrument after it backs another attack; no event of its own. */
    SUPPORT,
    /** كان قد، سبق أن، يشار إلى، العام الماضي: the sentence tells background. */
    BACKGROUND_TELLING,
    /** مؤخرا، الأيام الماضية: a time left open within about a week before publication. */
    RECENT,
    /** في بداية، سابقا، قبل أشهر: a time left open within about a month or more. */
    UNDATED,
    /** خلال أشهر، منذ بدء، استمرت: a tally over a period, not one event. */
    PERIOD,
    /**
     * خلال، على مدى، طوال، طيلة: a tally over a period when a count of days (three or more), weeks,
     * months or years follows (خلال 60 يوما، على مدى ثلاثة أشهر، طيلة أيام الحملة); {@link CountedSpan} reads it.
     */
    SPAN,
    /**
     * نازح، مهجر and their forms: a displaced person, a status (عشرة آلاف نازح في المخيم). The
     * word is a displacement trigger only with a {@link #MOTION} word in its clause.
     */
    DISPLACED,
    /** وصلت، توافد، فروا، استقبلت، الدخول: people going, arriving or fleeing: the displaced on the move. */
    MOTION,
    /** بينما، في حين، لكن: opens a contrasting clause with its own places. */
    CONNECTIVE,
    /** سلال، مساعدات، منشورات: what aircraft drop that is no munition (ألقت المروحيات سلالاً غذائية). */
    SUPPLIES,
    /** تحليق، حلقت: aircraft flying over, with no strike (تحليقاً مكثفاً على علو منخفض للطيران). */
    OVERFLIGHT,
    /** رداً، انتقاماً: what follows is the deed answered (رداً على الهجوم الكيماوي). */
    RESPONSE,
    /** منع، يمنع: what is prevented after it did not happen (منع المدنيين من مغادرة المدينة). */
    PREVENT;

    boolean isTrigger() {
        return ordinal() <= SAME.ordinal();
    }

    /** Whether the cue is a verb or noun of people leaving a town: {@link #LEAVE}, {@link #EXIT}. */
    boolean isLeaving() {
        return this == LEAVE || this == EXIT;
    }

    boolean isActor() {
        return this == ACTOR_GOV || this == ACTOR_NSA;
    }
}
