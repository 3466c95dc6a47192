package org.maydan.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Short Arabic reports we wrote ourselves, generated in any number from a seed: two or three
 * sentences each about air strikes, shelling and clashes in Idlib and Hama villages the shipped
 * gazetteer knows, published on a day of April–June 2019 by one of a few desks. Different
 * articles report the same event (place, type and day) with other figures, so ingest merges
 * sources and records disputes. The same seed gives the same articles; every article's text and
 * address are its own.
 */
public final class SyntheticArticles {

    /** Village names the shipped gazetteer resolves, as articles write them. */
    static final List<String> PLACES = List.of("كفرنبل", "سراقب", "كفرنبودة", "خان شيخون", "معرة النعمان",
            "اللطامنة", "قلعة المضيق", "كبانة", "جسر الشغور", "حيش", "التمانعة", "الهبيط", "مورك", "كفرزيتا",
            "سرمين", "بنش", "تفتناز", "محردة");
    /** Sentence patterns: {@code %1$s} the place, {@code %2$s} a number word. */
    static final List<String> PATTERNS = List.of(
            "قصفت طائرات حربية بلدة %1$s صباح اليوم، ما أدى إلى مقتل %2$s مدنيين.",
            "اندلعت اشتباكات عنيفة في محيط %1$s أمس بين فصائل المعارضة وقوات النظام.",
            "سقطت قذائف مدفعية على %1$s مساء اليوم وأصيب %2$s أشخاص.",
            "شنت طائرات مسيرة غارة على أطراف %1$s اليوم.");
    static final List<String> NUMBERS = List.of("ثلاثة", "أربعة", "خمسة", "ستة");
    static final List<String> DESKS = List.of("مكتب تجريبي أ", "مكتب تجريبي ب", "مكتب تجريبي ج", "مكتب تجريبي د");
    static final String CLOSING = "وأفاد مراسلنا بأن التقرير رقم %d أعد للاختبار.";
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 4, 1);
    static final int DAYS = 91;
    private static final String URL_BASE = "https://example.org/synthetic/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One article, in the JSON shape of {@code ingest} and {@code POST /api/articles}.
     *
     * @param id its number as text
     * @param title a headline
     * @param text two or three sentences
     * @param published its day
     * @param url its own address
     * @param source its desk
     */
    public record Article(String id, String title, String text, LocalDate published, String url, String source) {

        /** The JSON object of the article. */
        public Map<String, String> json() {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("title", title);
            json.put("text", text);
            json.put("published", published.toString());
            json.put("url", url);
            json.put("source", source);
            return json;
        }
    }

    private SyntheticArticles() {}

    /** Article number {@code number} of the series of {@code seed}: the same arguments, the same article. */
    public static Article article(long seed, long number) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(2);
        String firstPlace = null;
        for (int i = 0; i < sentences; i++) {
            String place = PLACES.get(random.nextInt(PLACES.size()));
            firstPlace = firstPlace == null ? place : firstPlace;
            text.append(String.format(PATTERNS.get(random.nextInt(PATTERNS.size())), place,
                    NUMBERS.get(random.nextInt(NUMBERS.size())))).append(' ');
        }
        text.append(String.format(CLOSING, number));
        return new Article(Long.toString(number), "تقرير ميداني عن " + firstPlace, text.toString(), published,
                URL_BASE + seed + "/" + number, DESKS.get(random.nextInt(DESKS.size())));
    }

    /** Articles 1 to {@code count} of the series of {@code seed}. */
    public static List<Article> series(long seed, int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            articles.add(article(seed, i));
        }
        return articles;
    }

    /** Writes articles as JSON Lines, the input of {@code ingest}. */
    public static void writeJsonl(List<Article> articles, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                out.write(JSON.writeValueAsString(a.json()));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
