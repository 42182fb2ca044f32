package fr.plie.adapter.jdbc;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.Step;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Applies a {@link RetentionPolicy}: {@link #plan} lists what would go (the dry run), {@link #apply} does it. The
 * last contact of a participant is the latest dated fact of their parcours: referral, decisions, commitment, step
 * starts and ends, interviews, placements, exit and its validation.
 */
public final class Retention {
    private final Settings settings;
    private final DataSource dataSource;
    private final RetentionPolicy policy;

    Retention(Settings settings, DataSource dataSource, RetentionPolicy policy) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.policy = policy;
    }

    /**
     * What the two clocks take away on {@code asOf}, changing nothing.
     *
     * @param asOf the day of the plan
     * @return the plan
     */
    public RetentionPlan plan(LocalDate asOf) {
        LocalDate contactBefore = asOf.minus(policy.personalData());
        LocalDate closedBefore = asOf.minus(policy.archive());
        Map<ParticipantId, LocalDate> lastContact = new HashMap<>();
        try (Stream<Parcours> all = new PlieRepositories(settings, UnitOfWork.own(dataSource), "plie-retention", true)
                .parcours()
                .streamAll()) {
            all.forEach(p -> lastContact.merge(p.participant(), lastContact(p), (a, b) -> a.isAfter(b) ? a : b));
        }
        TreeSet<String> erased = new TreeSet<>();
        List<ParcoursId> purged = new ArrayList<>();
        UnitOfWork.own(dataSource).atomically("planning retention", c -> {
            for (String id : withPersonalData(c)) {
                LocalDate last = lastContact.get(ParticipantId.of(id));
                if (last == null || last.isBefore(contactBefore)) {
                    erased.add(id);
                }
            }
            purged.addAll(closedBefore(c, closedBefore));
            return Either.<Rejection, Boolean>right(true);
        });
        return new RetentionPlan(erased.stream().map(ParticipantId::of).toList(), purged);
    }

    /**
     * Erases and purges what {@link #plan} lists, recording each in the audit trail as {@code actorId}.
     *
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @param asOf the day of the plan
     * @return the plan applied
     */
    public RetentionPlan apply(String actorId, LocalDate asOf) {
        RetentionPlan plan = plan(asOf);
        var repositories = new PlieRepositories(settings, UnitOfWork.own(dataSource), actorId, false);
        plan.personalDataErased().forEach(repositories.participants()::erasePersonalData);
        UnitOfWork.own(dataSource)
                .atomically(
                        "purging closed parcours",
                        c -> Either.<Rejection, Integer>right(
                                new RetentionPurge(settings).purge(c, actorId, asOf.minus(policy.archive()))));
        return plan;
    }

    static LocalDate lastContact(Parcours p) {
        LocalDate last = p.referral().date();
        for (CommitteeDecision decision : p.decisions()) {
            last = later(last, decision.date());
        }
        if (p.commitment().isDefined()) {
            last = later(last, p.commitment().get().signedOn());
        }
        for (Step step : p.steps()) {
            last = later(later(last, step.start()), step.end().getOrNull());
        }
        for (Interview interview : p.interviews()) {
            last = later(last, interview.date());
        }
        for (JobOfferPlacement placement : p.placements()) {
            last = later(last, placement.date());
        }
        if (p.exit().isDefined()) {
            last = later(last, p.exit().get().date());
            last = later(last, p.exit().get().validation().map(v -> v.date()).getOrNull());
        }
        return last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private Set<String> withPersonalData(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT participant_id FROM " + settings.tables().personalData);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private List<ParcoursId> closedBefore(Connection c, LocalDate day) throws SQLException {
        List<ParcoursId> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + settings.tables().parcours
                + " WHERE closed_on IS NOT NULL AND closed_on < ? ORDER BY id")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(ParcoursId.of(rs.getString(1)));
                }
            }
        }
        return ids;
    }
}
