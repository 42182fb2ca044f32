package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.interview;
import static fr.plie.core.fixture.ParcoursCommands.mobilisation;
import static fr.plie.core.fixture.ParcoursCommands.signCommitment;
import static fr.plie.core.parcours.Drive.on;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.fixture.ParcoursFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each accepted command records an event stamped by the injected clock, and bumps the version by one. */
class LifecycleEventsTest {
    @Test
    void theEventCarriesTheInstantOfTheInjectedClockNotTheBusinessDate() {
        Instant committeeEvening = Instant.parse("2024-02-01T18:30:00Z");
        ParcoursLifecycle lifecycle = new ParcoursLifecycle(Clock.fixed(committeeEvening, ZoneOffset.UTC));
        Parcours referred = ParcoursFixture.referredOn(on(2024, 1, 8)).referred();

        ParcoursChange change =
                lifecycle.handle(referred, admit(on(2024, 1, 30))).get();

        assertThat(change.event().recordedAt()).isEqualTo(committeeEvening);
        assertThat(change.event().parcours()).isEqualTo(referred.id());
        assertThat(change.event().version()).isEqualTo(change.parcours().version());
        assertThat(change.event().type()).isEqualTo("Decide");
        assertThat(change.event().command()).isEqualTo(admit(on(2024, 1, 30)));
    }

    @Test
    void eachAcceptedCommandIncreasesTheVersionByOneAndIsStampedWhenItHappens() {
        TickingClock clock = new TickingClock(Instant.parse("2024-02-01T09:00:00Z"));
        ParcoursLifecycle lifecycle = new ParcoursLifecycle(clock);
        Parcours p = ParcoursFixture.referredOn(on(2024, 1, 8)).referred();
        List<ParcoursEvent> events = new ArrayList<>();

        for (ParcoursCommand command : List.of(
                admit(on(2024, 2, 1)),
                signCommitment(on(2024, 2, 5)),
                interview(on(2024, 2, 12)),
                mobilisation("S1", on(2024, 2, 19)))) {
            ParcoursChange change = lifecycle.handle(p, command).get();
            assertThat(change.parcours().version()).isEqualTo(p.version() + 1);
            events.add(change.event());
            p = change.parcours();
        }

        assertThat(events).extracting(ParcoursEvent::version).containsExactly(2L, 3L, 4L, 5L);
        assertThat(events)
                .extracting(ParcoursEvent::recordedAt)
                .containsExactly(
                        Instant.parse("2024-02-01T09:01:00Z"),
                        Instant.parse("2024-02-01T09:02:00Z"),
                        Instant.parse("2024-02-01T09:03:00Z"),
                        Instant.parse("2024-02-01T09:04:00Z"));
        assertThat(events)
                .extracting(ParcoursEvent::type)
                .containsExactly("Decide", "SignCommitment", "RecordInterview", "StartStep");
    }

    @Test
    void aRejectedCommandDoesNotReadTheClock() {
        TickingClock clock = new TickingClock(Instant.parse("2024-02-01T09:00:00Z"));
        Parcours referred = ParcoursFixture.referredOn(on(2024, 1, 8)).referred();

        assertThat(new ParcoursLifecycle(clock)
                        .handle(referred, signCommitment(on(2024, 2, 5)))
                        .isLeft())
                .isTrue();
        assertThat(clock.reads).isZero();
    }

    /** A clock that moves one minute forward every time it is read. */
    private static final class TickingClock extends Clock {
        private final Instant start;
        private int reads;

        TickingClock(Instant start) {
            this.start = start;
        }

        @Override
        public Instant instant() {
            reads++;
            return start.plusSeconds(60L * reads);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
