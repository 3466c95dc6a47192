package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

class DateResolverTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");

    @ParameterizedTest(name = "{0} -> {1} (precision {2})")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات البلدة اليوم                     | 2019-05-19 | 1
            قصفت الطائرات البلدة صباح اليوم الأحد          | 2019-05-19 | 1
            دارت اشتباكات أمس                              | 2019-05-18 | 1
            دارت اشتباكات يوم أمس                          | 2019-05-18 | 1
            قتل رجل أول أمس                                | 2019-05-17 | 1
            قتل رجل أول من أمس                             | 2019-05-17 | 1
            قتل رجل مساء أمس الأول                         | 2019-05-17 | 1
            قتل رجل أمس الأول الجمعة                       | 2019-05-17 | 1
            سقطت قذائف الليلة الماضية                      | 2019-05-18 | 1
            سقطت قذائف يوم الخميس                          | 2019-05-16 | 1
            سقطت قذائف الأحد الماضي                        | 2019-05-12 | 1
            سقطت قذائف يوم الثلاثاء الفائت                 | 2019-05-14 | 1
            سقطت قذائف يوم الأربعاء                        | 2019-05-15 | 1
            سقطت قذائف يوم الاربعا                         | 2019-05-15 | 1
            قصف أمس الجمعة                                 | 2019-05-17 | 1
            قصف ليل الجمعة-السبت                           | 2019-05-17 | 1
            عادت الاشتباكات بعد منتصف ليل أمس السبت        | 2019-05-19 | 1
            هدنة منذ 18 أيار                               | 2019-05-18 | 1
            غارات في 30 من أبريل/نيسان                     | 2019-04-30 | 1
            غارات في ٩ أكتوبر/تشرين الأول                  | 2018-10-09 | 1
            غارات في 3 كانون الثاني                        | 2019-01-03 | 1
            غارات في 25 كانون الأول                        | 2018-12-25 | 1
            غارات في 12 حزيران                             | 2018-06-12 | 1
            غارات في 11 أبريل 2018                         | 2018-04-11 | 1
            غارات الاثنين 10 من شباط                       | 2019-02-10 | 1
            غارات في 4 يوليه                               | 2018-07-04 | 1
            غارات في 2 ماي                                 | 2019-05-02 | 1
            قتل أربعة منتصف آذار الجاري                    | 2019-03-15 | 3
            — الدفاع المدني (@May 18, 2019)                | 2019-05-18 | 1
            — ناشطون (@Oct 3, 2018)                        | 2018-10-03 | 1
            غارات في 19 May 2019                           | 2019-05-19 | 1
            غارات في December 30                           | 2018-12-30 | 1
            قصف ليلة 17-18 أيار                            | 2019-05-17 | 1
            قصف ليلة 17 - 18 من أيار                       | 2019-05-17 | 1
            قصف ليل السبت-الأحد                            | 2019-05-18 | 1
            قصفت الطائرات البلدة قبل يومين                 | 2019-05-17 | 1
            دخلت القوات القرية منذ يومين                   | 2019-05-17 | 1
            دارت معارك قبل يوم                             | 2019-05-18 | 1
            سقطت قذائف قبل 4 أيام                          | 2019-05-15 | 1
            سيطرت الفصائل على القرية قبل ثلاثة أيام        | 2019-05-16 | 1
            قصفت الطائرات البلدة في الثامن من آذار         | 2019-03-08 | 1
            هاجمت القوات البلدة فجر الواحد والعشرين من آب  | 2018-08-21 | 1
            سقطت القذائف في السادس عشر من شباط             | 2019-02-16 | 1
            دارت معارك في الثاني والعشرين من آذار/مارس     | 2019-03-22 | 1
            دارت معارك في الأول من حزيران (يونيو)          | 2018-06-01 | 1
            انسحبت القوات في الحادي عشر من الشهر الجاري    | 2019-05-11 | 1
            انسحبت القوات في الثلاثين من الشهر الماضي      | 2019-04-30 | 1
            وفي الحادي والثلاثين من شهر كانون الأول        | 2018-12-31 | 1
            سقطت قذائف يوم الخميس العاشر من أيار           | 2019-05-10 | 1
            سقطت قذائف في 25 من الشهر الماضي               | 2019-04-25 | 1
            سيطرت الفصائل على المدينة في آذار مارس عام 2013 | 2013-03-01 | 3
            سيطرت الفصائل على المدينة في أيار 2015          | 2015-05-01 | 3
            سيطر التنظيم على البلدة في شهر آب من العام 2014 | 2014-08-01 | 3
            سيطر التنظيم على البلدة في آب 2014              | 2014-08-01 | 3
            سيطر التنظيم على البلدة في شهر آب               | 2018-08-01 | 3
            سيطر التنظيم على البلدة في آب الماضي            | 2018-08-01 | 3
            انسحبت القوات في حزيران من العام الماضي         | 2018-06-01 | 3
            انسحبت القوات في شباط من العام الحالي           | 2019-02-01 | 3
            قصفت الطائرات البلدة في 25 من نيسان من عام 2012 | 2012-04-25 | 1
            قصفت الطائرات البلدة في 3 آذار سنة 2014         | 2014-03-03 | 1
            دخلت القوات البلدة في الأول من آذار (مارس) 2013 | 2013-03-01 | 1
            سقطت القذائف في السادس عشر من شباط فبراير من العام 2015 | 2015-02-16 | 1
            دخلت القوات المدينة في العشرين من أيار من العام الماضي | 2018-05-20 | 1
            قصفت الطائرات البلدة غداة يوم الخميس           | 2019-05-17 | 1
            انسحبت القوات غداة 12 أيار                       | 2019-05-13 | 1
            انسحبت القوات غداة أمس                           | 2019-05-19 | 1
            """)
    void resolvesAgainstPublication(String sentence, LocalDate expected, int precision) {
        List<DateResolver.DateMention> found = find(sentence, SUNDAY);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).date()).isEqualTo(expected);
        assertThat(found.get(0).precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات البلدة يوم 12/5/2019              | 2019-05-12
            قصفت الطائرات البلدة يوم ١٢/٥/٢٠١٩              | 2019-05-12
            دارت معارك في 03-04-2019 قرب البلدة            | 2019-04-03
            دارت معارك في 3.4.2019 قرب البلدة              | 2019-04-03
            دارت معارك في ٣٫٤٫٢٠١٩ قرب البلدة              | 2019-04-03
            دارت معارك يوم الأربعاء 3 . 4 . 2019            | 2019-04-03
            دارت معارك في 2019-04-03 قرب البلدة            | 2019-04-03
            دارت معارك في 2019/4/3 قرب البلدة              | 2019-04-03
            سقطت قذائف على البلدة في 18/5/2019.             | 2019-05-18
            سقطت قذائف على البلدة في (29/2/2016)            | 2016-02-29
            """)
    void readsDatesWrittenInDigits(String sentence, LocalDate expected) {
        List<DateResolver.DateMention> found = find(sentence, SUNDAY);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(expected);
            assertThat(d.precision()).isEqualTo(DateResolver.PRECISION_DAY);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            سقطت قذائف في 30/2/2019
            سقطت قذائف في 12/13/2019
            سقطت قذائف في 20/5/2019
            سقطت قذائف في 3/4/19
            قتل 3/4 من العناصر
            سقطت قذائف في 12/5-2019
            2019.05.18 – 15:54 دمشق
            19/05/2019 - 6:45am
            example.net/2019/05/12/page
            """)
    void leavesDigitsThatAreNoDate(String sentence) {
        assertThat(find(sentence, SUNDAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات البلدة في اليوم التالي
            عاد أب إلى منزله
            توفي أب العام الماضي
            دعا أحد القادة إلى الهدوء
            2019.05.19 الساعة 15:54 دمشق
            they may come
            انسحبت القوات قبل أن تصل التعزيزات
            دارت معارك قبل أيام
            وصلت التعزيزات غداة الهجوم
            قتل رجل قبل 40 يوما
            """)
    void ignoresLookAlikes(String sentence) {
        assertThat(find(sentence, SUNDAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وصلت التعزيزات في الأسبوع الثاني من آذار
            انسحبت القوات في النصف الأول من أيار
            هذا الهجوم هو الثاني من نوعه
            قتل للمرة الثالثة من عناصره
            كان أول من دخل البلدة
            """)
    void anOrdinalIsADayOnlyBeforeAMonth(String sentence) {
        assertThat(find(sentence, SUNDAY)).allSatisfy(d -> assertThat(d.precision()).isNotEqualTo(DateResolver.PRECISION_DAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            اشتباكات اليوم
            غارات يوم الخميس
            """)
    void relativeDatesNeedAPublicationDate(String sentence) {
        assertThat(find(sentence, null)).singleElement().extracting(DateResolver.DateMention::date).isNull();
    }

    private static List<DateResolver.DateMention> find(String sentence, LocalDate published) {
        TokenizedText text = TokenizedText.of(sentence);
        List<Token> tokens = text.tokens();
        return DateResolver.find(text.text(), tokens, 0, tokens.size(), published);
    }
}
