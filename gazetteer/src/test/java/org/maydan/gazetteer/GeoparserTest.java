package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The geoparser on short sentences of our own, with the shipped data (GeoNames, curated, OCHA):
 * which names are places in context, which are words, organisations, persons or actors, and which
 * homonym the article's context picks.
 */
class GeoparserTest {

    private static final double TOLERANCE_KM = 5.0;

    /** The first toponym of {@code found} written {@code surface}; the test fails if there is none. */
    private static Toponym first(List<Toponym> found, String surface) {
        return found.stream().filter(x -> x.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + surface + " among "
                        + found.stream().map(Toponym::surface).toList()));
    }

    private static Geoparser geoparser() {
        return new Geoparser(ShippedGazetteer.get());
    }

    private static List<String> surfaces(String text) {
        return geoparser().parse(text).stream().map(Toponym::surface).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات بلدة كفرنبودة صباح اليوم              | كفرنبودة    | 35.4317 | 36.4928
            تقدمت قوات النظام نحو قلعة المضيق                     | قلعة المضيق | 35.4146 | 36.3908
            خرجت مظاهرة وبكفرنبل رفعت لافتات جديدة                | كفرنبل      | 35.6138 | 36.5645
            #كفرنبل تحت القصف                                     | كفرنبل      | 35.6138 | 36.5645
            اشتباكات عنيفة على جبهة الكبانة                       | الكبانة     | 35.7183 | 36.2336
            نزح الأهالي من مدينة جسر الشغور                       | جسر الشغور  | 35.8142 | 36.3198
            اشتدت المعارك في قرى بسيمة والخضرا ودير مقرن           | الخضرا      | 33.6107 | 36.1915
            سيطرت الفصائل على بلدة تل السمن شمال الرقة            | تل السمن    | 36.2272 | 38.9734
            """)
    void findsAndPlacesTownsInContext(String text, String surface, double lat, double lon) {
        Toponym t = first(geoparser().parse(text), surface);
        assertThat(t.place()).isNotNull();
        assertThat(t.place().distanceKm(lat, lon)).isLessThan(TOLERANCE_KM);
        assertThat(t.confidence()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest(name = "{0}: {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            انفجرت سيارة في حي الصناعة بمدينة دير الزور                 | الصناعة | دير الزور
            دخلت قوات النظام مدينة دير الزور. وتقدمت في حي الصناعة       | الصناعة | دير الزور
            قصفت الطائرات أحياء الصناعة والعرفي في مدينة دير الزور        | العرفي  | دير الزور
            قصف حي الوعر في مدينة حمص                                  | الوعر   | حمص
            قصف حي الحميدية في مدينة حمص                               | الحميدية | حمص
            سقطت قذائف على منطقة المنارة في العاصمة دمشق                | المنارة  | دمشق
            انفجرت سيارة في منطقة الميدان بمدينة حلب                    | الميدان  | حلب
            """)
    void aNeighbourhoodLiesInTheCityTheTextNames(String text, String surface, String city) {
        List<Toponym> found = geoparser().parse(text);
        Toponym t = first(found, surface);
        Toponym c = first(found, city);

        assertThat(t.place()).isNotNull();
        assertThat(t.place().distanceKm(c.place().lat(), c.place().lon())).isLessThan(10.0);
        assertThat(t.place().id()).isNotEqualTo(c.place().id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات منطقة الميدان
            قصفت الطائرات قرية الميدان في مدينة حلب
            """)
    void anAreaIsAQuarterOnlyWhereTheTextPutsItInACity(String text) {
        Toponym t = first(geoparser().parse(text), "الميدان");
        assertThat(t.bestGuess().kind()).isNotEqualTo(PlaceKind.NEIGHBOURHOOD);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            انفجرت عبوة في حي الوسطاني بمدينة القامشلي                  | الوسطاني | القامشلي
            دخلت القوات مدينة دير الزور وسيطرت على حيي الحويقة والطحطوح   | الطحطوح  | دير الزور
            """)
    void aNeighbourhoodTheGazetteerLacksIsPlacedAtItsCity(String text, String surface, String city) {
        List<Toponym> found = geoparser().parse(text);
        Toponym t = first(found, surface);
        Toponym c = first(found, city);

        assertThat(t.place().id()).startsWith("within:" + c.place().id());
        assertThat(t.evidence()).isEqualTo(Toponym.Evidence.CITY_NEIGHBOURHOOD);
    }

    @ParameterizedTest(name = "{0}: {1} is no place")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات أحياء المدينة في حلب                  | المدينة
            سيطرت الفصائل على أحياء المعارضة في حلب             | المعارضة
            انفجرت عبوة في حي الوسطاني                          | الوسطاني
            وصلت التعزيزات إلى بناء الري جنوب درعا             | ناء الري
            """)
    void noNeighbourhoodWithoutANameAndACity(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت المدفعية بلدات زملكا وعين ترما وكفر بطنا         | عين ترما
            سقطت القذائف على تل رفعت وعين دقنة ومرعناز           | عين دقنة
            تقدمت القوات نحو قريتي الوضيحي وعزان                  | عزان
            دارت المعارك في بلدتي الفوعة وكفريا                   | كفريا
            """)
    void aListMemberAfterAndIsAPlaceEvenWhereAndWithItSpellsAWord(String text, String member) {
        // وعين "and appointed", وعزان a verb form: a name of several words, or the second of the two a
        // dual noun announces, is still the place the list goes on with
        assertThat(surfaces(text)).contains(member);
    }

    @ParameterizedTest(name = "{0}: {1} is no place")
    @CsvSource(delimiter = '|', textBlock = """
            استهدفت السيارة المفخخة كراجاً للسيارات في طرطوس      | كراجاً
            غادر السكان منازلهم خوفاً من القصف على البلدة        | خوفاً
            شنت الميليشيات هجمات على أهداف أميركية في الحسكة      | أهداف
            """)
    void anIndefiniteWordIsNoPlace(String text, String word) {
        // tanween ends an indefinite noun, and a relative adjective after a word describes it: no name takes either
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @Test
    void bothNamesAfterTheDualOfGovernorateAreGovernorates() {
        List<Toponym> found = geoparser().parse("وصلت تعزيزات من محافظتي الحسكة والرقة إلى دير الزور");
        assertThat(found).filteredOn(t -> t.surface().equals("الحسكة") || t.surface().equals("الرقة"))
                .hasSize(2).allSatisfy(t -> assertThat(t.place().kind()).isEqualTo(PlaceKind.GOVERNORATE));
        assertThat(found).filteredOn(t -> t.surface().equals("دير الزور"))
                .allSatisfy(t -> assertThat(t.place().kind()).isEqualTo(PlaceKind.CITY));
    }

    @Test
    void aNameTheArticleUsesAsAPlaceIsNotCutToAShorterOne() {
        // بابا عمرو without حي the second time: not the word بابا read as a city abroad
        List<Toponym> found = geoparser().parse("قصفت الطائرات حي بابا عمرو في مدينة حمص. وقال ناشط في بابا عمرو إن القصف مستمر");
        assertThat(found).extracting(Toponym::surface).contains("بابا عمرو").doesNotContain("بابا");
    }

    @Test
    void aPlaceFrontedBeforeTheEventOfItsClauseIsAPlaceThoughAWord() {
        // سلقين is also a word (dictionary); fronted after في before the strike it is where it happened
        assertThat(surfaces("وفي سلقين ارتكب الطيران الحربي التابع للنظام مجزرة بحق المدنيين")).contains("سلقين");
        // a definite word fronts a time or a place referred back to
        assertThat(surfaces("في الليل قصفت الطائرات القرية")).doesNotContain("الليل");
    }

    @Test
    void aNeighbourhoodIsTheCitysQuarterNotAVillageOfThatNameOnItsEdge() {
        // the village الخالدية lies 6 km north of Homs's point, within reach of the city; the quarter
        // the gazetteer lists is what حي names
        Toponym t = first(geoparser().parse("اشتباكات في حي الخالدية في مدينة حمص اليوم"), "الخالدية");

        assertThat(t.place().kind()).isEqualTo(PlaceKind.NEIGHBOURHOOD);
        assertThat(t.place().distanceKm(34.7558, 36.7210)).isLessThan(1.0);
    }

    @Test
    void theSecondOfTwoNeighbourhoodsIsInTheCityToo() {
        List<Toponym> found = geoparser().parse("انفجرت عبوة بين حيي القصور والسبيل في مدينة درعا");
        Toponym daraa = first(found, "درعا");
        for (String name : List.of("القصور", "السبيل")) {
            Toponym t = first(found, name);
            assertThat(t.place()).as(name).isNotNull();
            assertThat(t.place().distanceKm(daraa.place().lat(), daraa.place().lon())).as(name).isLessThan(10.0);
        }
    }

    @Test
    void aPhraseThatIsTheWholeNameOfOnePlaceNamesThatPlace() {
        // the crossing's own name, معبر باب الهوى, not the village باب الهوى in Homs named beside it
        Toponym t = first(geoparser().parse("قصفت الطائرات ريف حمص، وأغلقت السلطات معبر باب الهوى الحدودي"), "باب الهوى");

        assertThat(t.place().distanceKm(36.2308, 36.6920)).isLessThan(TOLERANCE_KM);
    }

    @Test
    void aVillageTheTextPutsInAGovernorateWhereTheGazetteerHasNoneOfThatNameIsNotPlaced() {
        // the gazetteer's تل الصخر lie outside Hama: placing one would put the strike in another governorate
        assertThat(geoparser().places("قصفت الطائرات قرية تل الصخر بريف حماة الشمالي").stream()
                .map(Toponym::surface)).doesNotContain("تل الصخر").contains("ريف حماة الشمالي");
        assertThat(surfaces("قصفت الطائرات قرية تلمنس بريف إدلب الجنوبي")).contains("تلمنس");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "قصفت المدفعية قرى تلمنس وأم صهريج بريف حمص الشرقي",
            "قصفت المدفعية قرى تلمنس الشمالية وأم صهريج وتل الصخر في ريف حمص الشرقي",
            "قصفت المدفعية قرى تلمنس، وأم صهريج، ووادي الهوى بريف حمص الشرقي"})
    void theCountrysideAfterAListHoldsEveryPlaceOfIt(String text) {
        // تلمنس lies in Idlib: the text puts it in Homs with the rest of its list, so it is not placed
        assertThat(geoparser().places(text).stream().map(Toponym::surface))
                .doesNotContain("تلمنس").contains("أم صهريج");
    }

    @Test
    void aClauseOfItsOwnEndsTheListTheCountrysideHolds() {
        assertThat(surfaces("قصفت الطائرات تلمنس وخان شيخون، وقتلت المدفعية مدنيين في ريف حمص الشرقي"))
                .contains("تلمنس", "خان شيخون");
    }

    @Test
    void aNameThatIsAParticleWithTheArticleAddedIsNoParticle() {
        // حوله "around it" takes no article: الحولة is the plain north-west of Homs
        assertThat(surfaces("قصفت الطائرات مدينة الحولة ومحيطها")).contains("الحولة");
        assertThat(surfaces("دارت اشتباكات في تلمنس وما حوله")).doesNotContain("حوله");
    }

    @Test
    void aCityAfterAPrepositionIsOneOutsideANounPhrase() {
        assertThat(surfaces("نزح الأهالي إلى سلمية الواقعة شرق حماة")).contains("سلمية");
    }

    @Test
    void aHillIsPlacedAtTheVillageItIsNamedAfter() {
        // الحارة is also a word ("the alley"); after تل it is the village beside the hill
        Toponym t = first(geoparser().parse("سيطرت القوات على تل الحارة في ريف درعا"), "الحارة");
        assertThat(t.place()).isNotNull();
        assertThat(t.place().admin().admin1Pcode()).isEqualTo("SY12");
        assertThat(surfaces("صعد الجنود إلى جبل الأبيض")).doesNotContain("الأبيض");
    }

    @Test
    void aGovernmentNamedAfterItsCapitalIsAnActor() {
        assertThat(surfaces("استهدفت قوات حكومة دمشق بلدة طفس")).doesNotContain("دمشق").contains("طفس");
    }

    @Test
    void aNameTypedWithoutTheSpaceBeforeItsArticleIsFound() {
        assertThat(surfaces("وصلت تعزيزات إلى مدينة جسرالشغور وبلدة قلعةالمضيق")).contains("جسرالشغور", "قلعةالمضيق");
    }

    @Test
    void theCountrysideOfATownChoosesAmongHomonymsOfOneGovernorate() {
        // three villages called الكفير lie in Idlib governorate; one in Jisr al-Shughur's district
        Toponym t = first(geoparser().parse("سقطت قذائف على الكفير في ريف جسر الشغور"), "الكفير");
        assertThat(t.place()).isNotNull();
        assertThat(t.place().admin().admin2Pcode()).isEqualTo("SY0704");
    }

    @Test
    void aTownIsReadRatherThanTheSubdistrictNamedAfterIt() {
        // the subdistrict is spelled كفرزيتا in OCHA's tables, the town كفر زيتا: the joined
        // spelling in text still names the town, as the spaced one does
        for (String text : List.of("سقطت قذائف على بلدتي اللطامنة وكفرزيتا",
                "سقطت قذائف على كفرزيتا واللطامنة", "سقطت قذائف على ناحية كفرزيتا")) {
            Toponym t = first(geoparser().parse(text), "كفرزيتا");
            assertThat(t.place().kind()).as(text).isIn(PlaceKind.TOWN, PlaceKind.VILLAGE);
        }
    }

    /** A massacre or a front is named after its place, even one that is also a word (مهين, "humiliating"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل العشرات في مجزرة الحولة                      | الحولة
            تدور معارك على جبهة مهين                         | مهين
            """)
    void aMassacreOrAFrontIsNamedAfterItsPlace(String text, String place) {
        assertThat(first(geoparser().parse(text), place).place()).isNotNull();
    }

    /** A state where someone is or goes is a place of kind country (it is never one as an actor). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            فر آلاف الأكراد من عين العرب إلى تركيا           | تركيا
            يعيش اللاجئون السوريون في لبنان                  | لبنان
            قصفت المدفعية القرى من داخل تركيا                | تركيا
            عقدت القمة في السعودية                           | السعودية
            يعيش اللاجئون في تركيا ولبنان والأردن             | الأردن
            وصل الوفد إلى روسيا                              | روسيا
            """)
    void aStateWhereSomeoneIsOrGoesIsACountry(String text, String state) {
        assertThat(first(geoparser().parse(text), state).place().kind()).isEqualTo(PlaceKind.COUNTRY);
    }

    @Test
    void theCityAfterANeighbourhoodNounIsTheCityWhoseNeighbourhoodsTheyAre() {
        Toponym aleppo = first(geoparser().parse("قصفت الطائرات أحياء حلب الشرقية وبلدة الأتارب"), "حلب");

        assertThat(aleppo.place().kind()).isEqualTo(PlaceKind.CITY);
        assertThat(aleppo.evidence()).isNotEqualTo(Toponym.Evidence.CITY_NEIGHBOURHOOD);
    }

    @ParameterizedTest(name = "{0}: {1} is no place")
    @CsvSource(delimiter = '|', textBlock = """
            شارك الشبان في الثورة منذ أيامها الأولى          | الثورة
            أصدرت فصائل الثورة بيانا مشتركا                 | الثورة
            فتح الاتفاق الباب أمام عودة المهجرين             | الباب
            قتل قيادي في جيش إدلب الحر                      | إدلب
            أعلن فيلق الشام انسحابه من النقطة                | الشام
            قال النقيب مصطفى إن المعارك مستمرة               | مصطفى
            قتل المساعد أول "عز الدين سالم" برصاص مجهولين      | عز الدين
            وشدد البيان على سلمية التظاهرات                   | سلمية
            أعلنت روسيا وقف إطلاق النار                     | روسيا
            وتواصل تركيا إرسال التعزيزات                    | تركيا
            طائرات حربية تقصف الطريق                        | حربية
            وصل الخبر إلى الأهالي                           | إلى
            دارت اشتباكات عنيفة قرب سد البعث                  | البعث
            وثق الناشطون بالصور آثار القصف                   | الصور
            استمر النظام بحصار المخيم                        | حصار
            تقدمت الفصائل المدعومة من أنقرة نحو القرية         | أنقرة
            تقدمت قوات بدعم من عمان نحو الحدود                | عمان
            قاتلت قوات مدعومة من دمشق في البادية              | دمشق
            نشرت حملة حلب تباد صورا للدمار                   | حلب
            نقل مركز حماة الإعلامي صورا للغارة               | مركز حماة
            بحسب وكالة إدلب الإخبارية فإن القصف توقف           | إدلب
            أعلنت مديرية صحة إدلب حصيلة جديدة للضحايا          | إدلب
            وجه محافظ الحسكة نداء للتبرع بالدم                | الحسكة
            أعلنت قيادة شرطة حلب توقيف سائق                  | حلب
            اندلعت اشتباكات في بساتين ريما قرب يبرود           | بساتين
            قاتل عناصر الدولة الإسلامية في العراق والشام قرب حلب | العراق
            تبنت المقاومة الإسلامية في العراق الهجوم           | العراق
            قاتلت الفصائل الموالية لتركيا قرب عفرين             | تركيا
            صدر قرار خاص بلبنان                              | لبنان
            قالت تركيا إن قواتها ستبقى                       | تركيا
            فتحت الفصائل جبهة جديدة في ريف حماة               | جديدة
            يشارك وفد الخليج بالإضافة إلى مصر والأردن          | مصر
            يشارك وفد الخليج بالإضافة إلى مصر والأردن          | الأردن
            """)
    void doesNotMapWordsOrganisationsPersonsOrActors(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @Test
    void datelinesAndTimestampLabelsAreNotPlaces() {
        assertThat(surfaces("سمارت - إدلب\n\nخبر قصير عن الطقس")).doesNotContain("إدلب");
        assertThat(surfaces("محافظة حمص – مرصد محلي:: قصفت المدفعية قرية تلدو")).doesNotContain("حمص")
                .contains("تلدو");
        assertThat(surfaces("قصفت المدفعية الثقيلة منذ صباح أمس قرى محافظة حمص – وتحديداً قرية تلدو في سهل الحولة"))
                .contains("حمص");
        assertThat(surfaces("2019.01.02 | 10:30 دمشق\n\nخبر قصير عن الطقس")).doesNotContain("دمشق");
        assertThat(surfaces("الحسكة ـ خاص\n\nخبر قصير عن الطقس")).doesNotContain("الحسكة");
        assertThat(surfaces("خبر قصير عن الطقس\nاقرأ أيضا: غارات على سراقب\nوعاد الهدوء")).doesNotContain("سراقب");
        assertThat(surfaces("حمص- ارتفع عدد ضحايا السيول التي ضربت المنطقة الوسطى إلى عشرة أشخاص بحسب الدفاع المدني"))
                .doesNotContain("حمص");
        assertThat(surfaces("موقع إخباري | ريف حلب – سوريا\nخبر قصير عن الطقس")).isEmpty();
        assertThat(surfaces("نشرة الصباح(حمص) - ارتفع عدد ضحايا السيول في المنطقة الوسطى")).doesNotContain("حمص");
        assertThat(surfaces("قصفت الطائرات قرية تلدو (حمص) وقرى أخرى")).contains("تلدو");
    }

    @Test
    void aCommonWordNamedAfterASettlementNounIsAPlace() {
        assertThat(surfaces("استهدف القصف بلدة الباب شرقي حلب")).contains("الباب");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            غارات على ريف اللاذقية منذ الصباح        | ريف اللاذقية
            قصف مدفعي على ريف حماة الشمالي            | ريف حماة الشمالي
            """)
    void regionPhrasesAreRegionsNotTheCity(String text, String surface) {
        Toponym t = geoparser().parse(text).get(0);
        assertThat(t.surface()).isEqualTo(surface);
        assertThat(t.kind()).isEqualTo(ToponymKind.REGION);
        assertThat(t.geoPrecision()).isGreaterThan(1);
        assertThat(t.place().kind()).isEqualTo(PlaceKind.REGION);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            سقطت قذائف على قرية المشيرفة في ريف حماة الشرقي    | SY05
            سقطت قذائف على قرية المشيرفة في ريف اللاذقية        | SY06
            سقطت قذائف على قرية المشيرفة قرب تل أبيض بريف الرقة | SY11
            """)
    void homonymsAreResolvedByTheGovernorateNamedNearby(String text, String admin1) {
        Toponym t = first(geoparser().parse(text), "المشيرفة");
        assertThat(t.alternatives()).hasSizeGreaterThan(1);
        assertThat(t.bestGuess().admin().admin1Pcode()).isEqualTo(admin1);
    }

    @Test
    void aHomonymLiesNearThePlacesOfItsSentence() {
        // ten villages are called الطيبة; the one of this sentence lies by السخنة in the desert east of Tadmur
        Toponym t = first(geoparser().parse("انسحب عناصر التنظيم من مواقعهم إلى السخنة والطيبة"), "الطيبة");
        assertThat(t.place()).isNotNull();
        assertThat(t.place().distanceKm(35.0886, 38.9145)).isLessThan(TOLERANCE_KM);
    }

    @Test
    void aNamedRegionTheTextPutsAListInChoosesItsHomonyms() {
        // twelve villages are called المشيرفة; one lies in Jabal al-Zawiya
        Toponym t = first(geoparser().parse("سقطت قذائف على قرى معرزاف والمشيرفة بمنطقة جبل الزاوية"), "المشيرفة");
        assertThat(t.place()).isNotNull();
        assertThat(t.place().distanceKm(35.7135, 36.5289)).isLessThan(20.0);
    }

    @Test
    void aNameWithNoHomonymInTheNamedRegionTheTextPutsItInIsNotPlaced() {
        // no الطيبة of the gazetteer lies in the Houla plain (its الطيبة الغربية is written in full)
        Toponym t = first(geoparser().parse("سقطت قذائف على تل ذهب والطيبة في منطقة الحولة"), "الطيبة");
        assertThat(t.place()).isNull();
    }

    @Test
    void aLooseSpellingFarFromEveryPlaceOfItsSentenceIsNotPlaced() {
        // the gazetteer lacks تلعاس of Idlib; its loose match تل عيس lies 400 km east, by Hasakah
        Toponym t = first(geoparser().parse("قصفت الطائرات مدينة سرمين وجسر الشغور وبلدة تلعاس"), "تلعاس");
        assertThat(t.place()).isNull();
        assertThat(surfaces("قصفت الطائرات مدينة سرمين وجسر الشغور وبلدة تلعاس")).contains("سرمين", "جسر الشغور");
    }

    @Test
    void aLooseSpellingInTheGovernorateItsSentenceNamesStaysPlaced() {
        // a list may cross the country when each place has its region
        assertThat(surfaces("استهدفت غارات كباجب في ريف دير الزور والسخنة في ريف حمص")).contains("كباجب", "السخنة");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف على بلدة كفريا في ريف إدلب. وعاد الأهالي إلى كفريا بينما نزح آخرون من قرى في ريف اللاذقية | SY07
            قصف على بلدة كفريا في ريف إدلب. ثم عاد الأهالي إلى كفريا                                      | SY07
            قصف على بلدة كفريا في ريف إدلب. وسقطت قذائف على قرية كفريا في ريف اللاذقية                   | SY06
            """)
    void aLaterMentionKeepsTheSenseTheArticleGaveTheNameUnlessItsOwnRegionFollows(String text, String admin1) {
        List<Toponym> mentions = geoparser().parse(text).stream().filter(x -> x.surface().equals("كفريا")).toList();
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).place().admin().admin1Pcode()).isEqualTo("SY07");
        assertThat(mentions.get(1).place()).isNotNull();
        assertThat(mentions.get(1).place().admin().admin1Pcode()).isEqualTo(admin1);
    }

    @Test
    void aNameLeftAmbiguousHasNoPlaceButRankedAlternatives() {
        Toponym t = geoparser().parse("سقطت قذائف على قرية المشيرفة").get(0);
        assertThat(t.ambiguous()).isTrue();
        assertThat(t.place()).isNull();
        assertThat(t.evidence()).isEqualTo(Toponym.Evidence.AMBIGUOUS);
        assertThat(t.confidence()).isLessThan(Geoparser.MIN_CONFIDENCE + 0.2);
    }

    @Test
    void aDirectionOfATownNamesTheTown() {
        Toponym t = first(geoparser().parse("قصف على قرية قرب بلدة شمال عفرين"), "عفرين");
        assertThat(t.place().kind()).isEqualTo(PlaceKind.CITY);
    }

    @Test
    void placesListsEachPlaceOnceWithTheRegionPhraseWhole() {
        List<Toponym> places = geoparser().places(
                "قصف على ريفي إدلب وحماة، واستهدف مدينة إدلب ثم إدلب مرة أخرى");
        assertThat(places).extracting(Toponym::surface).containsExactly("ريفي إدلب وحماة", "إدلب");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات مدينة إدلب، وعمت التظاهرات محافظة إدلب         | CITY,GOVERNORATE
            عمت التظاهرات محافظة إدلب، وقصفت الطائرات إدلب وبمدينة إدلب | GOVERNORATE,CITY
            تشهد محافظتا إدلب وحماة توترا، وقصفت الطائرات مدينة إدلب     | GOVERNORATE,GOVERNORATE,CITY
            قصفت الطائرات إدلب، وعمت التظاهرات محافظة إدلب               | CITY
            قصفت الطائرات مدينة إدلب، ثم عادت إلى إدلب                    | CITY
            """)
    void aCityAndItsGovernorateAreListedApartOnlyWhenTheTextNamesBothAsSuch(String text, String kinds) {
        // a bare إدلب may mean either: it merges with the city, and only مدينة and محافظة together make two
        assertThat(geoparser().places(text)).extracting(t -> t.kind().name()).containsExactly(kinds.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            شمل القصف أحياء أخرى منها الصاخور والشعار في حلب      | الصاخور,الشعار
            سيطرت القوات على قرى عدة من بينها تلمنس ومعرشمشة       | تلمنس,معرشمشة
            قصفت الطائرات بلدات مثل كفرنبل وحاس                     | كفرنبل,حاس
            """)
    void aListOpenedAfterAPluralNounIsTheNounsList(String text, String names) {
        // قرى عدة منها X وY: the plural noun names the list's places past the words that open it
        assertThat(surfaces(text)).contains(names.split(","));
    }

    @Test
    void placesListsACityOnceUnderEachOfItsSpellings() {
        List<Toponym> places = geoparser().places(
                "قصفت الطائرات حي الحويقة في مدينة دير الزور، ثم عادت إلى ديرالزور مساء");
        assertThat(places).extracting(Toponym::surface).containsExactly("الحويقة", "دير الزور");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تشكلت ميليشيا حماة الديار في الساحل       | حماة
            قال قائد في تشكيل حماة الوطن إن الهجوم فشل | حماة
            رفع حماة الثورة أعلامهم في الساحة          | حماة
            شارك حماة الحرية في المظاهرة              | حماة
            وقف الحارس على الباب طويلا                | الباب
            قاتلت جبهة النصرة في المنطقة              | النصرة
            حقق الجيش النصر في المعركة                | النصر
            سيطرت الفصائل على القلعة بعد معارك         | القلعة
            تقدمت القوات على الجبهة الجنوبية           | الجبهة
            دعم الثورة السورية واجب                   | الثورة
            """)
    void nounsThatAreAlsoPlaceNamesAreNotPlaces(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات مدينة حماة صباح اليوم       | حماة
            وصلت التعزيزات إلى حماة السبت             | حماة
            قصفت الطائرات مدينة الثورة في ريف الرقة    | الثورة
            """)
    void theSameNamesAreTheCityWhenTheTextSaysSo(String text, String name) {
        assertThat(surfaces(text)).contains(name);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            حوصرت الغوطة الشرقية سنوات طويلة          | الغوطة الشرقية | Eastern Ghouta
            عاد الأهالي إلى الغوطة الغربية             | الغوطة الغربية | Western Ghouta
            """)
    void aRegionsOwnNameBeatsATownThatInheritedItAsAnAlias(String text, String surface, String region) {
        Toponym t = first(geoparser().parse(text), surface);
        assertThat(t.place().kind()).isEqualTo(PlaceKind.REGION);
        assertThat(t.place().nameEn()).isEqualTo(region);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات بلدة كفرنبيل اليوم  | كفرنبيل | 35.6138 | 36.5645
            غارات على مدينة كفرنبيل           | كفرنبيل | 35.6138 | 36.5645
            #كفرنبيل تحت القصف                | كفرنبيل | 35.6138 | 36.5645
            سقطت قذائف على قرية طلمنس         | طلمنس   | 35.6397 | 36.7367
            """)
    void aLongVowelAddedInsideANameIsFoundAfterASettlementNounOrHashtag(String text, String surface,
            double lat, double lon) {
        Toponym t = first(geoparser().parse(text), surface);
        assertThat(t.place().distanceKm(lat, lon)).isLessThan(TOLERANCE_KM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            خرج الأهالي من كفرنبيل مساء اليوم      | كفرنبيل
            أدى القصف إلى تدمير المنازل             | تدمير
            انضم عشرات إلى مقاتلي المعارضة          | مقاتلي
            """)
    void aVowelVariantNeedsAStrongCue(String text, String word) {
        assertThat(surfaces(text)).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تنتشر الميليشيا في منطقة حسياء على أطراف مدينة البوكمال | حسياء | false
            قتل مدنيان في حسياء قرب حمص                            | حسياء | true
            تقدمت القوات نحو كفرنبل بالقرب من معرة النعمان          | كفرنبل | true
            سيطر التنظيم على منطقة الصالحية شمالي مدينة دير الزور   | الصالحية | false
            تقدمت القوات نحو كفرنبل جنوب غرب مدينة معرة النعمان     | كفرنبل | true
            سيطر التنظيم على قرية الصالحية شرق دير الزور            | الصالحية | true
            سيطرت الفصائل على قرية المحمدية التابعة لمدينة عفرين      | المحمدية | false
            سيطرت الفصائل على قرية كفرنبل التابعة لمدينة معرة النعمان | كفرنبل | true
            """)
    void aVillagePutRightByATownIsNoneOfItsFarHomonyms(String text, String surface, boolean placed) {
        Toponym t = first(geoparser().parse(text), surface);
        assertThat(t.place() != null && t.confidence() >= Geoparser.MIN_CONFIDENCE).isEqualTo(placed);
    }
}
