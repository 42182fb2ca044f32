package fr.plie.benchmarks.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline: the parcours document as plain records with the same fields and JSON shape, bound by Jackson
 * with no validation, no Option, no immutable core types. What a team would write without plie.
 */
record PlainParcours(
        String formatVersion,
        String id,
        String participantId,
        long version,
        String status,
        Referral referral,
        List<Decision> decisions,
        Commitment commitment,
        List<Referent> referents,
        List<Step> steps,
        List<Interview> interviews,
        List<Placement> placements,
        Exit exit) {
    record Referral(String prescriberKind, String prescriberOrganisation, LocalDate date, List<String> reasons) {}

    record Decision(String type, LocalDate date, String reason, String alternativeProposed, LocalDate reviewOn) {}

    record Commitment(LocalDate signedOn, List<String> objectives) {}

    record Referent(String referent, LocalDate from) {}

    record Step(
            String id,
            LocalDate start,
            LocalDate end,
            Detail detail,
            List<String> objectives,
            String operator,
            String financedAction) {}

    record Detail(
            String kind,
            String barrier,
            Boolean qualifying,
            String certificationCode,
            LocalDate plannedEnd,
            String result,
            LocalDate resultOn,
            String contractType,
            Employer employer,
            LocalDate trialPeriodEnd,
            BigDecimal weeklyHours,
            BigDecimal referenceWeeklyHours,
            Boolean partTimeChosen,
            Employer host,
            LocalDate registeredOn,
            String siret,
            LocalDate activityStart) {}

    record Employer(String name, String siret, String sector, String kind) {}

    record Interview(LocalDate date, String mode, String synthesis, String author) {}

    record Placement(String offerReference, LocalDate date, String result, String reasons) {}

    record Exit(LocalDate date, String category, List<Evidence> evidence, Validation validation) {}

    record Evidence(String kind, LocalDate issuedOn, String reference) {}

    record Validation(LocalDate date, String committee) {}
}
