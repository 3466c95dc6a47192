package org.maydan.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticleStore;
import org.maydan.article.NewArticle;
import org.maydan.event.EventPlace;
import org.maydan.event.EventStore;
import org.maydan.event.Evidence;
import org.maydan.event.NewEvent;
import org.maydan.event.Span;
import org.maydan.event.SubEventType;
import org.maydan.system.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled sample reports ({@value #RESOURCE}) into an empty store at start, so that a
 * first run shows a populated map. The reports are our own short texts; their events and evidence
 * spans are declared beside them and recorded through the same ports ingest will use. All or
 * nothing: one transaction, so an interrupted load is retried at the next start.
 */
@Component
public class SampleDataLoader implements ApplicationRunner {

    /** The sample reports on the class path. */
    public static final String RESOURCE = "sample-data/spring-2019.json";
    private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);
    private static final String SENTENCE_SEPARATOR = " ";

    private final StoreProperties store;
    private final SampleDataProperties sampleData;
    private final ArticleStore articles;
    private final EventStore events;
    private final TransactionTemplate transaction;
    private final ObjectMapper mapper;

    public SampleDataLoader(StoreProperties store, SampleDataProperties sampleData, ArticleStore articles,
            EventStore events, TransactionTemplate transaction, ObjectMapper mapper) {
        this.store = store;
        this.sampleData = sampleData;
        this.articles = articles;
        this.events = events;
        this.transaction = transaction;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!sampleData.enabledFor(store.store())) {
            return;
        }
        SampleData data;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            data = mapper.readValue(in, SampleData.class);
        }
        Integer loaded = transaction.execute(status -> events.count() == 0 ? load(data) : 0);
        if (loaded != null && loaded > 0) {
            LOG.info("Store was empty: loaded {} sample reports with {} events from {}",
                    data.reports().size(), events.count(), RESOURCE);
        }
    }

    private int load(SampleData data) {
        int recorded = 0;
        for (Report report : data.reports()) {
            String text = String.join(SENTENCE_SEPARATOR, report.sentences());
            long articleId = articles.save(new NewArticle(null, report.title(), report.source(),
                    report.published(), text)).id();
            for (ReportedEvent reported : report.events()) {
                events.record(newEvent(data, reported), evidence(articleId, report, reported));
                recorded++;
            }
        }
        return recorded;
    }

    private static NewEvent newEvent(SampleData data, ReportedEvent e) {
        SamplePlace p = data.places().get(e.place());
        if (p == null) {
            throw new IllegalStateException(RESOURCE + ": unknown place key " + e.place());
        }
        SubEventType type = SubEventType.fromLabel(e.subEventType())
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown type " + e.subEventType()));
        return new NewEvent(type, new EventPlace(p.ref(), p.name(), p.nameAr(), p.admin1(), p.admin2(), p.latitude(),
                p.longitude()), e.date(), orExact(e.timePrecision()), orExact(e.geoPrecision()));
    }

    private static Evidence evidence(long articleId, Report report, ReportedEvent e) {
        int sentenceStart = 0;
        for (int i = 0; i < e.sentence(); i++) {
            sentenceStart += report.sentences().get(i).length() + SENTENCE_SEPARATOR.length();
        }
        String sentence = report.sentences().get(e.sentence());
        return new Evidence(articleId, sentence, new Span(sentenceStart, sentenceStart + sentence.length()),
                within(sentence, sentenceStart, e.surface()), within(sentence, sentenceStart, e.trigger()),
                e.fatalities());
    }

    private static Span within(String sentence, int sentenceStart, String words) {
        int at = sentence.indexOf(words);
        if (at < 0) {
            throw new IllegalStateException(RESOURCE + ": '" + words + "' is not in '" + sentence + "'");
        }
        return new Span(sentenceStart + at, sentenceStart + at + words.length());
    }

    private static int orExact(@Nullable Integer precision) {
        return precision == null ? NewEvent.EXACT : precision;
    }

    /** The resource's shape. */
    record SampleData(String note, Map<String, SamplePlace> places, List<Report> reports) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SamplePlace(String ref, String name, String nameAr, String admin1, @Nullable String admin2,
            double latitude, double longitude) {}

    record Report(String title, String source, LocalDate published, List<String> sentences,
            List<ReportedEvent> events) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReportedEvent(String subEventType, String place, LocalDate date, @Nullable Integer timePrecision,
            @Nullable Integer geoPrecision, int sentence, String surface, String trigger,
            @Nullable Integer fatalities) {}
}
