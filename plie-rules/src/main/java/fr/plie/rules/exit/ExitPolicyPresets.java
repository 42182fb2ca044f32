package fr.plie.rules.exit;

import static fr.plie.core.exit.EvidenceKind.DIPLOMA;
import static fr.plie.core.exit.EvidenceKind.EMPLOYER_CERTIFICATE;
import static fr.plie.core.exit.EvidenceKind.EMPLOYMENT_CONTRACT;
import static fr.plie.core.exit.EvidenceKind.KBIS;
import static fr.plie.core.exit.EvidenceKind.OFFICIAL_JOURNAL_PUBLICATION;
import static fr.plie.core.exit.EvidenceKind.PAYSLIP;
import static fr.plie.core.exit.EvidenceKind.SIRET_NOTICE;
import static fr.plie.core.exit.EvidenceKind.TRADE_REGISTER_EXTRACT;
import static fr.plie.core.exit.EvidenceKind.TRAINING_ATTENDANCE_CERTIFICATE;
import static fr.plie.core.exit.EvidenceKind.TRAINING_ENTRY_CERTIFICATE;

import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;

/** The named presets of {@link ExitPolicy}, each parameter with the clause it comes from. */
final class ExitPolicyPresets {
    private static final Period SIX_MONTHS = Period.ofMonths(6);

    /** The official proofs of a creation listed by seed 004: KBIS, SIRET, JO publication, trade register. */
    private static final EvidenceRequirement CREATION_PROOF =
            EvidenceRequirement.anyOf(KBIS, SIRET_NOTICE, TRADE_REGISTER_EXTRACT, OFFICIAL_JOURNAL_PUBLICATION);

    private ExitPolicyPresets() {}

    static ExitPolicy nationalGuide2010() {
        return ExitPolicy.builder()
                .name("national-guide-2010")
                // "any continuous employment of at least 6 months, attested"
                .employmentCounts(EmploymentMilestone.DURATION_THRESHOLD_MET)
                .fixedTermThreshold(SIX_MONTHS)
                .fixedTermBoundary(Boundary.INCLUSIVE)
                .consecutiveContractsAddUp(true)
                // "at least half-time, part-time only if chosen"
                .minimumWorkingTimeShare(new BigDecimal("0.5"))
                .partTimeMustBeChosen(true)
                // "CIE, apprenticeship, professionalisation contracts count"; seasonal work has its own rule
                .durableContractTypes(EnumSet.of(
                        ContractType.CDI,
                        ContractType.CDD,
                        ContractType.CIE,
                        ContractType.APPRENTICESHIP,
                        ContractType.PROFESSIONALISATION))
                // "missions totalling 6 months without interruption"; "consecutive temporary contracts totalling
                // more than 6 months count"
                .temporaryWork(TemporaryWorkRule.CONSECUTIVE_MISSIONS)
                .temporaryWorkMinimum(SIX_MONTHS)
                .temporaryWorkBoundary(Boundary.EXCLUSIVE)
                // "seasonal: 8 months worked in the last 12"
                .seasonalWorkMinimum(Option.some(Period.ofMonths(8)))
                .seasonalWorkWindow(Period.ofMonths(12))
                // "qualifying and validated; a training longer than 9 months counts after 6 months in training"
                .trainingCounts(TrainingMilestone.AT_VALIDATION)
                .trainingMustBeQualifying(true)
                .longTrainingOver(Option.some(Period.ofMonths(9)))
                .longTrainingCountsAfter(SIX_MONTHS)
                // business creation "counts"
                .creationCounts(CreationMilestone.ON_PROOF)
                .employmentEvidence(List.of(EvidenceRequirement.anyOf(EMPLOYMENT_CONTRACT, EMPLOYER_CERTIFICATE)))
                .trainingEvidence(List.of(EvidenceRequirement.anyOf(DIPLOMA, TRAINING_ATTENDANCE_CERTIFICATE)))
                .creationEvidence(List.of(CREATION_PROOF))
                .administrativeExitsInDenominator(true)
                .build();
    }

