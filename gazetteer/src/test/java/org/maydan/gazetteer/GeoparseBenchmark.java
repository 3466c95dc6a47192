package org.maydan.gazetteer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throughput of {@link Geoparser#places} on one thread, on generated 4 KB articles: sentences of
 * our own with settlement names drawn from the gazetteer. Prints articles per second.
 *
 * <pre>
 * java -cp ... org.maydan.gazetteer.GeoparseBenchmark [ARTICLES]
 * </pre>
 */
public final class GeoparseBenchmark {

    static final int ARTICLE_CHARS = 4096;
    static final int DEFAULT_ARTICLES = 5000;
    static final int WARMUP_ROUNDS = 2;
    private static final long SEED = 42;
    private static final String[] SENTENCES = {
        "قصفت طائرات حربية بلدة %s في ريف حماة الشمالي صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.",
        "وقال ناشطون إن قوات النظام استهدفت بالمدفعية الثقيلة قرية %s وأطراف %s.",
        "وتدور اشتباكات عنيفة على محور %s بين فصائل المعارضة وقوات النظام منذ يومين.",
        "ونزح مئات الأهالي من %s باتجاه المخيمات القريبة من الحدود التركية.",
        "وأعلنت روسيا وقف إطلاق النار في إدلب، لكن القصف استمر على %s و%s.",
        "وذكر مراسلنا أن فرق الدفاع المدني انتشلت جثث الضحايا من تحت الأنقاض في مدينة %s.",
    };

    private GeoparseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ARTICLES;
        Gazetteer gazetteer = Gazetteer.load(GazetteerConfig.defaults());
        Geoparser geoparser = new Geoparser(gazetteer);
        List<String> names = gazetteer.places().stream()
                .filter(p -> p.kind().isSettlement() && "SY".equals(p.country()))
                .map(Place::nameAr).filter(n -> !n.isBlank()).toList();
        List<String> articles = articles(names, count);
        long chars = articles.stream().mapToLong(String::length).sum();
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            run(geoparser, articles);
        }
        long start = System.nanoTime();
        long places = run(geoparser, articles);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d articles, %.1f KB each, %d places: %.0f articles/s, %.3f ms/article%n",
                count, chars / 1024.0 / count, places, count / seconds, seconds * 1000 / count);
    }

    private static long run(Geoparser geoparser, List<String> articles) {
        long places = 0;
        for (String article : articles) {
            places += geoparser.places(article).size();
        }
        return places;
    }

    private static List<String> articles(List<String> names, int count) {
        Random random = new Random(SEED);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(ARTICLE_CHARS + 200);
            while (text.length() < ARTICLE_CHARS) {
                String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
                Object[] fill = {names.get(random.nextInt(names.size())),
                    names.get(random.nextInt(names.size()))};
                text.append(String.format(sentence, fill)).append(i % 3 == 0 ? "\n" : " ");
            }
            out.add(text.toString());
        }
        return out;
    }
}
