package fr.plie.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.server.config.PlieSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {
    @Test
    void atMostTheConfiguredNumberOfAssessmentsComputeAtOnceAndEveryOneIsAnswered() throws Exception {
        Admission admission = new Admission(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int request = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return admission.inTurn(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep();
                        running.decrementAndGet();
                        return request;
                    });
                }));
            }
            start.countDown();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aFailedComputationGivesBackItsTurn() {
        Admission admission = new Admission(1);

        assertThatThrownBy(() -> admission.inTurn(() -> {
                    throw new IllegalStateException("bad document");
                }))
                .hasMessage("bad document");
        assertThat(admission.inTurn(() -> "next")).isEqualTo("next");
    }

    @Test
    void theNumberOfTurnsIsTheProcessorsByDefaultAndANegativeOneIsRefusedByName() {
        assertThat(settings(null).assessmentConcurrency())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings(0).assessmentConcurrency()).isZero();
        assertThatThrownBy(() -> settings(-1)).hasMessageContaining("plie.assessment-concurrency");
    }

    private static PlieSettings settings(Integer concurrency) {
        return new PlieSettings(null, null, null, Map.of(), Map.of(), 0, null, false, concurrency);
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
