package org.shouwang.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordEncoderTest {

    /** A hash that takes as long as the test lets it, and counts how many run at once. */
    private static final class Gauge implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(2);

        private <T> T hash(T result) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return result;
        }

        @Override
        public String encode(CharSequence raw) {
            return hash("hashed:" + raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return hash(encoded.equals("hashed:" + raw));
        }
    }

    @Test
    void no_more_hashes_run_at_once_than_it_allows_and_every_caller_gets_its_answer() throws Exception {
        Gauge gauge = new Gauge();
        PasswordEncoder bounded = new BoundedPasswordEncoder(gauge, 2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String raw = "pw" + i;
                checks.add(pool.submit(() -> bounded.matches(raw, hashOf(raw))));
            }
            assertThat(gauge.entered.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // the other six had every chance to start
            assertThat(gauge.running.get()).isEqualTo(2);
            gauge.release.countDown();
            for (Future<Boolean> check : checks) {
                assertThat(check.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(gauge.most.get()).isEqualTo(2);
            assertThat(bounded.encode("x")).isEqualTo("hashed:x");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void at_least_one_check_must_be_allowed() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new Gauge(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hashOf(String raw) {
        return "hashed:" + raw;
    }
}
