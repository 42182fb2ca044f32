package fr.plie.spring.boot;

import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursFilter;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.ParticipantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The parcours repository timed in Micrometer: {@code plie.parcours.repository} tagged with the operation and
 * its outcome ({@code ok}, or the rejection's stable code such as {@code parcours.stale-version}). Tags carry no
 * identifier, so the series stay few and no personal data reaches the metrics.
 */
final class TimedParcoursRepository implements ParcoursRepository {
    static final String METER = "plie.parcours.repository";

    private final ParcoursRepository delegate;
    private final MeterRegistry registry;

    TimedParcoursRepository(ParcoursRepository delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public Option<Parcours> findById(ParcoursId id) {
        return timed("findById", () -> delegate.findById(id));
    }

    @Override
    public List<Parcours> findByParticipant(ParticipantId participant) {
        return timed("findByParticipant", () -> delegate.findByParticipant(participant));
    }

    @Override
    public Either<Rejection, Parcours> save(Parcours parcours, long expectedVersion) {
        Timer.Sample sample = Timer.start(registry);
        Either<Rejection, Parcours> saved = delegate.save(parcours, expectedVersion);
        sample.stop(timer("save", saved.isLeft() ? saved.getLeft().code() : "ok"));
        return saved;
    }

    @Override
    public List<Parcours> page(ParcoursFilter filter, Option<ParcoursId> after, int limit) {
        return timed("page", () -> delegate.page(filter, after, limit));
    }

    /** Streams are lazy: what they cost is the caller's consumption, not timed here. */
    @Override
    public Stream<Parcours> streamActiveIn(ReportingPeriod period) {
        return delegate.streamActiveIn(period);
    }

    @Override
    public Stream<Parcours> streamAll() {
        return delegate.streamAll();
    }

    private <T> T timed(String operation, Supplier<T> call) {
        return timer(operation, "ok").record(call);
    }

    private Timer timer(String operation, String outcome) {
        return Timer.builder(METER)
                .description("Calls to plie's parcours repository")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry);
    }
}
