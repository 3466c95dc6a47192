package org.maydan.gazetteer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void computesEachSpellingOnceAcrossCalls() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<Integer> memo = new WordMemo<>(10, w -> {
            calls.incrementAndGet();
            return w.length();
        });
        assertThat(memo.get("بلدة")).isEqualTo(4);
        assertThat(memo.get("بلدة")).isEqualTo(4);
        assertThat(memo.get("قرية")).isEqualTo(4);
        assertThat(calls).hasValue(2);
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void startsOverAtItsCapacitySoUnseenWordsCannotGrowItWithoutBound() {
        WordMemo<String> memo = new WordMemo<>(3, w -> w);
        for (int i = 0; i < 1000; i++) {
            assertThat(memo.get("كلمة" + i)).isEqualTo("كلمة" + i);
            assertThat(memo.size()).isLessThanOrEqualTo(memo.capacity());
        }
    }

    @Test
    void forgetAllEmptiesEveryMemoOnItsNextUse() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<Integer> memo = new WordMemo<>(w -> calls.incrementAndGet());
        memo.get("مدينة");
        assertThat(memo.get("مدينة")).isEqualTo(1);
        WordMemo.forgetAll();
        assertThat(memo.get("مدينة")).isEqualTo(2);
    }

    @Test
    void theWordsOfTwoTextsWrittenAlikeShareOneValue() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<String> memo = new WordMemo<>(w -> {
            calls.incrementAndGet();
            return w;
        });
        Word first = TokenizedText.of("قصفت الطائرات البلدة").tokens().get(2).word();
        Word second = TokenizedText.of("دخلت القوات البلدة").tokens().get(2).word();
        assertThat(memo.get(first)).isEqualTo("البلده");
        assertThat(memo.get(second)).isSameAs(memo.get(first));
        assertThat(calls).hasValue(1);
    }

    @Test
    void threadsAskingForTheSameSpellingGetOneValue() throws Exception {
        WordMemo<Object> memo = new WordMemo<>(w -> new Object());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                got.add(pool.submit(() -> memo.get("حي")));
            }
            Object first = got.get(0).get();
            for (Future<Object> f : got) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new WordMemo<>(0, w -> w)).isInstanceOf(IllegalArgumentException.class);
    }
}
