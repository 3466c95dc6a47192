package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a name that is also an ordinary word is a place, on short sentences of our own with the
 * shipped data: the word needs a strong cue (a settlement noun, a list, the region after it, a
 * preposition after an action), unless it names a governorate or, with a preposition, a district
 * centre; names inside longer names, persons' names and phrases of words are no places; cities
 * abroad are venues only; hashtags and line breaks do not hide a name; the governorate or the city
 * by a stated rule.
 */
class PlaceCueTest {

    private static final double TOLERANCE_KM = 5.0;

    private static List<Toponym> parse(String text) {
        return new Geoparser(ShippedGazetteer.get()).parse(text);
    }

    private static List<String> surfaces(String text) {
        return parse(text).stream().map(Toponym::surface).toList();
    }

    @ParameterizedTest(name = "{0}: {1} is a word here")
    @CsvSource(delimiter = '|', textBlock = """
            أكدت المنظمة أن حياة المدنيين في خطر        | حياة
            وصل الأمين العام إلى الاجتماع               | الأمين
            جاءت الهجمات بعد أيام من الهدوء             | جاءت
            يسعى الوفد إلى ضمان عودة النازحين            | ضمان
            عاجل: انفجار قرب السوق                      | عاجل
            سلمت الفصائل الأسلحة الثقيلة والمتوسطة        | المتوسطة
            زار الوفد المدينة الأثرية                    | الأثرية
            سيطر الجيش على قرى جديدة                   | جديدة
            ارتفع عدد من الشهداء في القصف               | الشهداء
            #عاجل_قصف_عنيف                             | عاجل
            أسفرت الغارة عن عشرات الضحايا بين شهيد وجريح  | شهيد
            أصيب مدنيون في الاشتباكات بين العشائر وقوات الأمن | العشائر
            فقدت الفصائل مناطق واسعة في جبلي الأكراد والتركمان | جبلي
            ألقى المسؤولون باللوم على الحكومة             | اللوم
            رفع المحتجون صورة كبيرة للرئيس وسط الساحة       | صورة كبيرة
            دعا الوزير إلى وقف اتساع مناطق الصراع في البلاد  | الصراع
            نزح آلاف المدنيين نحو مناطق المعارضة خلال الشهر | المعارضة
            تراجعت القوات إثر الهجوم المعاكس للفصائل على التلة | الفصائل
            استهدف قصف في سماء المنطقة المستشفى            | سماء
            أدى خروج المحطة من الخدمة إلى تراجع الضخ في الشبكة | الشبكة
            سيطر التنظيم على ستين قرية كردية في الشمال      | كردية
            تقع ثالث أكبر مدينة كردية قرب الحدود           | كردية
            اجتمع الوزراء في العاصمة المصرية أمس            | المصرية
            قتل مدنيان في قرية صغيرة قرب الحدود            | صغيرة
            يسكن النازحون منطقة فقيرة شرق المدينة          | فقيرة
            """)
    void aNameThatIsAnOrdinaryWordIsNoPlaceWithoutAStrongCue(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}: {1} is a place here")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات قرية حياة صباحا               | حياة    | SETTLEMENT_NOUN
            سيطرت الفصائل على حياة بعد معارك            | حياة    | ACTION
            سيطرت القوات على الشبكة بعد معارك           | الشبكة  | ACTION
            قتل مدنيان في حياة بريف اللاذقية             | حياة    | LOCATED
            قصفت المدفعية قرى كفريا وحياة               | حياة    | LIST
            سيطر التنظيم على مناطق عدة منها حياة وبلدة جلين | حياة   | LIST
            قصفت الطائرات قرية الصورة الكبيرة بريف درعا   | الصورة الكبيرة | SETTLEMENT_NOUN
            قصفت المدفعية قرية المصرية في ريف حمص         | المصرية | SETTLEMENT_NOUN
            """)
    void theSameWordIsAPlaceWithAStrongCue(String text, String word, Toponym.Cue cue) {
        assertThat(parse(text)).filteredOn(t -> t.surface().equals(word)).singleElement()
                .satisfies(t -> assertThat(t.cue()).isEqualTo(cue));
    }

    /**
     * حرستا is a verb ("they two guarded"), قطنا and معلولا nouns in the accusative, صوران a nominative
     * dual: a preposition, or an area noun in construct, governs the genitive and cannot take any of
     * them, so after one the name is the town. Without a preposition, or after ل (which also leads a verb), it stays a word.
     */
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            يعيش آلاف النازحين في حرستا منذ سنوات        | حرستا   | Harasta  | PREPOSITION
            تعيش عائلات مسيحية في معلولا منذ قرون        | معلولا  | Ma'loula | PREPOSITION
            افتتحت المنظمة مدرسة بسرمدا هذا العام        | سرمدا   | Sarmada  | PREPOSITION
            انتشرت دوريات على أطراف ترملا صباحا          | ترملا   | Tramla   | SETTLEMENT_NOUN
            """)
    void aWordNoPrepositionGovernsIsThePlaceAfterOne(String text, String surface, String place, Toponym.Cue cue) {
        assertThat(parse(text)).filteredOn(t -> t.surface().equals(surface)).singleElement()
                .satisfies(t -> assertThat(t.place().nameEn()).isEqualTo(place))
                .satisfies(t -> assertThat(t.cue()).isEqualTo(cue));
    }

    @ParameterizedTest(name = "{0}: {1} is no place")
    @CsvSource(delimiter = '|', textBlock = """
            قالت المصادر إن حرستا شهدت هدوءا               | حرستا
            أرسلت المنظمة قطنا وأغطية للنازحين             | قطنا
            """)
    void theSameWordWithoutAPrepositionStillNeedsACue(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}: {1} is the village of a two-name cell")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت المدفعية قرية حمشتلك صباحا                | حمشتلك  | SETTLEMENT_NOUN
            نزح الأهالي من قرية حمشو نحو المدينة             | حمشو    | SETTLEMENT_NOUN
            دخلت الفصائل قرى حمشتلك وهوليلو أمس              | هوليلو  | LIST
            سيطرت القوات على جنديرس وحمشتلك بعد معارك        | حمشتلك  | LIST
            سيطرت القوات على حمشتلك وجنديرس بعد معارك        | حمشتلك  | LIST
            """)
    void aWeakNameIsAPlaceAfterASettlementNounOrInAListWithAnOrdinaryPlace(String text, String name, Toponym.Cue cue) {
        assertThat(parse(text)).filteredOn(t -> t.surface().equals(name)).singleElement()
                .satisfies(t -> assertThat(t.cue()).isEqualTo(cue));
    }

    @Test
    void bothNamesOfATwoNameCellAreOneVillage() {
        Toponym first = parse("قصفت المدفعية قرية حمشو").get(0);
        Toponym second = parse("قصفت المدفعية قرية حمشتلك").get(0);
        assertThat(first.place().id()).isEqualTo(second.place().id());
        assertThat(org.maydan.gazetteer.index.PlaceIndex.joinedNameParts(first.place()))
                .containsExactly("حمشو", "حمشتلك");
        // a part that is another place's ordinary name is that place's: عفرين of ابين- عفرين is the city
        assertThat(parse("قصفت المدفعية قرية عفرين").get(0).place().kind()).isEqualTo(PlaceKind.CITY);
    }

    @ParameterizedTest(name = "{0}: {1} is no place here")
    @CsvSource(delimiter = '|', textBlock = """
            سيطرت القوات على حمشتلك بعد معارك               | حمشتلك
            تحدث سكان من حمشتلك وهوليلو عن المعارك           | هوليلو
            ضبطت الشرطة كيلو من المخدرات في قرية صغيرة       | كيلو
            وصلت التعزيزات إلى قرية كيلو صباحا               | كيلو
            قصفت المدفعية حي هوليلو في المدينة               | هوليلو
            """)
    void aWeakNameIsNoPlaceWithoutThoseCuesNorEverAWord(String text, String name) {
        assertThat(surfaces(text)).doesNotContain(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وتعهدت دمشق بإصلاح ما دمرته المعارك         | دمشق
            اتهمت أنقرة الوحدات الكردية بالهجوم          | أنقرة
            وطالبت حلب بفتح الطرق أمام القوافل          | حلب
            """)
    void aSeatRightAfterAVerbOfSayingIsTheGovernmentNotAPlace(String text, String seat) {
        assertThat(surfaces(text)).doesNotContain(seat);
    }

    @Test
    void aSeatAfterOtherVerbsIsStillAPlace() {
        assertThat(surfaces("شهدت دمشق انفجارا قرب ساحة الأمويين")).contains("دمشق");
    }

    @Test
    void betweenTwoPlacesStillPlacesBoth() {
        assertThat(surfaces("دارت اشتباكات على الطريق بين كفرنبودة وقلعة المضيق"))
                .contains("كفرنبودة", "قلعة المضيق");
        assertThat(surfaces("قصفت المدفعية مواقع بين جبلة واللاذقية")).contains("جبلة", "اللاذقية");
    }

    @ParameterizedTest(name = "{0}: {1} is a word of a noun phrase or a date")
    @CsvSource(delimiter = '|', textBlock = """
            دعت المنظمة إلى الحرص على سلامة المدنيين في القصف     | سلامة
            اتفقت الأطراف على ضمان الأمن في المنطقة              | ضمان
            أغلقت السلطات المعبر الوحيد مع تركيا منذ أسبوع        | الوحيد
            اقتربت الدبابات من القرية التركية الصغيرة على الحدود  | الصغيرة
            بدأت الحملة على الريف في تشرين الثاني               | تشرين
            قصفت الطائرات البلدة في آب 2016                    | آب
            تقدمت القوات في منطقة تل ملح والجبين               | ملح
            """)
    void aWordInANounPhraseOrADateIsNoPlace(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            سيطر الجيش على أورم الصغرى والكبرى                 | الكبرى | Big Orm
            """)
    void aBareQualifierInAListNamesThePlaceOfTheHeadBefore(String text, String qualifier, String place) {
        assertThat(parse(text)).filteredOn(t -> t.surface().equals(qualifier)).singleElement()
                .satisfies(t -> assertThat(t.place().nameEn()).isEqualTo(place));
    }

    @ParameterizedTest(name = "{0}: {1} is still a place")
    @CsvSource(delimiter = '|', textBlock = """
            سيطرت الفصائل على حياة الواقعة شمال البلدة            | حياة
            قصفت الطائرات قرية تشرين صباح اليوم                 | تشرين
            سيطر التنظيم على تدمر الأثرية بعد معارك             | تدمر
            قصفت الطائرات منطقة تل ملح بريف حماة               | تل ملح
            قصفت المدفعية الثقيلة الزكاة والبويضة بريف حماة     | الزكاة
            """)
    void aPlaceNameKeepsItsAdjectiveAndItsSettlementNoun(String text, String word) {
        assertThat(surfaces(text)).contains(word);
    }

    @ParameterizedTest(name = "{0}: {1} place? {2}")
    @CsvSource(delimiter = '|', textBlock = """
            حلب تستعد لموجة نزوح جديدة                 | حلب   | true
            الغارات تدمر المنازل في المنطقة             | تدمر  | false
            قتل مدنيون في تدمر                         | تدمر  | true
            وقف الحارس على الباب طويلا                 | الباب | false
            قصفت الطائرات مدينة الباب                  | الباب | true
            اجتمع شيوخ عشائر دير الزور أمس             | دير الزور | true
            """)
    void aGovernorateNeedsNoCueADistrictCentreAPreposition(String text, String name, boolean place) {
        assertThat(surfaces(text).contains(name)).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}: no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            نقل الجرحى إلى قرية حمادة عمر بريف حماة      | عمر
            نقل الجرحى إلى قرية حمادة عمر بريف حماة      | حمادة
            قال محمد خضر إن القصف استمر                 | خضر
            قال ناشطون في حلب إن القصف استمر           | حلب إن
            دخل الجيش القرية التي ما يزال التنظيم فيها   | التي ما
            وصلوا إلى المشفى مساء أمس                  | صلوا
            قالت وزارة الدفاع إن الطائرات عادت          | زارة
            دمشق 12 أيار 2019                           | دمشق
            هاجم أبناء قبيلة الدليم نقاط القوات          | الدليم
            قصفت الطائرات أطراف يبرود، أبرز معاقل الفصائل، صباح اليوم | أبرز
            وأدانت الدول الهجمات في غزة ولبنان، معربة عن أسفها من التصعيد | معربة
            تشهد العلاقات بين أنقرة ودمشق تقاربا         | دمشق
            فرضت الحكومات عقوبات جديدة على دمشق         | دمشق
            جرى الحوار في جنيف بمشاركة دمشق والمعارضة    | دمشق
            اتفق الوزراء على مواصلة الحوار مع دمشق | دمشق
            اجتمع الوزراء في القاهرة ودعوا دمشق إلى القمة    | دمشق
            وأفادت شبكة "السويداء 24" المحلية أن المظاهرة خرجت | السويداء
            """)
    void namesInsideLongerNamesPersonsPhrasesAndDatelinesAreNoPlaces(String text, String surface) {
        assertThat(surfaces(text)).doesNotContain(surface);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نزح الأهالي من رأس العين سري كانيه إلى الحسكة  | رأس العين;الحسكة
            قصفت المدفعية عفرين وإعزاز ورأس العين سري كانيه | عفرين;إعزاز;رأس العين
            """)
    void aSecondNameOfThePlaceJustNamedIsNoOtherPlace(String text, String places) {
        assertThat(surfaces(text)).containsExactly(places.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قطعت الفصائل الطريق بين حلب ودمشق            | حلب;دمشق
            قتل مدنيان في قصف على دمشق                   | دمشق
            """)
    void namesBetweenTownsOrAfterAStrikeAreStillPlaces(String text, String places) {
        assertThat(surfaces(text)).containsExactly(places.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            خرج مستشفى القدس في مدينة حلب عن الخدمة بعد الغارات | حلب
            قصفت الطائرات مشفى الأتارب في ريف حلب الغربي         | الأتارب;ريف حلب الغربي
            """)
    void aBuildingNamedAfterAFarPlaceIsNoPlaceOneNamedAfterItsTownIs(String text, String places) {
        assertThat(parse(text)).filteredOn(t -> t.place() != null).extracting(Toponym::surface)
                .containsExactly(places.split(";"));
    }

    /**
     * A building's name followed by the quarter it stands in (في حي X، بحي X) is doubted by that quarter
     * alone: a far village of the name is no place, whatever else the sentence names.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "قصفت الطائرات أحياء مدينة حلب، وشمل القصف أحياء الحيدرية وباب الحديد، كما استهدفت غارة جوية محيط مستشفى القدس في حي السكري",
            "قصفت الطائرات أحياء مدينة حلب، وشمل القصف أحياء الحيدرية وباب الحديد، كما خرج مستشفى القدس بحي السكري عن الخدمة"})
    void aBuildingIsLocatedByTheQuarterNamedAfterIt(String text) {
        assertThat(parse(text)).filteredOn(t -> t.place() != null).extracting(Toponym::surface)
                .contains("السكري").doesNotContain("القدس");
    }

    /** A name in apposition to a spokesperson's title is a person's, even where the article has the place. */
    @Test
    void aNameBeforeASpokespersonsTitleIsAPersons() {
        assertThat(parse("تقدمت القوات نحو بلدة شيخ أحمد. وقالت روجين شيخ أحمد المتحدثة باسم القوات إن المعارك مستمرة"))
                .filteredOn(t -> t.surface().equals("شيخ أحمد")).hasSize(1);
    }

    /** The last word of a two-word quarter's name after a neighbourhood noun is the quarter, and so is the list it opens. */
    @Test
    void aQuarterNamedInTwoWordsAfterItsNounIsAQuarter() {
        assertThat(parse("قصف الطيران المروحي حي مساكن هنانو والحيدرية والشعار شرقي مدينة حلب"))
                .filteredOn(t -> !t.surface().equals("حلب"))
                .allSatisfy(t -> assertThat(t.place().kind()).isEqualTo(PlaceKind.NEIGHBOURHOOD))
                .extracting(Toponym::surface).containsExactly("هنانو", "الحيدرية", "الشعار");
        assertThat(surfaces("قصفت الطائرات حي الراشدين الشمالي في حلب")).doesNotContain("الشمالي");
    }

    /** The 24 of a local newsroom's name closes it; a count of the dead after a town does not. */
    @Test
    void aCountAfterATownIsNoNewsroomsName() {
        assertThat(surfaces("قتل في درعا 24 مدنيا خلال الشهر الماضي")).contains("درعا");
    }

    /** A name runs on over a line break, never over a comma. */
    @Test
    void aNameNeverSpansPunctuation() {
        assertThat(surfaces("تغطي الشبكة الأخبار في الناحية، دير الزور في مقدمتها")).noneMatch(s -> s.contains("،"));
        assertThat(surfaces("قصفت الطائرات بلدة كفر\nنبودة")).containsExactly("كفر\nنبودة");
    }

    /** A settlement noun with an adjective describes a settlement and names none: it opens no list. */
    @Test
    void aDescribedSettlementOpensNoList() {
        assertThat(surfaces("اقتحم المسلحون قرى كردية، خطف منها عشرات المدنيين")).doesNotContain("خطف");
        assertThat(surfaces("قصفت الطائرات قرى كفريا، والفوعة")).contains("كفريا", "الفوعة");
    }

    /**
     * مدرسة، مسجد، كنيسة، الميدان، الغرب are also villages' names: a building's or a square's noun, or
     * a compass point, names a village only after a settlement noun.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل مدنيون في قصف استهدف مدرسة في حلب       | حلب
            سقطت قذائف على المسجد في مدينة إدلب          | إدلب
            قصفت الطائرات قرية الكنيسة بريف حماة          | الكنيسة;ريف حماة
            تقدم التنظيم باتجاه الغرب وسيطر على بلدة مهين      | مهين
            قال إن العملية بدأت في الميدان وستمتد إلى منبج    | منبج
            """)
    void aBuildingsNounNamesAVillageOnlyAfterASettlementNoun(String text, String places) {
        assertThat(surfaces(text)).containsExactly(places.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            عقدت المحادثات في أستانا أمس               | أستانا | 51.18 | 71.45
            انتهى الاجتماع بموسكو دون اتفاق             | موسكو  | 55.75 | 37.62
            أعلن المبعوث نيته زيارة موسكو قريبا         | موسكو  | 55.75 | 37.62
            عقدت القمة العربية بمدينة جدة أمس           | جدة    | 21.49 | 39.19
            """)
    void aCityAbroadIsTheVenueOfTalks(String text, String surface, double lat, double lon) {
        assertThat(parse(text)).filteredOn(t -> t.surface().equals(surface)).singleElement()
                .satisfies(t -> assertThat(t.place().distanceKm(lat, lon)).isLessThan(TOLERANCE_KM));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أطلقت الصواريخ من فوق منطقة مجدل شمس بالجولان | مجدل شمس       | 33.27 | 35.77
            قطع المحتجون الطريق من جهة بلدة الغارية الغربية  | الغارية الغربية | 32.69 | 36.22
            استهدفت غارات مطار دمشق الدولي فجر اليوم         | مطار دمشق الدولي | 33.41 | 36.52
            سيطرت الفصائل على مطار أبو الظهور العسكري       | مطار أبو الظهور العسكري | 35.73 | 37.10
            قصفت المدفعية مناطق الشهباء بريف حلب الشمالي     | الشهباء | 36.42 | 37.14
            قصفت قوات النظام مدن الغوطة وداريا               | الغوطة | 33.53 | 36.39
            نقل المدنيون إلى بلدة حرجلة بغوطة دمشق الغربية    | غوطة دمشق الغربية | 33.43 | 36.18
            نقل المدنيون إلى بلدة حرجلة بغوطة دمشق الغربية    | حرجلة | 33.37 | 36.31
            """)
    void aTownOverTheBorderAMisspeltQualifierOrAnAirportIsFoundAfterASettlementNoun(String text, String surface,
            double lat, double lon) {
        assertThat(parse(text)).filteredOn(t -> t.surface().equals(surface)).singleElement()
                .satisfies(t -> assertThat(t.place().distanceKm(lat, lon)).isLessThan(TOLERANCE_KM));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت موسكو هدنة جديدة
            وترفض أنقرة أي هجوم
            وصل الوفد إلى موسكو أمس
            """)
    void aCityAbroadActingOrTravelledToIsNoPlace(String text) {
        assertThat(parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تحت القصف #قصف_كفرنبل                     | كفرنبل
            قصف على #كفر_نبل اليوم                     | كفر_نبل
            #ريف_إدلب_الجنوبي يتعرض للقصف              | ريف_إدلب_الجنوبي
            """)
    void namesInHashtagsJoinedByUnderscoresAreFound(String text, String surface) {
        assertThat(surfaces(text)).contains(surface);
    }

    @Test
    void aNameSplitByALineBreakIsOneName() {
        assertThat(parse("قصفت الطائرات خان\nشيخون صباحا")).singleElement()
                .satisfies(t -> assertThat(t.place().nameEn()).contains("Sh"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات محافظة إدلب                   | GOVERNORATE
            قصفت الطائرات مدينة إدلب                    | CITY
            قصفت الطائرات إدلب                         | CITY
            """)
    void aGovernoratesNameIsTheGovernorateAfterMuhafazaTheCityOtherwise(String text, ToponymKind kind) {
        assertThat(parse(text)).singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo(kind));
    }
}
