package fr.plie.rules.audit;

import fr.plie.core.parcours.Parcours;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The control a PLIE runs before an ESF audit, over a stream of parcours: every recorded positive exit the rules
 * do not support (with the reason), every positive exit reachable but not proposed, every exit lacking valid
 * evidence, and totals. A recorded exit is judged on its date ({@link RecordedExitReview}); a parcours with no
 * exit on {@code asOf}. Parcours refused or never entered have nothing to control. Pure: the stream is read once.
 * Thread-safe: it keeps no state, so audits may run side by side.
 */
public final class ExitAudit {
    private ExitAudit() {}

    /**
     * The control of {@code parcours} on {@code asOf} under {@code policy}.
     *
     * @param parcours the parcours to control
     * @param asOf the day of the control
     * @param policy the exit rules applied
     * @return the report
     */
    public static AuditReport run(Stream<Parcours> parcours, LocalDate asOf, ExitPolicy policy) {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        List<AuditFinding> findings = new ArrayList<>();
        long[] counts = new long[7];
        parcours.forEach(p -> {
            counts[0]++;
            Option<RecordedExitReview> review = RecordedExitReview.of(p, asOf, policy);
            if (review.isDefined()) {
                recorded(review.get(), findings, counts);
            } else if (p.commitment().isDefined()) {
                ExitAssessment a = ExitEngine.assess(p, asOf, policy);
                if (a.isPositive()) {
                    counts[5]++;
                    findings.add(notProposed(p, a));
                }
            }
        });
        return new AuditReport(
                asOf,
                policy.name(),
                findings,
                new AuditReport.Totals(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]));
    }

    private static void recorded(RecordedExitReview review, List<AuditFinding> findings, long[] counts) {
        counts[1]++;
        RecordedExitReview.Verdict verdict = review.verdict();
        if (review.exit().category().isPositive()) {
            counts[2]++;
        }
        if (verdict.isUnsupportedPositive()) {
            counts[4]++;
            findings.add(finding(review, AuditFinding.Kind.UNSUPPORTED_POSITIVE_EXIT));
        } else if (verdict == RecordedExitReview.Verdict.POSITIVE_NOT_RECORDED) {
            counts[5]++;
            findings.add(finding(review, AuditFinding.Kind.POSITIVE_EXIT_NOT_PROPOSED));
        } else if (verdict != RecordedExitReview.Verdict.NOT_POSITIVE_AGREED) {
            counts[3]++;
            if (verdict == RecordedExitReview.Verdict.EVIDENCE_LACKING) {
                counts[6]++;
                findings.add(finding(review, AuditFinding.Kind.EVIDENCE_LACKING));
            }
        }
    }

    static AuditFinding finding(RecordedExitReview review, AuditFinding.Kind kind) {
        ExitAssessment a = review.assessment();
        return new AuditFinding(
                review.parcours(),
                kind,
                review.verdict(),
                Option.some(review.exit().category()),
                Option.some(review.exit().date()),
                a.outcome(),
                a.pronounceableFrom().orElse(a.projectedDate()),
                AuditFinding.kinds(a.missingEvidence()));
    }

    private static AuditFinding notProposed(Parcours p, ExitAssessment a) {
        return new AuditFinding(
                p.id(),
                AuditFinding.Kind.POSITIVE_EXIT_NOT_PROPOSED,
                RecordedExitReview.Verdict.POSITIVE_NOT_RECORDED,
                Option.none(),
                Option.none(),
                a.outcome(),
                a.pronounceableFrom(),
                AuditFinding.kinds(a.missingEvidence()));
    }
}
