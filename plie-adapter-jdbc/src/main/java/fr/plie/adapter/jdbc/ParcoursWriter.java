package fr.plie.adapter.jdbc;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.Employer;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Siret;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.Training;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Writes parcours as rows: one root row, child rows for every list of the aggregate, in batches. */
final class ParcoursWriter {
    private static final String ROOT_COLUMNS = "participant_id, version, status, prescriber_kind,"
            + " prescriber_organisation, referral_date, entry_date, exit_date, closed_on, exit_proposed_date,"
            + " exit_category, exit_validated_on, exit_committee, decision_count, referent_count, step_count,"
            + " interview_count, placement_count, evidence_count";
    private static final int ROOT_VALUES = 19;

    private final Tables t;

    ParcoursWriter(Tables tables) {
        this.t = tables;
    }

    void insertRoots(Connection c, Collection<Parcours> all) throws SQLException {
        try (Batch b = new Batch(
                c,
                "INSERT INTO " + t.parcours + " (" + ROOT_COLUMNS + ", id) VALUES (" + marks(ROOT_VALUES + 1) + ")")) {
            for (Parcours p : all) {
                bindRoot(b.row(), p);
                b.row().setString(ROOT_VALUES + 1, p.id().value());
                b.add();
            }
            b.flush();
        }
    }