    static ExitPolicy toulouse2015To2020() {
        return ExitPolicy.builder()
                .name("toulouse-2015-2020")
                // "La sortie positive du PLIE s'effectuera à l'issue de cette période de six mois"
                .employmentCounts(EmploymentMilestone.END_OF_FOLLOW_UP)
                // "un suivi dans l'emploi ou en formation pendant 6 mois": the exit comes "à l'issue", the next day
                .followUp(SIX_MONTHS)
                .exitAfterPeriod(AfterPeriod.NEXT_DAY)
                // "CDI ou CDD de plus de 6 mois, le temps de travail ne devant pas être inférieur à un mi-temps"
                .durableContractTypes(EnumSet.of(ContractType.CDI, ContractType.CDD))
                .fixedTermThreshold(SIX_MONTHS)
                .fixedTermBoundary(Boundary.EXCLUSIVE)
                .consecutiveContractsAddUp(false)
                .minimumWorkingTimeShare(new BigDecimal("0.5"))
                .partTimeMustBeChosen(false)
                // "emplois (en contrats aidés, en missions d'intérim ou en CDD de moins de 6 mois)" are steps
                .temporaryWork(TemporaryWorkRule.NOT_COUNTED)
                // "Validation d'une formation qualifiante sanctionnée par un diplôme, un titre homologué ou un
                // certificat professionnel", after the 6-month follow-up "en formation"
                .trainingCounts(TrainingMilestone.AT_VALIDATION)
                .trainingMustBeQualifying(true)
                .trainingFollowUpRequired(true)
                // "Enregistrement officiel de l'entreprise consolidée par 6 mois d'activité"
                .creationCounts(CreationMilestone.AFTER_ACTIVITY)
                .creationConsolidation(SIX_MONTHS)
                .employmentEvidence(List.of(EvidenceRequirement.anyOf(EMPLOYMENT_CONTRACT, EMPLOYER_CERTIFICATE)))
                .trainingEvidence(List.of(EvidenceRequirement.anyOf(DIPLOMA)))
                .creationEvidence(List.of(CREATION_PROOF))
                // "50% de sorties positives des participants du PLIE ayant achevé leur parcours"
                .administrativeExitsInDenominator(true)
                .build();
    }

    static ExitPolicy grandAmienois() {
        return ExitPolicy.builder()
                .name("grand-amienois")
                // "un Contrat à Durée Indéterminé (sortie effective à la fin de la période d'essai ...)"
                .employmentCounts(EmploymentMilestone.END_OF_TRIAL_PERIOD)
                // "à la fin de la période d'essai": the day after its last day
                .exitAfterPeriod(AfterPeriod.NEXT_DAY)
                // "Suivre dans l'emploi pendant 6 mois" (the CRE's follow-up; the exit does not wait for it)
                .followUp(SIX_MONTHS)
                // "CDI temps plein et à temps partiel équivalent à un ½ temps"
                .minimumWorkingTimeShare(new BigDecimal("0.5"))
                .partTimeMustBeChosen(false)
                // "tout contrat de travail d'une durée de plus de 6 mois consécutifs"
                .durableContractTypes(EnumSet.of(
                        ContractType.CDI,
                        ContractType.CDD,
                        ContractType.SEASONAL,
                        ContractType.CIE,
                        ContractType.APPRENTICESHIP,
                        ContractType.PROFESSIONALISATION))
                .fixedTermThreshold(SIX_MONTHS)
                .fixedTermBoundary(Boundary.EXCLUSIVE)
                .consecutiveContractsAddUp(false)
                // "les missions intérimaires – au moins 6 mois dans les 12 derniers mois"
                .temporaryWork(TemporaryWorkRule.TOTAL_WITHIN_WINDOW)
                .temporaryWorkMinimum(SIX_MONTHS)
                .temporaryWorkBoundary(Boundary.INCLUSIVE)
                .temporaryWorkWindow(Period.ofMonths(12))
                // "dans les 12 derniers mois": the twelve months before the exit, not any twelve months
                .windowEnd(WindowEnd.EXIT_OR_ASSESSMENT_DATE)
                // "l'entrée en formation qualifiante sanctionnée par un diplôme, un titre homologué ou une
                // certification professionnelle"
                .trainingCounts(TrainingMilestone.AT_ENTRY)
                .trainingMustBeQualifying(true)
                // "tout document officiel justifiant la création/auto-entrep"
                .creationCounts(CreationMilestone.ON_PROOF)
                .employmentEvidence(List.of(EvidenceRequirement.anyOf(EMPLOYMENT_CONTRACT, EMPLOYER_CERTIFICATE)))
                .trainingEvidence(List.of(EvidenceRequirement.anyOf(TRAINING_ENTRY_CERTIFICATE)))
                .creationEvidence(List.of(CREATION_PROOF))
                .administrativeExitsInDenominator(true)
                .build();
    }

