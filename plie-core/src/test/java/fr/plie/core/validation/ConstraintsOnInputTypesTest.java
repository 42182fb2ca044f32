package fr.plie.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referent;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the Jakarta Validation provider found on the class path (Hibernate Validator) over the types that user
 * input fills, and reads its findings as a user would: the path of the faulty field and the message, in French
 * and in English (plie's texts live in {@code ContributorValidationMessages*.properties}).
 */
class ConstraintsOnInputTypesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final ValidatorFactory FRENCH = factory(Locale.FRENCH);
    private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

    /** A factory whose messages are always rendered in {@code locale}, whatever the JVM's default. */
    private static ValidatorFactory factory(Locale locale) {
        MessageInterpolator standard =
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        MessageInterpolator fixed = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return standard.interpolate(template, context, locale);
            }
        };
        return Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(fixed)
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        FRENCH.close();
        ENGLISH.close();
    }

    /** "path: message" for each violation, sorted. */
    private static List<String> violations(ValidatorFactory factory, Object input) {
        Validator validator = factory.getValidator();
        return validator.validate(input).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.toList());
    }

    @Test
    void realisticInputsAreValid() {
        Employment cdi = ParcoursFixture.employmentOf(ContractType.CDI, new BigDecimal("24"));
        List<Object> inputs = List.of(
                ParcoursFixture.referredOn(DAY).referral(),
                new CommitteeDecision.Refused(DAY, "Projet non stabilisé", "Orientation vers la Mission Locale"),
                new Interview(DAY, InterviewMode.PHONE, "Point sur les candidatures.", ReferentId.of("REF-01")),
                cdi,
                Step.of(StepId.of("S1"), DAY, cdi).withObjectives(List.of("Tenir le poste")),
                ProfileFixture.participant("P-0042"),
                new ParcoursCommand.ProposeExit(
                        DAY,
                        ExitCategory.POSITIVE_EMPLOYMENT,
                        List.of(new Evidence(EvidenceKind.PAYSLIP, DAY, "GED-1"))),
                new Referent(ReferentId.of("REF-01"), new BigDecimal("0.8")));

        for (Object input : inputs) {
            assertThat(violations(FRENCH, input)).as("%s", input.getClass()).isEmpty();
        }
    }

    @Test
    void aReferralNamesItsPrescriberAndGivesNonBlankReasons() {
        Referral referral = new Referral(PrescriberKind.CCAS, " ", DAY, List.of("DELD", ""));

        assertThat(violations(FRENCH, referral))
                .containsExactly(
                        "prescriberOrganisation: ne doit pas être vide",
                        "reasons[1].<list element>: ne doit pas être vide");
        assertThat(violations(ENGLISH, referral))
                .containsExactly(
                        "prescriberOrganisation: must not be blank", "reasons[1].<list element>: must not be blank");
    }

    @Test
    void aRefusalWithoutAnAlternativeIsInvalid_seed002() {
        CommitteeDecision.Refused refused = new CommitteeDecision.Refused(DAY, "Projet non stabilisé", "");

        assertThat(violations(FRENCH, refused))
                .containsExactly(
                        "alternativeProposed: un refus doit s'accompagner d'une alternative proposée au candidat");
        assertThat(violations(ENGLISH, refused))
                .containsExactly(
                        "alternativeProposed: a refusal must come with an alternative proposed to the candidate");
        assertThat(violations(ENGLISH, new ParcoursCommand.Decide(refused)))
                .as("the command cascades to its decision")
                .containsExactly(
                        "decision.alternativeProposed: a refusal must come with an alternative proposed to the candidate");
    }

    @Test
    void anInterviewWithoutSynthesisIsInvalid_seed002() {
        Interview interview = new Interview(DAY, InterviewMode.FACE_TO_FACE, "\t", ReferentId.of("REF-01"));

        assertThat(violations(FRENCH, interview))
                .containsExactly("synthesis: tout entretien doit être formalisé par une synthèse");
        assertThat(violations(ENGLISH, new ParcoursCommand.RecordInterview(interview)))
                .containsExactly("interview.synthesis: every interview must be recorded with a synthesis");
    }

    /**
     * Employment is an Immutables class: before the private getters were added, Hibernate Validator ignored the
     * constraints on its accessors and this test saw no violation at all.
     */
    @Test
    void weeklyHoursAreAboveZeroAndAtMostFortyEight() {
        Employment none = ParcoursFixture.employmentOf(ContractType.CDD, BigDecimal.ZERO);
        Employment sixty = ParcoursFixture.employmentOf(ContractType.CDD, new BigDecimal("60"));

        assertThat(violations(FRENCH, none))
                .containsExactly("weeklyHours: la durée hebdomadaire doit être supérieure à 0");
        assertThat(violations(ENGLISH, none)).containsExactly("weeklyHours: weekly hours must be greater than 0");
        assertThat(violations(FRENCH, sixty))
                .containsExactly("weeklyHours: la durée hebdomadaire ne peut pas dépasser 48 heures");
        assertThat(violations(ENGLISH, sixty)).containsExactly("weeklyHours: weekly hours cannot exceed 48");
        assertThat(violations(ENGLISH, ParcoursFixture.employmentOf(ContractType.CDD, new BigDecimal("48"))))
                .isEmpty();
    }

    @Test
    void aStepIsValidatedWithItsDetailAndObjectives() {
        Employment anonymousEmployer = Employment.builder()
                .contractType(ContractType.CDI)
                .employer(Employer.of("", EmployerKind.PRIVATE))
                .weeklyHours(new BigDecimal("60"))
                .build();
        Step step = Step.of(StepId.of("S1"), DAY, anonymousEmployer).withObjectives(List.of("Permis B", " "));

        assertThat(violations(ENGLISH, new ParcoursCommand.StartStep(step)))
                .containsExactly(
                        "step.detail.employer.name: must not be blank",
                        "step.detail.weeklyHours: weekly hours cannot exceed 48",
                        "step.objectives[1].<list element>: must not be blank");
        assertThat(violations(
                        FRENCH,
                        Step.of(StepId.of("S2"), DAY, new StepDetail.Mobilisation())
                                .withObjectives(List.of(""))))
                .containsExactly("objectives[0].<list element>: ne doit pas être vide");
    }

    @Test
    void evidenceNamesWhereTheDocumentIsFiled() {
        ParcoursCommand.ProposeExit exit = new ParcoursCommand.ProposeExit(
                DAY,
                ExitCategory.POSITIVE_EMPLOYMENT,
                List.of(new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, DAY, "")));

        assertThat(violations(FRENCH, exit)).containsExactly("evidence[0].reference: ne doit pas être vide");
        assertThat(violations(ENGLISH, exit)).containsExactly("evidence[0].reference: must not be blank");
    }

    /** Option is Vavr's: plie's value extractor lets the validator look inside and name the field plainly. */
    @Test
    void aMalformedEmailIsReportedOnTheEmailField() {
        PersonalData data =
                new PersonalData("Nadia", "Benali", Option.some("nadia.benali@"), Option.none(), Option.none());

        assertThat(violations(FRENCH, data))
                .containsExactly("email: doit être une adresse électronique syntaxiquement correcte");
        assertThat(violations(ENGLISH, data)).containsExactly("email: must be a well-formed email address");
        assertThat(violations(
                        ENGLISH,
                        new Participant(
                                ParticipantId.of("P-1"),
                                ProfileFixture.longTermJobSeeker().build(),
                                Option.some(data))))
                .containsExactly("personalData.email: must be a well-formed email address");
    }

    /** Profile is an Immutables class too: its birth date constraint was invisible before the fix. */
    @Test
    void aBirthDateIsInThePast() {
        Participant unborn = new Participant(
                ParticipantId.of("P-1"),
                ProfileFixture.longTermJobSeeker()
                        .birthDate(LocalDate.of(2999, 1, 1))
                        .build(),
                Option.none());

        assertThat(violations(FRENCH, unborn)).containsExactly("profile.birthDate: doit être une date dans le passé");
        assertThat(violations(ENGLISH, unborn)).containsExactly("profile.birthDate: must be a past date");
    }

    @Test
    void aPlacementNamesItsOfferAndAReferentWorksBetweenZeroAndOneFullTimeEquivalent() {
        JobOfferPlacement placement = new JobOfferPlacement("", DAY, PlacementResult.PENDING, Option.none());

        assertThat(violations(ENGLISH, placement)).containsExactly("offerReference: must not be blank");
        assertThat(violations(ENGLISH, new Referent(ReferentId.of("REF-01"), BigDecimal.ZERO)))
                .containsExactly("fte: must be greater than 0");
        assertThat(violations(FRENCH, new Referent(ReferentId.of("REF-01"), new BigDecimal("1.5"))))
                .containsExactly("fte: doit être inférieur ou égal à 1");
        assertThat(violations(ENGLISH, new CommitmentContract(DAY, List.of(""))))
                .containsExactly("objectives[0].<list element>: must not be blank");
    }
}