    /** Updates the root row if it still has {@code expectedVersion}; returns the number of rows updated. */
    int updateRoot(Connection c, Parcours p, long expectedVersion) throws SQLException {
        String set = String.join(" = ?, ", ROOT_COLUMNS.split(",\\s*")) + " = ?";
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE " + t.parcours + " SET " + set + " WHERE id = ? AND version = ?")) {
            bindRoot(ps, p);
            ps.setString(ROOT_VALUES + 1, p.id().value());
            ps.setLong(ROOT_VALUES + 2, expectedVersion);
            return ps.executeUpdate();
        }
    }

    void deleteChildren(Connection c, String parcoursId) throws SQLException {
        for (String table : t.parcoursChildren()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE parcours_id = ?")) {
                ps.setString(1, parcoursId);
                ps.executeUpdate();
            }
        }
    }

    void insertChildren(Connection c, Collection<Parcours> all) throws SQLException {
        try (Batch decisions = new Batch(c, insert(t.decision, 7));
                Batch referents = new Batch(c, insert(t.referent, 4));
                Batch steps = new Batch(c, insert(t.step, 26));
                Batch texts = new Batch(c, insert(t.text, 5));
                Batch interviews = new Batch(c, insert(t.interview, 6));
                Batch placements = new Batch(c, insert(t.placement, 6));
                Batch evidence = new Batch(c, insert(t.evidence, 5))) {
            for (Parcours p : all) {
                String id = p.id().value();
                texts(texts, id, "R", 0, p.referral().reasons());
                if (p.commitment().isDefined()) {
                    texts(texts, id, "C", 0, p.commitment().get().objectives());
                }
                int pos = 0;
                for (CommitteeDecision d : p.decisions()) {
                    decision(decisions.row(), id, pos++, d);
                    decisions.add();
                }
                pos = 0;
                for (ReferentAssignment a : p.referents()) {
                    PreparedStatement ps = referents.row();
                    ps.setString(1, id);
                    ps.setInt(2, pos++);
                    ps.setString(3, a.referent().value());
                    Sql.date(ps, 4, a.from());
                    referents.add();
                }
                pos = 0;
                for (Step s : p.steps()) {
                    step(steps.row(), id, pos, s);
                    steps.add();
                    texts(texts, id, "S", pos++, s.objectives());
                }
                pos = 0;
                for (Interview i : p.interviews()) {
                    PreparedStatement ps = interviews.row();
                    ps.setString(1, id);
                    ps.setInt(2, pos++);
                    Sql.date(ps, 3, i.date());
                    ps.setString(4, i.mode().name());
                    ps.setString(5, i.synthesis());
                    ps.setString(6, i.author().value());
                    interviews.add();
                }
                pos = 0;
                for (JobOfferPlacement j : p.placements()) {
                    PreparedStatement ps = placements.row();
                    ps.setString(1, id);
                    ps.setInt(2, pos++);
                    ps.setString(3, j.offerReference());
                    Sql.date(ps, 4, j.date());
                    ps.setString(5, j.result().name());
                    Sql.text(ps, 6, j.reasons());
                    placements.add();
                }
                pos = 0;
                for (Evidence e : p.exit().map(Exit::evidence).getOrElse(List.of())) {
                    PreparedStatement ps = evidence.row();
                    ps.setString(1, id);
                    ps.setInt(2, pos++);
                    ps.setString(3, e.kind().name());
                    Sql.date(ps, 4, e.issuedOn());
                    ps.setString(5, e.reference());
                    evidence.add();
                }
            }
            for (Batch b : List.of(decisions, referents, steps, texts, interviews, placements, evidence)) {
                b.flush();
            }
        }
    }

    private static void bindRoot(PreparedStatement ps, Parcours p) throws SQLException {
        ps.setString(1, p.participant().value());
        ps.setLong(2, p.version());
        ps.setString(3, p.status().name());
        ps.setString(4, p.referral().prescriberKind().name());
        ps.setString(5, p.referral().prescriberOrganisation());
        Sql.date(ps, 6, p.referral().date());
        Sql.date(ps, 7, p.entryDate());
        Sql.date(ps, 8, p.exitDate());
        Sql.date(ps, 9, closedOn(p));
        Sql.date(ps, 10, p.exit().map(Exit::date));
        Sql.text(ps, 11, p.exit().map(e -> e.category().name()));
        Sql.date(ps, 12, p.exit().flatMap(Exit::validation).map(ExitValidation::date));
        Sql.text(ps, 13, p.exit().flatMap(Exit::validation).map(ExitValidation::committee));
        ps.setInt(14, p.decisions().size());
        ps.setInt(15, p.referents().size());
        ps.setInt(16, p.steps().size());
        ps.setInt(17, p.interviews().size());
        ps.setInt(18, p.placements().size());
        ps.setInt(19, p.exit().map(e -> e.evidence().size()).getOrElse(0));
    }

    /** The day a parcours closed, from which its retention period runs: validated exit or refusal. */
    static Option<java.time.LocalDate> closedOn(Parcours p) {
        if (p.exitDate().isDefined()) {
            return p.exit().flatMap(Exit::validation).map(ExitValidation::date);
        }
        if (p.status().isFinal() && !p.decisions().isEmpty()) {
            return Option.some(p.decisions().get(p.decisions().size() - 1).date());
        }
        return Option.none();
    }

    private static void decision(PreparedStatement ps, String id, int pos, CommitteeDecision d) throws SQLException {
        ps.setString(1, id);
        ps.setInt(2, pos);
        Sql.date(ps, 4, d.date());
        if (d instanceof CommitteeDecision.Admitted) {
            ps.setString(3, "ADMITTED");
            Sql.text(ps, 5, Option.none());
            Sql.text(ps, 6, Option.none());
            Sql.date(ps, 7, Option.none());
        } else if (d instanceof CommitteeDecision.Refused r) {
            ps.setString(3, "REFUSED");
            ps.setString(5, r.reason());
            ps.setString(6, r.alternativeProposed());
            Sql.date(ps, 7, Option.none());
        } else if (d instanceof CommitteeDecision.Postponed pp) {
            ps.setString(3, "POSTPONED");
            ps.setString(5, pp.reason());
            Sql.text(ps, 6, Option.none());
            Sql.date(ps, 7, pp.reviewOn());
        } else {
            throw new IllegalArgumentException("unknown decision " + d.getClass());
        }
    }

    private static void step(PreparedStatement ps, String id, int pos, Step s) throws SQLException {
        ps.setString(1, id);
        ps.setInt(2, pos);
        ps.setString(3, s.id().value());
        ps.setString(4, s.kind().name());
        Sql.date(ps, 5, s.start());
        Sql.date(ps, 6, s.end());
        Sql.text(ps, 7, s.operator());
        Sql.text(ps, 8, s.financedAction());
        StepDetail d = s.detail();
        Option<Employer> employer = Option.none();
        Option<Siret> siret = Option.none();
        Sql.text(
                ps,
                9,
                d instanceof StepDetail.BarrierAction b
                        ? Option.some(b.barrier().name())
                        : Option.none());
        Option<Training> training = s.training();
        Sql.bool(ps, 10, training.map(Training::qualifying));
        Sql.text(ps, 11, training.flatMap(Training::certificationCode));
        Option<java.time.LocalDate> plannedEnd = training.flatMap(Training::plannedEnd);
        Sql.text(ps, 13, training.map(tr -> tr.result().name()));
        Sql.date(ps, 14, training.flatMap(Training::resultOn));
        Option<Employment> employment = s.employment();
        if (employment.isDefined()) {
            employer = employment.map(Employment::employer);
            plannedEnd = employment.get().plannedEnd();
        } else if (d instanceof Immersion im) {
            employer = Option.some(im.host());
        }
        Sql.date(ps, 12, plannedEnd);
        Sql.text(ps, 15, employment.map(e -> e.contractType().name()));
        Sql.text(ps, 16, employer.map(Employer::name));
        Option<BusinessCreation> creation = s.businessCreation();
        siret = employer.isDefined() ? employer.flatMap(Employer::siret) : creation.flatMap(BusinessCreation::siret);
        Sql.text(ps, 17, siret.map(Siret::value));
        Sql.text(ps, 18, employer.flatMap(Employer::sector));
        Sql.text(ps, 19, employer.map(e -> e.kind().name()));
        Sql.date(ps, 20, employment.flatMap(Employment::trialPeriodEnd));
        Sql.text(ps, 21, employment.map(Employment::weeklyHours).map(BigDecimal::toString));
        Sql.text(ps, 22, employment.map(Employment::referenceWeeklyHours).map(BigDecimal::toString));
        Sql.bool(ps, 23, employment.map(Employment::partTimeChosen));
        Sql.date(ps, 24, creation.flatMap(BusinessCreation::registeredOn));
        Sql.date(ps, 25, creation.flatMap(BusinessCreation::activityStart));
        Sql.bool(ps, 26, employment.map(Employment::trialPeriodEndUnknown));
    }

    private static void texts(Batch texts, String id, String kind, int owner, List<String> items) throws SQLException {
        int pos = 0;
        for (String item : items) {
            PreparedStatement ps = texts.row();
            ps.setString(1, id);
            ps.setString(2, kind);
            ps.setInt(3, owner);
            ps.setInt(4, pos++);
            ps.setString(5, item);
            texts.add();
        }
    }

    private static String insert(String table, int columns) {
        return "INSERT INTO " + table + " VALUES (" + marks(columns) + ")";
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