    static ExitPolicy boulonnais() {
        Period sixMonthsAndOneDay = Period.of(0, 6, 1);
        return ExitPolicy.from(nationalGuide2010())
                .name("boulonnais")
                // "Accompagner le participant dans son intégration professionnelle jusqu'à 6 mois et un jour après
                // celle-ci, de même que lorsqu'il intègre une formation qualifiante"
                .employmentCounts(EmploymentMilestone.END_OF_FOLLOW_UP)
                .followUp(sixMonthsAndOneDay)
                // "6 mois et un jour" already names the day of the exit: the period's last day
                .exitAfterPeriod(AfterPeriod.LAST_DAY)
                .trainingCounts(TrainingMilestone.AT_ENTRY)
                .trainingFollowUpRequired(true)
                // "les pièces probantes présentées doivent permettre d'attester la situation au moment où la sortie
                // est prononcée": a payslip or certificate of the last month, besides the contract
                .employmentEvidence(List.of(
                        EvidenceRequirement.anyOf(EMPLOYMENT_CONTRACT),
                        EvidenceRequirement.anyOf(PAYSLIP, EMPLOYER_CERTIFICATE).atMost(Period.ofMonths(1))))
                .trainingEvidence(List.of(EvidenceRequirement.anyOf(TRAINING_ATTENDANCE_CERTIFICATE, DIPLOMA)
                        .atMost(Period.ofMonths(1))))
                // "L'objectif de sortie positive est fixé à 50 % parmi l'ensemble des sorties prononcées"
                .administrativeExitsInDenominator(true)
                .build();
    }

    static ExitPolicy youthPositiveSituation() {
        return ExitPolicy.builder()
                .name("youth-positive-situation")
                // "accès à un emploi temporaire, saisonnier, à durée déterminée ou durable, à un contrat aidé, à un
                // contrat en alternance, à une formation ou un retour en scolarité": from the first day
                .employmentCounts(EmploymentMilestone.DURATION_THRESHOLD_MET)
                .fixedTermThreshold(Period.ZERO)
                .minimumWorkingTimeShare(BigDecimal.ZERO)
                .durableContractTypes(EnumSet.complementOf(EnumSet.of(ContractType.TEMPORARY_MISSION)))
                .temporaryWork(TemporaryWorkRule.CONSECUTIVE_MISSIONS)
                .temporaryWorkMinimum(Period.ZERO)
                .trainingCounts(TrainingMilestone.AT_ENTRY)
                .trainingMustBeQualifying(false)
                .creationCounts(CreationMilestone.ON_PROOF)
                .employmentEvidence(List.of(EvidenceRequirement.anyOf(EMPLOYMENT_CONTRACT, EMPLOYER_CERTIFICATE)))
                .trainingEvidence(List.of(EvidenceRequirement.anyOf(TRAINING_ENTRY_CERTIFICATE)))
                .creationEvidence(List.of(CREATION_PROOF))
                .administrativeExitsInDenominator(true)
                .build();
    }
}
