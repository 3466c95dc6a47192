package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;

/**
 * The extraction conventions, one sentence each. Expected events are {@code TYPE@place@date@fatalities}
 * joined by {@code ;}, in text order; an empty cell means no event.
 */
class EventExtractorTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");
    private final EventExtractor extractor = new EventExtractor(TestGeoparser.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            استهدفت غارات جوية كفرنبل وتلمنس وسحال اليوم.                          | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null;AIR_DRONE_STRIKE@Talmenes@2019-05-19@null;AIR_DRONE_STRIKE@Sahal@2019-05-19@null
            قتل أربعة مدنيين بقصف مدفعي على بلدة كفرزيتا أمس.                    | SHELLING_ARTILLERY_MISSILE@Kafr Zita@2019-05-18@4
            قصفت قوات النظام بغاز الكلور بلدة اللطامنة.                          | CHEMICAL_WEAPON@Al-Lataminah@2019-05-19@null
            دارت اشتباكات عنيفة في محيط سراقب يوم الخميس.                       | ARMED_CLASH@Saraqib@2019-05-16@null
            سيطرت قوات النظام على مدينة خان شيخون.                              | GOVERNMENT_REGAINS_TERRITORY@Khan Shaykhun@2019-05-19@null
            سيطرت فصائل المعارضة على بلدة كفرزيتا بعد منتصف ليل أمس.            | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Zita@2019-05-19@null
            أعلنت روسيا وقف إطلاق النار في إدلب.                                | AGREEMENT@Idlib Governorate@2019-05-19@null
            نزحت مئات العائلات من معرة النعمان إلى أريحا.                       | DISPLACEMENT@Maarat al-Numan@2019-05-19@null
            وصلت حافلات تقل مئات المدنيين تم إجلاؤهم من بلدتي كفرنبل وتلمنس.      | DISPLACEMENT@Kafr Nabl@2019-05-19@null;DISPLACEMENT@Talmenes@2019-05-19@null
            بدأ مقاتلو الفصائل بالخروج من سراقب نحو أريحا اليوم.                 | DISPLACEMENT@Saraqib@2019-05-19@null
            تم إجلاء الجرحى من سراقب إلى أريحا.                                 |
            سلم المقاتلون أسلحتهم بموجب اتفاق إجلاء من سراقب.                     |
            استهدف تفجير بسيارة مفخخة حافلات أهالي كفرنبل وتلمنس في مدينة سراقب اليوم. | ATTACK@Saraqib@2019-05-19@null
            قصفت الطائرات منازل أهالي بلدة كفرنبل اليوم.                        | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            لم تشن الطائرات أي غارات على سراقب.                                 |
            ولم تشن الطائرات أي غارات على سراقب.                                |
            عاد المقاتلون من جبهات القتال إلى سراقب اليوم.                      |
            فلا الطائرات قصفت سراقب ولا المدفعية.                               |
            ولا يزال القصف المدفعي مستمرا على سراقب.                           | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null
            تحاول قوات النظام السيطرة على سراقب.                                |
            تسعى الفصائل إلى السيطرة على سراقب قبل التقدم نحو أريحا.              |
            فشلت قوات النظام في السيطرة على بلدة كفرنبل.                        |
            وتحكم القوات الحكومية سيطرتها على مدينتي سراقب وكفرنبل.              |
            وتحتفظ قوات النظام بالسيطرة على نقاط في مدينة سراقب.                |
            ناشدت المنظمة إبقاء معبر باب الهوى إلى المناطق الخارجة عن سيطرة الحكومة مفتوحاً. |
            حذر المسؤول من كارثة في سراقب، داعيا الطرفين إلى الموافقة على هدنة.   |
            اعتقلت دورية من المخابرات الجوية شاباً في مدينة سراقب.               |
            وطرد مقاتلو الفصائل عناصر التنظيم من قرية تلمنس.                     | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-19@null
            وقالت مصادر إن الانفجار استهدف مقراً للشرطة في مدينة سراقب.          | ATTACK@Saraqib@2019-05-19@null
            قتل خمسة مدنيين بانفجار سيارة مفخخة في مدينة سراقب اليوم.            | ATTACK@Saraqib@2019-05-19@5
            انفجرت عبوة ناسفة اليوم في سوق مدينة سراقب.                          | ATTACK@Saraqib@2019-05-19@null
            فجر انتحاري نفسه اليوم عند حاجز في مدينة سراقب.                     | ATTACK@Saraqib@2019-05-19@null
            فككت فرق الهندسة عبوة ناسفة في مدينة سراقب اليوم.                   |
            تشهد مدينة سراقب تفجيرات متكررة بسيارات مفخخة.                     |
            شن مقاتلو العشائر أمس هجوما واسعا استهدف مواقع القوات في بلدة تلمنس. | ARMED_CLASH@Talmenes@2019-05-18@null
            قتل ثلاثة أشخاص في مدينة سراقب برصاص قوات الأمن اليوم.               | ATTACK@Saraqib@2019-05-19@3
            أرسلت الهيئة أرتالا إلى سراقب بالاتفاق مع حركة أحرار الشام.          |
            انفجرت سيارة مفخخة اليوم في بلدة تلمنس بالأطراف الغربية لمدينة سراقب. | ATTACK@Talmenes@2019-05-19@null
            قتل مدني بقصف مسيرة على بلدة تلمنس اليوم.                         | AIR_DRONE_STRIKE@Talmenes@2019-05-19@1
            انفجرت سيارة مفخخة في سراقب اليوم. وتبعه قصف مماثل على بلدة تلمنس.  | ATTACK@Saraqib@2019-05-19@null;ATTACK@Talmenes@2019-05-19@null
            هزت انفجارات عنيفة المنطقة، ناجمة عن قصف مدفعي على بلدة كفرنبل.       | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            وفي عام 2013 اندلعت معارك عنيفة في مدينة سراقب.                     |
            وفي 2012 سيطرت فصائل المعارضة على مدينة سراقب.                      |
            قصفت الطائرات سراقب اليوم في أعنف قصف منذ عام 2012.                | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            سيطرت الفصائل على بلدة تلمنس القريبة من مطار أبو الظهور العسكري.    | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-19@null
            قصفت المدفعية بلدة تلمنس المجاورة لمدينة سراقب.                     | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@null
            تدور اشتباكات في بلدة تلمنس التي تفصل بين بلدتي كفرنبل وسراقب.       | ARMED_CLASH@Talmenes@2019-05-19@null
            بقيت مدينة سراقب بمنأى عن القصف.                                  |
            ضربت سبعة تفجيرات مدينة سراقب اليوم.                               | ATTACK@Saraqib@2019-05-19@null
            هز تفجيران انتحاريان مدينة سراقب اليوم.                             | ATTACK@Saraqib@2019-05-19@null
            تشهد مدينة سراقب تفجيرات متكررة.                                   |
            تقدم مقاتلو العشائر في بلدة تلمنس بعد طرد قسد منها اليوم.            | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-19@null
            أطلقت القوات اليوم صواريخ محملة بغاز السارين. وسقطت الصواريخ على بلدة تلمنس. | CHEMICAL_WEAPON@Talmenes@2019-05-19@null
            أطلقت القوات اليوم صواريخ محملة بغاز السارين. وسقطت صواريخ على بلدة تلمنس.   | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@null
            تقدمت قوات النظام في بلدة تلمنس بعد طرد الفصائل منها اليوم.          | GOVERNMENT_REGAINS_TERRITORY@Talmenes@2019-05-19@null
            رفضت الفصائل الاتفاق في سراقب اليوم.                               |
            يرفض الأهالي الخروج من سراقب رغم القصف.                            |
            قصفت الطائرات سراقب بعد رفض الفصائل الاتفاق اليوم.                 | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            قتل مدنيان في غارات صاروخية شنها الطيران الحربي على سراقب.          | AIR_DRONE_STRIKE@Saraqib@2019-05-19@2
            نزحت مئات العائلات من معرة النعمان تجاه أريحا.                       | DISPLACEMENT@Maarat al-Numan@2019-05-19@null
            وسط سعيها للسيطرة على سراقب، قصفت الطائرات بلدة كفرنبل.              | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            ستواصل الطائرات قصف سراقب.                                         |
            قصفت قوات النظام المتمركزة في حماة بلدة اللطامنة بالمدفعية.         | SHELLING_ARTILLERY_MISSILE@Al-Lataminah@2019-05-19@null
            سقطت صواريخ على اللطامنة تم إطلاقها من فوق منطقة كفرزيتا.           | SHELLING_ARTILLERY_MISSILE@Al-Lataminah@2019-05-19@null
            ألقت طائرات مروحية براميل متفجرة على بلدة كفرزيتا شمال حماة.        | AIR_DRONE_STRIKE@Kafr Zita@2019-05-19@null
            دارت اشتباكات بين المسلحين وقوات النظام في الحي الشرقي لمدينة سراقب. | ARMED_CLASH@Saraqib@2019-05-19@null
            قصفت المدفعية المدخل الشمالي الغربي لمدينة سراقب.                   | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null
            قصفت المدفعية قرية كفرنبل في الريف الشرقي لمدينة سراقب.              | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            قصفت المدفعية بلدة كفرنبل التي تبعد عن مدينة سراقب 10 كم.           | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            قصفت المدفعية اليوم بلدة كفرنبل الواقعة على بعد 5 كلم عن مدينة سراقب. | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            قصفت المدفعية بلدة كفرنبل، في حين أصيب مدنيان بهجوم لمسيرتين على سراقب. | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null;AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            شارك المئات في مسيرة في سراقب بعد الهجوم.                           |
            ارتكبت الميليشيات اليوم مجزرة في بلدة تلمنس راح ضحيتها 40 شخصاً.      | ATTACK@Talmenes@2019-05-19@40
            استهدف الطيران مشفى كفرنبل اليوم.                                     | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            تعرضت بلدة سراقب اليوم لقصف ببرميلين متفجرين.                         | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            فر مئات المدنيين اليوم من بلدة تلمنس نحو الحدود.                      | DISPLACEMENT@Talmenes@2019-05-19@null
            هرب سكان كفرنبل اليوم إلى المخيمات.                                   | DISPLACEMENT@Kafr Nabl@2019-05-19@null
            يفر سكان قرى منطقة كفرنبل اليوم إلى المخيمات.                          | DISPLACEMENT@Kafr Nabl@2019-05-19@null
            امتد القصف المدفعي اليوم إلى مدينتي سراقب وكفرنبل.                     | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null;SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            قصفت مقاتلة حربية مدينة سراقب بصواريخ فراغية اليوم.                     | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            فر عناصر التنظيم اليوم من بلدة تلمنس.                                 |
            قتل خمسة مدنيين اليوم بتفجير في بلدة تلمنس قرب حافلات أهالي بوزيدان وسراقب. | ATTACK@Talmenes@2019-05-19@5
            استهدف تفجير اليوم تجمعا لأطفال كفرنبل وسراقب قرب بوابة بلدة تلمنس.   | ATTACK@Talmenes@2019-05-19@null
            انسحبت قوات النظام اليوم بعد معركة السيطرة على بلدة تلمنس.          | ARMED_CLASH@Talmenes@2019-05-19@null
            سيطرت الفصائل اليوم على بلدة تلمنس بعد معركة استمرت ساعات.          | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-19@null
            قصفت الطائرات اليوم بلدة تلمنس في حملة استمرت ثلاثة أشهر.            |
            أصبحت بلدة تلمنس اليوم خارج سيطرة النظام.                           |
            تعرضت دورية اليوم لكمين قرب بلدة تلمنس.                             | ARMED_CLASH@Talmenes@2019-05-19@null
            نصب التنظيم كمينا اليوم في بلدة تلمنس.                              | ARMED_CLASH@Talmenes@2019-05-19@null
            تعرضت دورية اليوم لهجوم في بلدة تلمنس.                              | ARMED_CLASH@Talmenes@2019-05-19@null
            يرى مراقبون أن الجنود يتعرضون لهجوم كثيف في بلدة تلمنس.             |
            قتل 14 عنصرا اليوم في هجوم نفذه التنظيم قرب بلدة تلمنس.             | ARMED_CLASH@Talmenes@2019-05-19@14
            قتل خمسة مدنيين اليوم بهجوم في بلدة تلمنس.                          | ATTACK@Talmenes@2019-05-19@5
            ظهرت أعراض غريبة اليوم على المصابين في هجوم على بلدة تلمنس.          |
            وصل مئات اللاجئين القادمين من سراقب اليوم إلى الحدود.                | DISPLACEMENT@Saraqib@2019-05-19@null
            رحلت السلطات اليوم مئة لاجئ إلى بلدة كفرنبل.                        | DISPLACEMENT@Kafr Nabl@2019-05-19@null
            تستضيف البلدة آلاف اللاجئين في سراقب.                               |
            قصفت المدفعية اليوم بلدة تلمنس تمهيدا لإحكام السيطرة عليها.          | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@null
            تجدد القتال اليوم بين الفصائل وقوات النظام في سراقب.                 | ARMED_CLASH@Saraqib@2019-05-19@null
            أرسلت الفصائل مقاتلين إلى جبهات القتال في سراقب.                     |
            قصف الطيران الحربي ريف إدلب الجنوبي وبلدة كفرنبل.                   | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            أسقطت الفصائل طائرة حربية فوق سراقب.                                | ARMED_CLASH@Saraqib@2019-05-19@null
            الدفاعات الجوية تصدت لصواريخ معادية فوق سراقب.                      | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            أسقطت الدفاعات الجوية طائرة مسيرة فوق سراقب.                         | ARMED_CLASH@Saraqib@2019-05-19@null
            أطلق مسلحون الرصاص على المدنيين في سراقب ما أدى إلى مقتل ثلاثة.     | ATTACK@Saraqib@2019-05-19@3
            شنت الفصائل غارة على مواقع قوات النظام في حماة.                     | ARMED_CLASH@Hama@2019-05-19@null
            قصفت المدفعية سراقب أمس الجمعة.                                     | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-17@null
            وكانت الطائرات قد قصفت سراقب.                                       | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            قصفت الطائرات كفرنبل. وعاودت الطائرات قصف كفرنبل دون إصابات.        | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@0
            قصفت الطائرات الحربية اليوم رتلا على الأوتوستراد الدولي سراقب - أريحا قرب بلدة كفرنبل. | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            سيطرت الفصائل اليوم على الطريق الواصل بين مدينة سراقب وبلدة تلمنس بعد اشتباكات عنيفة. |
            منعت الفصائل اليوم نازحي بلدة تلمنس من الذهاب إلى سراقب، وأجبرت النازحين على الدخول إلى أريحا. | DISPLACEMENT@Talmenes@2019-05-19@null
            نزحت اليوم عائلات من كفرنبل إلى سراقب، ووصل نازحون آخرون إلى أريحا. | DISPLACEMENT@Kafr Nabl@2019-05-19@null;DISPLACEMENT@Ariha@2019-05-19@null
            يعيش أكثر من عشرة آلاف نازح في سراقب وسط أوضاع صعبة.               |
            قتل مدنيان نازحان من كفرنبل في قصف مدفعي على سراقب.                | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@2
            وصلت اليوم عشرات العائلات النازحة من كفرنبل إلى أريحا.              | DISPLACEMENT@Kafr Nabl@2019-05-19@null
            وقال مراسلنا في مدينة إدلب إن الطائرات قصفت بلدة كفرنبل اليوم.       | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            أفادت مصادر محلية في سراقب بأن المدفعية قصفت تلمنس اليوم.            | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@null
            أفاد ناشطون في سراقب بأن اشتباكات عنيفة دارت اليوم.                  | ARMED_CLASH@Saraqib@2019-05-19@null
            حرر الجيش الحر بلدة كفرزيتا اليوم.                                | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Zita@2019-05-19@null
            قصفت المدفعية سراقب بالقذائف اليوم كما شنت الطائرات غارات على تلمنس. | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null;AIR_DRONE_STRIKE@Talmenes@2019-05-19@null
            قتل مدنيان اثنان في تلمنس، ومقتل ثلاثة في سحال، بقصف صاروخي.         | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@2;SHELLING_ARTILLERY_MISSILE@Sahal@2019-05-19@3
            وثقت الفرق مقتل 12 مدنيا أمس بغارات جوية. وقتل تسعة في كفرنبل، وثلاثة آخرون في تلمنس. | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-18@9;AIR_DRONE_STRIKE@Talmenes@2019-05-18@3
            ارتفاع حصيلة ضحايا مجزرة كفرنبل إلى 9 شهداء، بعد غارات جوية.        | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@9
            قصفت الطائرات بلدة كفرنبل (20 كم جنوب سراقب).                       | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            لا يزال القصف المدفعي مستمرا على سراقب.                            | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null
            حلقت طائرات الاستطلاع فوق سراقب.                                    |
            وصلت قافلة مساعدات إلى مخيمات النازحين في سراقب.                    |
            اشتباكات بين الفصائل وقوات النظام في سراقب (أرشيف).                 |
            صدت الفصائل هجوما على محور "الكويرة" (تلمنس) شمال حماة.               | ARMED_CLASH@Talmenes@2019-05-19@null
            أعلن الطرفان خلال محادثات في حلب وقف إطلاق النار في سراقب.           | AGREEMENT@Saraqib@2019-05-19@null
            اتفقت الأطراف في قمة حلب على هدنة تشمل سراقب.                       | AGREEMENT@Saraqib@2019-05-19@null
            أحبطت الفصائل محاولة تقدم لقوات النظام على كفرزيتا.                 | ARMED_CLASH@Kafr Zita@2019-05-19@null
            قصفت المدفعية سراقب التي تسيطر عليها الفصائل.                       | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null
            سيطرت الفصائل على كفرزيتا، ووصلت إلى الطريق الدولي وبلدة اللطامنة.   | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Zita@2019-05-19@null
            حلب - قصفت الطائرات بلدة كفرنبل اليوم.                              | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            سيطرت الفصائل على كفرزيتا بعد اشتباكات مع قوات النظام.             | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Zita@2019-05-19@null
            قصفت المدفعية بلدة كفرنبل في إدلب اليوم.                           | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            يشار إلى أن الطائرات قصفت إدلب الشهر الماضي.                        |
            قصفت الطائرات بلدة كفرنبل، فيما تسيطر الفصائل على سراقب.            | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            سقطت قذائف أطلقتها قوات النظام من حماة على كفرزيتا.                 | SHELLING_ARTILLERY_MISSILE@Kafr Zita@2019-05-19@null
            أقلعت الطائرات من مطار حماة وقصفت كفرنبل.                           | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            الفصائل في سراقب قصفت بالمدفعية مواقع النظام في كفرزيتا.             | SHELLING_ARTILLERY_MISSILE@Kafr Zita@2019-05-19@null
            قصفت قوات النظام بالمدفعية، مدعومة بالطيران الروسي، بلدة تلمنس.      | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@null
            تحاول قوات النظام منذ أيام لاستعادة السيطرة على سراقب.              |
            قتل ثلاثون مدنيا خلال 40 يوما من القصف على سراقب.                   |
            ألقت المروحيات أكثر من مئة برميل على كفرنبل على مدى ثلاثة أشهر.      |
            قصفت المدفعية بلدة تلمنس طيلة أيام الحملة.                           |
            مئات الغارات، وعشرات البراميل، سقطت على كفرزيتا خلال 50 يوما.        |
            قصفت الطائرات كفرنبل اليوم، ليرتفع عدد الغارات عليها خلال 10 أيام إلى 90. | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            سيطرت قوات النظام على بلدة كفرزيتا قبل 3 أيام.                      | GOVERNMENT_REGAINS_TERRITORY@Kafr Zita@2019-05-16@null
            سيطرت قوات النظام على كفرزيتا خلال الـ 24 ساعة الماضية.              | GOVERNMENT_REGAINS_TERRITORY@Kafr Zita@2019-05-19@null
            قصفت المدفعية سراقب للمرة الثانية خلال 5 أيام.                       | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null
            وصلت تعزيزات إلى كفرزيتا اليوم الأحد بعد أيام من سيطرة الفصائل في 3 أيار على تلمنس. ودارت اشتباكات عنيفة في كفرنبل. | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-03@null;ARMED_CLASH@Kafr Nabl@2019-05-19@null
            """)
    void extractsEventsFromOneSentence(String text, String expected) {
        List<String> events = extractor.extract(NewsArticle.of("t", text, SUNDAY)).events().stream()
                .map(e -> e.subEventType().name() + "@" + e.place().name() + "@" + e.date() + "@" + e.fatalities())
                .toList();

        assertThat(events).containsExactlyElementsOf(
                expected == null ? List.of() : Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت المدفعية حماة. ارتفع عدد ضحايا مجزرة [#سراقب](#) إلى 5 قتلى، بعد غارات جوية استهدفت أحياء المدينة. | SHELLING_ARTILLERY_MISSILE@Hama@2019-05-19@null;AIR_DRONE_STRIKE@Saraqib@2019-05-19@5
            قصفت المدفعية حماة. #سراقب: غارات جوية تستهدف أحياء المدينة.                                     | SHELLING_ARTILLERY_MISSILE@Hama@2019-05-19@null;AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            قصفت المدفعية حماة. وفي سراقب، استهدفت غارات جوية أحياء المدينة.                                   | SHELLING_ARTILLERY_MISSILE@Hama@2019-05-19@null;AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            """)
    void anAnaphorTakesTheTownOfItsOwnSentenceFirst(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'قصفت المدفعية سراقب اليوم.\n\n— الدفاع المدني (@May 17, 2019)'                        | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-17@null
            'غارات جوية على كفرنبل.\n[pic.twitter.com/abc](https://t.co/abc)\n— ناشطون (@May 16, 2019)' | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-16@null
            'قصفت المدفعية سراقب.\n— ناشطون May 16, 2019\nوقصفت الطائرات كفرنبل.'                   | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-16@null;AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@null
            """)
    void anEmbeddedTweetIsDatedByItsFooter(String text, String expected) {
        assertThat(events(text.replace("\\n", "\n"))).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت المدفعية سراقب اليوم.                                       | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@1@false
            قصفت المدفعية سراقب.                                              | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@2@true
            قصفت المدفعية سراقب يوم الجمعة. ثم قصفت كفرنبل.                    | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-17@1@false;SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-17@1@false
            سيطرت قوات النظام مؤخرا على كفرزيتا.                              | GOVERNMENT_REGAINS_TERRITORY@Kafr Zita@2019-05-19@2@true
            سيطرت قوات النظام في بداية هجومها على كفرزيتا واللطامنة.          | GOVERNMENT_REGAINS_TERRITORY@Kafr Zita@2019-05-19@3@true;GOVERNMENT_REGAINS_TERRITORY@Al-Lataminah@2019-05-19@3@true
            وكانت الطائرات قد قصفت سراقب.                                     | AIR_DRONE_STRIKE@Saraqib@2019-05-19@3@true
            سيطرت الفصائل اليوم على تلمنس بعد القصف الذي طال البلدة أمس.       | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-19@1@false;SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-18@1@false
            سيطرت الفصائل اليوم على تلمنس بعد قصف عنيف.                        | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Talmenes@2019-05-19@1@false;SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-19@2@true
            وكانت الطائرات قد قصفت سراقب يوم الجمعة. ثم قصفت المدفعية كفرنبل. | AIR_DRONE_STRIKE@Saraqib@2019-05-17@1@false;SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@2@true
            قصفت الطائرات كفرنبل وتلمنس خلال الساعات الماضية.                 | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-19@2@true;AIR_DRONE_STRIKE@Talmenes@2019-05-19@2@true
            """)
    void neverDatesWhatTheTextLeavesOpenAsIfWritten(String text, String expected) {
        List<String> events = extractor.extract(NewsArticle.of("t", text, SUNDAY)).events().stream()
                .map(e -> e.subEventType().name() + "@" + e.place().name() + "@" + e.date() + "@" + e.timePrecision()
                        + "@" + e.dateApproximate())
                .toList();

        assertThat(events).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت روسيا وقف إطلاق النار في إدلب أمس. وقالت الفصائل إن الهدنة لم تصمد. وجدد الطرفان الاتفاق اليوم. | AGREEMENT@Idlib Governorate@2019-05-18@null
            'قصف روسي على أريحا\\nوقصفت الطائرات الروسية سراقب أمس.'                                           | AIR_DRONE_STRIKE@Saraqib@2019-05-18@null
            'قصف تركي على بلدة تلمنس يخلف قتلى\\nقتل مدنيان اليوم في غارة جوية على بلدة تلمنس.'              | AIR_DRONE_STRIKE@Talmenes@2019-05-19@2
            """)
    void reportsEachEventOnceForTheArticle(String text, String expected) {
        assertThat(events(text.replace("\\n", "\n"))).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            سيطرت الفصائل أمس على أربع قرى في محيط مدينة معرة النعمان. وسيطرت الفصائل أمس على بلدة كفرنبل. | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-18@null
            قصفت الطائرات أمس مواقع للفصائل قرب مدينة معرة النعمان. واستهدفت الغارات بلدة كفرنبل.              | AIR_DRONE_STRIKE@Kafr Nabl@2019-05-18@null
            قصفت الطائرات أمس مواقع للفصائل قرب مدينة معرة النعمان.                                          | AIR_DRONE_STRIKE@Maarat al-Numan@2019-05-18@null
            قصفت المدفعية أمس قرى تلمنس ومحيط معرة النعمان. وقصفت المدفعية أمس بلدة كفرنبل.                   | SHELLING_ARTILLERY_MISSILE@Talmenes@2019-05-18@null;SHELLING_ARTILLERY_MISSILE@Maarat al-Numan@2019-05-18@null;SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-18@null
            قصفت الطائرات أمس مواقع في محيط مدينة معرة النعمان وبلدة كفرنبل.                                 | AIR_DRONE_STRIKE@Maarat al-Numan@2019-05-18@null;AIR_DRONE_STRIKE@Kafr Nabl@2019-05-18@null
            سيطرت الفصائل أمس على خمس قرى جديدة في منطقة معرة النعمان. وسيطرت الفصائل أمس على بلدة كفرنبل.   | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-18@null
            قصفت الطائرات أمس مواقع في منطقة تلمنس. وقصفت الطائرات أمس مدينة معرة النعمان.                     | AIR_DRONE_STRIKE@Talmenes@2019-05-18@null;AIR_DRONE_STRIKE@Maarat al-Numan@2019-05-18@null
            """)
    void aTownThatOnlyLocatesAGroupOfPlacesYieldsToThePlacesTheArticleNames(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات سراقب أمس. وقتل 40 مدنيا في كفرنبل خلال 20 يوما.        | AIR_DRONE_STRIKE@Saraqib@2019-05-18@null
            قصفت الطائرات سراقب أمس. وقتل 40 مدنيا في كفرنبل منذ بدء الحملة.      | AIR_DRONE_STRIKE@Saraqib@2019-05-18@null
            قصفت الطائرات سراقب أمس. وقتل 4 مدنيين في كفرنبل.                    | AIR_DRONE_STRIKE@Saraqib@2019-05-18@null;AIR_DRONE_STRIKE@Kafr Nabl@2019-05-18@4
            """)
    void theKilledOfATallyElaborateNoEventBefore(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @Test
    void givesEachEventAConfidence() {
        String text = "قتل أربعة مدنيين بغارات جوية على كفرنبل أمس. وقصفت المدفعية البلدة.";

        List<ExtractedEvent> events = extractor.extract(NewsArticle.of("t", text, SUNDAY)).events();

        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.0, 1.0));
        assertThat(events.get(0).confidence()).isGreaterThan(events.get(1).confidence());
    }

    private List<String> events(String text) {
        return extractor.extract(NewsArticle.of("t", text, SUNDAY)).events().stream()
                .map(e -> e.subEventType().name() + "@" + e.place().name() + "@" + e.date() + "@" + e.fatalities())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت الفصائل اختراق صفوف قوات النظام وعناصر حزب الله وسيطرتها على كفرنبل اليوم.   | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-19@null
            أعلنت قوات النظام تقدمها على حساب الفصائل وعناصر جيش العزة وسيطرتها على كفرنبل اليوم. | GOVERNMENT_REGAINS_TERRITORY@Kafr Nabl@2019-05-19@null
            سيطرت قوات الجيش الحر على كفرنبل اليوم.                                              | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-19@null
            """)
    void anActorJoinedToATargetIsATargetNotTheTaker(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            دخلت قوات النظام مدينة سراقب صباح اليوم.                            | GOVERNMENT_REGAINS_TERRITORY@Saraqib@2019-05-19@null
            دخلت فصائل المعارضة إلى بلدة كفرنبل اليوم.                          | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-19@null
            قوات النظام وحلفاؤها بدأت اليوم بدخول مدينة سراقب.                  | GOVERNMENT_REGAINS_TERRITORY@Saraqib@2019-05-19@null
            الجيش السوري دخل بلدة كفرزيتا أمس.                                 | GOVERNMENT_REGAINS_TERRITORY@Kafr Zita@2019-05-18@null
            دخلت دورية روسية بلدة كفرنبل اليوم.                                |
            دخلت قافلة مساعدات إلى سراقب اليوم.                                 |
            سمحت الفصائل لقوات النظام بالدخول إلى سراقب.                        |
            لم تدخل قوات النظام مدينة سراقب.                                   |
            دخلت الهدنة حيز التنفيذ في سراقب اليوم.                            | AGREEMENT@Saraqib@2019-05-19@null
            أعلن النظام دخول قواته إلى سراقب بموجب اتفاق.                       |
            وصلت تعزيزات إلى مفتاح الدخول إلى سراقب.                            |
            """)
    void groundForcesEnteringATownTakeIt(String text, String expected) {
        extractsEventsFromOneSentence(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            سيطرت الفصائل على بلدة كفرنبل اليوم وسط قصف متبادل بين الطرفين.      | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-19@null
            تقدمت قوات النظام في سراقب اليوم في ظل غارات جوية كثيفة.             | GOVERNMENT_REGAINS_TERRITORY@Saraqib@2019-05-19@null
            قتل خمسة مدنيين وسط قصف عنيف على بلدة كفرنبل اليوم.                  | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@5
            قصفت الطائرات سراقب اليوم، وسط اشتباكات على محاور في محيط كفرنبل.    | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null;ARMED_CLASH@Kafr Nabl@2019-05-19@null
            حاول عناصر التنظيم السيطرة على مدينة سراقب اليوم.                    |
            """)
    void whatHappensAmidTheEventOrWasOnlyTriedIsNoEventOfItsOwn(String text, String expected) {
        extractsEventsFromOneSentence(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            سقطت مدينة سراقب بيد قوات النظام صباح اليوم.                        | GOVERNMENT_REGAINS_TERRITORY@Saraqib@2019-05-19@null
            أعلن ناشطون سقوط بلدة كفرنبل في أيدي مقاتلي المعارضة اليوم.          | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Nabl@2019-05-19@null
            وقعت قرية كفرزيتا في قبضة التنظيم أمس.                              | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Kafr Zita@2019-05-18@null
            حاصرت الفصائل سراقب. وسقطت المدينة بيد مقاتلي المعارضة اليوم.    | NON_STATE_ACTOR_OVERTAKES_TERRITORY@Saraqib@2019-05-19@null
            وقع الطيار في قبضة الفصائل قرب سراقب اليوم.                          |
            سقطت قذائف على بلدة كفرنبل اليوم.                                  | SHELLING_ARTILLERY_MISSILE@Kafr Nabl@2019-05-19@null
            تخشى الفصائل أن تسقط سراقب بيد قوات النظام.                          |
            وفي حال سقطت سراقب بيد قوات النظام فإن الطريق سيقطع.                 |
            """)
    void aPlaceFallingIntoAnActorsHandsIsTakenByIt(String text, String expected) {
        extractsEventsFromOneSentence(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل خمسة جنود في هجوم مسلح استهدف حافلتهم قرب سراقب اليوم.        | ARMED_CLASH@Saraqib@2019-05-19@5
            قتل خمسة جنود في كمين استهدف سيارتهم قرب سراقب اليوم.             | ARMED_CLASH@Saraqib@2019-05-19@5
            قتل ثلاثة مدنيين في هجوم مسلح على سيارتهم قرب سراقب اليوم.        | ATTACK@Saraqib@2019-05-19@3
            استهدفت المدفعية سراقب اليوم.                                   | SHELLING_ARTILLERY_MISSILE@Saraqib@2019-05-19@null
            قتل جندي برصاص مجهولين أثناء تواجده أمام الفرن الآلي في سراقب اليوم. | ARMED_CLASH@Saraqib@2019-05-19@1
            """)
    void gunmenWhoTargetSomethingFightNoStrike(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            مقاتلو التنظيم شنوا هجوما على مدينة سراقب اليوم.                  | ARMED_CLASH@Saraqib@2019-05-19@null
            هاجمت الفصائل مواقع قوات النظام في سراقب اليوم.                  | ARMED_CLASH@Saraqib@2019-05-19@null
            شنت قسد هجوما بالمسيرات على سراقب اليوم.                         | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            شنت قوات النظام هجوماً عنيفاً على بلدة كفرنبل اليوم.               | ARMED_CLASH@Kafr Nabl@2019-05-19@null
            وشن التنظيم هجوما على بلدة كفرنبل اليوم.                          | ARMED_CLASH@Kafr Nabl@2019-05-19@null
            نفذ مقاتلو التنظيم هجوما على سراقب اليوم من أجل السيطرة عليها.      | ARMED_CLASH@Saraqib@2019-05-19@null
            نفذت الطائرات هجوماً جوياً على سراقب اليوم.                        | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            نفذت مسيرة مفخخة هجوماً على سراقب اليوم.                          | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            استهدفت مسيرة تركية موقعاً في سراقب اليوم.                        | AIR_DRONE_STRIKE@Saraqib@2019-05-19@null
            التنظيم شن هجوما بسيارة مفخخة على سراقب اليوم.                   | ATTACK@Saraqib@2019-05-19@null
            """)
    void anAssaultIsFightingUnlessAnInstrumentOfItsClauseCarriesIt(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            اشتبكت الفصائل مع قوات النظام في سراقب اليوم.                    | ARMED_CLASH@Saraqib@2019-05-19@null
            ما زال الطرفان يشتبكان في محيط سراقب اليوم.                      | ARMED_CLASH@Saraqib@2019-05-19@null
            خاضت الفصائل قتالاً ضد قوات النظام في سراقب اليوم.               | ARMED_CLASH@Saraqib@2019-05-19@null
            قال ناشطون إن القتال لا يزال يدور في محيط سراقب اليوم.           | ARMED_CLASH@Saraqib@2019-05-19@null
            دار قتال بين الفصائل والتنظيم قرب سراقب اليوم.                    | ARMED_CLASH@Saraqib@2019-05-19@null
            """)
    void theVerbOfClashingIsAClashAsItsNounIs(String text, String expected) {
        assertThat(events(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تصدت الفصائل للهجوم بالصواريخ بما يخالف الحدود المتفق عليها في أستانا.
            استعادت الحكومة مقعدها في اجتماع عقد اليوم في القاهرة.
            """)
    void aCityFarAbroadIsNoSceneOfFighting(String text) {
        assertThat(events(text)).isEmpty();
    }

    @Test
    void aReadAlsoHeadlineReportsNoEventOfTheArticle() {
        List<String> events = events("قصفت الطائرات الحربية مدينة سراقب اليوم.\nاقرأ أيضا: غارات جوية على كفرنبل\nوعاد الهدوء إلى المدينة مساء.");

        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith("AIR_DRONE_STRIKE@Saraqib");
    }

    @Test
    void anAgreementWithoutPlaceSitsAtTheArticlesFirstPlace() {
        String text = "هدنة في إدلب.\nوأعلنت روسيا أمس وقف إطلاق النار من جانب واحد.";

        List<ExtractedEvent> events = extractor.extract(NewsArticle.of("t", text, SUNDAY)).events();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT);
            assertThat(e.place().name()).isEqualTo("Idlib Governorate");
            assertThat(e.date()).isEqualTo(SUNDAY.minusDays(1));
        });
    }

    @Test
    void keepsEvidenceSentenceAndSpans() {
        String text = "مقدمة بلا أحداث. قصفت المدفعية بلدة كفرزيتا اليوم.";

        ExtractedEvent event = extractor.extract(NewsArticle.of("t", text, SUNDAY)).events().get(0);

        assertThat(event.evidence()).isEqualTo("قصفت المدفعية بلدة كفرزيتا اليوم.");
        assertThat(text.substring(event.evidenceStart(), event.evidenceEnd())).isEqualTo(event.evidence());
        assertThat(text.substring(event.triggerStart(), event.triggerEnd())).isEqualTo("قصفت المدفعية");
        assertThat(text.substring(event.place().start(), event.place().end())).isEqualTo("كفرزيتا");
        assertThat(event.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(event.geoPrecision()).isEqualTo(1);
    }

    @Test
    void anEventPlacedAtThePointItsSentenceBearsFromIsNearItNotAtIt() {
        ExtractedEvent near = extractor.extract(NewsArticle.of("t", "قصفت الطائرات اليوم مواقع شرق بلدة كفرزيتا.", SUNDAY))
                .events().get(0);
        ExtractedEvent at = extractor.extract(NewsArticle.of("t", "قصفت الطائرات اليوم مواقع في بلدة كفرزيتا.", SUNDAY))
                .events().get(0);

        assertThat(near.place().name()).isEqualTo(at.place().name());
        assertThat(near.geoPrecision()).isEqualTo(2);
        assertThat(at.geoPrecision()).isEqualTo(1);
        assertThat(near.confidence()).isLessThan(at.confidence());
    }

    @Test
    void aWordWithAnInvisibleMarkInsideIsOneWordOfTheGeoparserAndTheExtractor() {
        String text = "قصفت الطائرات بلدة كفر\u200cنبل اليوم.";

        ExtractedEvent event = extractor.extract(NewsArticle.of("t", text, SUNDAY)).events().get(0);

        assertThat(event.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(text.substring(event.place().start(), event.place().end())).isEqualTo("كفر\u200cنبل");
    }

    @Test
    void listsEachPlaceOnceAtItsFirstMention() {
        String text = "قصفت الطائرات سراقب. ثم قصفت سراقب مجددا.";

        Extraction result = extractor.extract(NewsArticle.of("t", text, SUNDAY));

        assertThat(result.places()).singleElement().extracting(ExtractedPlace::start).isEqualTo(text.indexOf("سراقب"));
    }

}
