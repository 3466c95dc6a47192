package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Sentence;

/**
 * Which triggers a sentence keeps and what each stands for: the types of each kept trigger of the
 * text's last sentence, joined by {@code +}, triggers in text order joined by {@code ;} (phrases
 * that name no event left out); an empty cell means none. Earlier sentences give the instruments a "قصف مماثل" refers to.
 */
class EventClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وطال القصف بالبراميل المتفجرة أحياء سراقب، كما قصفت قوات النظام الحي بالقذائف | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;SHELLING_ARTILLERY_MISSILE;SHELLING_ARTILLERY_MISSILE
            ألقت المروحيات براميل على كفرنبل. وتعرضت سراقب لقصف مماثل                     | AIR_DRONE_STRIKE
            تعرضت بلدة سراقب للقصف ببرميلين متفجرين                                    | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            ألقت مروحية برميلاً متفجراً على كفرنبل                                      | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            ارتفع سعر برميل النفط في سراقب                                              |
            قالت قسد إن غارة تركية استهدفت سوقاً في سراقب                               | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            سيطر التنظيم على كتيبة المدفعية قرب سراقب                                 | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            قصفت كتيبة المدفعية بلدة تلمنس                                            | SHELLING_ARTILLERY_MISSILE
            قصف التحالف الدولي مدينة سراقب                                            | AIR_DRONE_STRIKE
            قتل مدنيون في ضربات للتحالف على سراقب                                     | AIR_DRONE_STRIKE
            تعرضت سراقب لقصف من التحالف الدولي                                        | AIR_DRONE_STRIKE
            قتل مدنيون في قصف روسي على سراقب                                          | AIR_DRONE_STRIKE
            قتل مدنيون في قصف تركي على سراقب                                          | SHELLING_ARTILLERY_MISSILE
            صعدت قوات النظام قصفها على تلمنس بغية السيطرة عليها                        | SHELLING_ARTILLERY_MISSILE
            ارتكبت الميليشيات مجزرة في تلمنس راح ضحيتها 40 شخصاً ذبحاً                   | ATTACK;ATTACK
            ارتكب الطيران الحربي مجزرة في كفرنبل راح ضحيتها 12 مدنياً                   | AIR_DRONE_STRIKE
            مجزرة في سراقب راح ضحيتها 9 مدنيين، حيث استهدفت المدفعية البلدة             | SHELLING_ARTILLERY_MISSILE;SHELLING_ARTILLERY_MISSILE
            ارتفع عدد ضحايا المجزرة في كفرنبل إلى 9 قتلى                                 |
            حذر ناشطون من وقوع مذبحة في سراقب إذا دخلتها الميليشيات                     |
            جرح متظاهر بإطلاق نار في سراقب                                              | ATTACK
            انسحبت القوات من قاعدة جوية شرق سراقب                                      |
            أسقطت الفصائل طائرة حربية بصاروخ أرض جو فوق كفرنبل                         | ARMED_CLASH
            أسقطت الفصائل طائرة حربية، وقصفت بالصواريخ كفرنبل                          | ARMED_CLASH;SHELLING_ARTILLERY_MISSILE;SHELLING_ARTILLERY_MISSILE
            قصفت قوات النظام بالمدفعية مدعومة بالطيران الروسي بلدة تلمنس                 | SHELLING_ARTILLERY_MISSILE;SHELLING_ARTILLERY_MISSILE
            أغارت الطائرات على كفرنبل، فيما كانت قوات النظام قصفت تلمنس                 | AIR_DRONE_STRIKE;SHELLING_ARTILLERY_MISSILE
            ما زالت الفصائل تسيطر على كفرنبل                                            |
            وتسيطر الفصائل على أغلب مناطق سراقب                                         |
            أرسلت قوات النظام تعزيزات لاستعادة السيطرة على كفرنبل                        |
            حررت وحدات الجيش قرية تلمنس                                                  | GOVERNMENT_REGAINS_TERRITORY
            الحر يعلن السيطرة على قرية تلمنس                                           | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطر الجيشان التركي والسوري الحر على قرية تلمنس                            | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            أعلنت الفصائل تحرير بلدة تلمنس                                               | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            قال رئيس تحرير الصحيفة إن المدينة هادئة                                     |
            سيطر الجيش على بلدة تلمنس                                                    | GOVERNMENT_REGAINS_TERRITORY
            سيطر الجيش النظامي على بلدة تلمنس                                            | GOVERNMENT_REGAINS_TERRITORY
            سيطر الجيش الحر على بلدة تلمنس                                               | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            قتل خمسون مدنيا بغارات جوية منذ بدء الحملة                                  |
            انتهت المعارك بدحر الفصائل من تلمنس                                          | ARMED_CLASH;GOVERNMENT_REGAINS_TERRITORY
            طردت الفصائل قوات النظام من تلمنس                                            | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            دحرت الفصائل هجوما لقوات النظام                                            | ARMED_CLASH
            قررت الدول طرد سوريا من الجامعة                                             |
            دمرت المدفعية المدينة أثناء سيطرة الفصائل عليها                              | SHELLING_ARTILLERY_MISSILE
            بدأت القوات هجوما هدفه السيطرة على تلمنس                                     |
            واجهت القوات صعوبة في السيطرة على تلمنس                                      |
            دارت معارك قرب تلمنس دون أي تغيير في خريطة السيطرة                          | ARMED_CLASH
            تتصدى الفصائل لمحاولة تقدم نحو تلمنس                                        | ARMED_CLASH
            حلق الطيران المروحي فوق بلدة تلمنس                                          |
            ألقى الطيران المروحي سلالا غذائية على بلدة تلمنس المحاصرة                   |
            شهدت سراقب تحليقا مكثفا على علو منخفض للطيران الحربي                       |
            شهدت سراقب تحليقا للطيران الحربي الذي شن غارتين على أطرافها                  | AIR_DRONE_STRIKE
            ألقت الطائرات الحربية منشورات على سراقب تدعو الأهالي إلى الخروج             |
            ألقت المروحيات براميل متفجرة ومنشورات على سراقب                             | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            قصفت الطائرات الحربية قافلة مساعدات قرب سراقب                               | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            شهدت المنطقة تحليقا مكثفا لطيران حربي فوق تلمنس                            |
            قصفت المدفعية مركزا لإيواء النازحين في تلمنس                               | SHELLING_ARTILLERY_MISSILE
            قصفت المدفعية مدرسة تؤوي المهجرين في تلمنس                                 | SHELLING_ARTILLERY_MISSILE
            قصفت المدفعية تلمنس لأول مرة منذ إعلان الهدنة                                | SHELLING_ARTILLERY_MISSILE
            قصفت المدفعية تلمنس لأول مرة منذ سريان وقف إطلاق النار                       | SHELLING_ARTILLERY_MISSILE
            حلقت طائرة حربية فوق تلمنس ونفذت غارتين على أطرافها                          | AIR_DRONE_STRIKE
            تشهد البلدة هدوءا منذ اتفاق التسوية                                         |
            دارت معارك استمرت ثلاثة أسابيع في سراقب                                     |
            شنت الطائرات 300 غارة على سراقب خلال 60 يوما                                 |
            قصفت المدفعية كفرنبل على مدار ثلاثة أيام                                     |
            قصفت المدفعية كفرنبل خلال الأيام الستة الأخيرة                              |
            قصفت المدفعية كفرنبل خلال الأيام الـ 12 الماضية                             |
            قصفت المدفعية كفرنبل، ليرتفع إلى 300 عدد القذائف خلال الأيام الـ 12 الماضية   | SHELLING_ARTILLERY_MISSILE
            قصفت المدفعية كفرنبل، وبذلك يصل عدد الغارات خلال أسبوعين إلى 50              | SHELLING_ARTILLERY_MISSILE
            قصفت المدفعية كفرنبل، وبلغ عدد الغارات خلال أسبوعين 50                      |
            استهدفت الطائرات كفرنبل خلال الأسبوعين الماضيين                             |
            شنت الطائرات غارات على تلمنس على مدى أسابيع                                  |
            قصفت المدفعية تلمنس طوال أكثر من عامين                                       |
            قصفت المدفعية كفرنبل خلال يومين                                              | SHELLING_ARTILLERY_MISSILE
            قصفت المدفعية كفرنبل خلال الساعات الماضية                                    | SHELLING_ARTILLERY_MISSILE
            سيطرت قوات النظام على تلمنس خلال الأيام الماضية                             | GOVERNMENT_REGAINS_TERRITORY
            دارت اشتباكات في سراقب طوال الليلة الماضية                                  | ARMED_CLASH
            قصفت المدفعية كفرنبل للمرة الثالثة خلال أسبوعين                             | SHELLING_ARTILLERY_MISSILE
            شنت الطائرات غارات على كفرنبل، وقصفت قوات النظام قرية تلمنس                  | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;SHELLING_ARTILLERY_MISSILE
            ألقت المروحيات براميل على كفرنبل. واستهدفت الميليشيات بلدة تلمنس              | SHELLING_ARTILLERY_MISSILE
            ألقت المروحيات براميل على كفرنبل. واستهدف النظام بلدة تلمنس                  | AIR_DRONE_STRIKE
            قصفت طائرات النظام بلدة تلمنس                                               | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            شنت الطائرات غارات بغاز الكلور على بلدة تلمنس                                | CHEMICAL_WEAPON;CHEMICAL_WEAPON;CHEMICAL_WEAPON
            سقطت صواريخ تحمل رؤوسا كيماوية على بلدة تلمنس                               | CHEMICAL_WEAPON;CHEMICAL_WEAPON
            قصفت المدفعية سراقب، وألقت مروحية برميلا بغاز الكلور على تلمنس               | SHELLING_ARTILLERY_MISSILE;CHEMICAL_WEAPON;CHEMICAL_WEAPON
            أطلقت البوارج صواريخ على مطار سراقب ردا على هجوم بغاز السارين               | SHELLING_ARTILLERY_MISSILE;CHEMICAL_WEAPON
            استهدف تفجير بسيارة مفخخة سوق المدينة                                       | REMOTE_EXPLOSIVE
            فككت الفرق الهندسية عبوة ناسفة في سراقب                                     |
            قتل خمسة مدنيين في تفجير استهدف سوقا شعبيا في سراقب                          | REMOTE_EXPLOSIVE
            ضربت مسيرة انتحارية موقعا في سراقب                                          | AIR_DRONE_STRIKE
            تصدت الدفاعات الجوية لصواريخ معادية في سماء المدينة                        | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            الدفاعات الجوية تصدت لأهداف معادية فوق العاصمة                              | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            وقد تصدت وسائط دفاعنا الجوي للقذائف المعادية                                 | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;SHELLING_ARTILLERY_MISSILE
            قال الجيش إن دفاعاته الجوية أسقطت صواريخ معادية                              | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            أسقطت منظومات الدفاع الجوي أغلب الصواريخ                                    | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            الدفاعات الجوية، التابعة للجيش، تصدت للعدوان                                | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            الدفاعات الجوية تصدت للعدوان، ودارت اشتباكات عنيفة قرب الحاجز                 | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;ARMED_CLASH
            أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة                               | ARMED_CLASH
            أعلنت الوكالة التصدي لهجوم جوي على ريف العاصمة                             | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            تصدت الفصائل لهجوم قوات النظام المدعوم بالطيران                             | ARMED_CLASH
            أسقطت الفصائل طائرة حربية فوق البلدة                                       | ARMED_CLASH
            نجح سلاح الجو في اعتراض طائرة بدون طيار فوق البلدة                         | ARMED_CLASH
            تمكن سلاح الجو من إسقاط طائرة مسيرة فوق البلدة                             | ARMED_CLASH
            الدفاعات الجوية اعترضت طائرة فوق البلدة                                    | ARMED_CLASH
            أبدت الفصائل اعتراضها على القرار في البلدة                                 |
            قصفت المروحيات البلدة بالبراميل والألغام البحرية                              | AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;AIR_DRONE_STRIKE;AIR_DRONE_STRIKE
            سيطر جيش الفتح على بلدة تلمنس                                                | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطر مقاتلون من الفصائل على بلدة تلمنس                                        | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطر الفيلق الرابع على بلدة تلمنس                                            | GOVERNMENT_REGAINS_TERRITORY
            سيطر فيلق الشام على بلدة تلمنس                                               | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطرت قوات سورية الديموقراطية على بلدة تلمنس                                 | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطرت ميليشيات سوريا الديمقراطية على بلدة تلمنس                              | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطرت ميليشيا قسد على بلدة تلمنس                                             | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            سيطرت ميليشيات النظام على بلدة تلمنس                                         | GOVERNMENT_REGAINS_TERRITORY
            نزح الآلاف منذ سيطرة الفصائل على بلدة تلمنس                                   | DISPLACEMENT
            ما تزال الفصائل تفرض سيطرتها على بلدة تلمنس                                  |
            فرضت الفصائل سيطرتها على بلدة تلمنس                                          | NON_STATE_ACTOR_OVERTAKES_TERRITORY
            يتقاسم التنظيم والفصائل السيطرة على بلدة تلمنس                                |
            """)
    void keepsTriggersAndResolvesTheirKind(String text, String expected) {
        ReadText read = ReadText.of(text);
        EventClassifier classifier = EventClassifier.of(read.tokens().tokens(), read.cues(), read.mentions());
        Set<SubEventType> instruments = EnumSet.noneOf(SubEventType.class);
        List<EventClassifier.Trigger> triggers = List.of();
        for (int si = 0; si < read.tokens().sentences().size(); si++) {
            triggers = classifier.classify(read.cues().get(si), instruments, dateTokens(read, si), writesDay(read, si));
            Set<SubEventType> named = EventClassifier.instruments(triggers);
            instruments = named.isEmpty() ? instruments : named;
        }

        assertThat(describe(triggers)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            شنت الطائرات غارات على كفرنبل | 1.0;1.0
            استهدفت قذائف المدفعية كفرنبل | 0.9;1.0;1.0
            استهدف قصف سراقب              | 0.6;0.6
            سيطرت الفصائل على تلمنس        | 1.0
            تمت السيطرة على تلمنس          | 0.7
            """)
    void givesEachTriggerTheStrengthOfItsWords(String text, String expected) {
        ReadText read = ReadText.of(text);

        assertThat(String.join(";", read.triggers(0).stream().map(t -> String.valueOf(t.strength())).toList()))
                .isEqualTo(expected);
    }

    private static boolean writesDay(ReadText read, int si) {
        Sentence s = read.sentence(si);
        return !DateResolver.find(read.tokens().text(), read.tokens().tokens(), s.firstToken(), s.endToken(), null).isEmpty();
    }

    private static boolean[] dateTokens(ReadText read, int si) {
        boolean[] marks = new boolean[read.tokens().tokens().size()];
        Sentence s = read.sentence(si);
        EventDating.mark(marks, DateResolver.find(read.tokens().text(), read.tokens().tokens(), s.firstToken(), s.endToken(), null), true);
        return marks;
    }

    private static String describe(List<EventClassifier.Trigger> triggers) {
        List<String> out = new ArrayList<>();
        for (EventClassifier.Trigger t : triggers) {
            if (!t.types().isEmpty()) {
                out.add(t.types().stream().map(Enum::name).collect(Collectors.joining("+")));
            }
        }
        return String.join(";", out);
    }
}
