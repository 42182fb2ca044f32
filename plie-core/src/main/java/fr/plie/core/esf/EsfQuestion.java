package fr.plie.core.esf;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The questions of the ESF+ participant data (Regulation (EU) 2021/1057, Annex I, and the French managing
 * authority's questionnaire, which also asks the household situation). Each question has its stage, the codes a
 * given answer takes, and the non-answers the rules allow: "refused" and "unknown" for the sensitive questions
 * (disability, nationality, foreign background, minority, housing, which the participant may decline to
 * disclose), "unknown" and "unreachable" after the exit.
 */
public enum EsfQuestion {
    /** Unemployed, inactive or employed at entry (EECO02, EECO04, EECO05). */
    LABOUR_MARKET_STATUS(EsfStage.ENTRY, "EECO02/04/05", List.of("UNEMPLOYED", "INACTIVE", "EMPLOYED"), Set.of()),
    /** Length of registered unemployment at entry; 12 months or more is long-term (EECO03). */
    UNEMPLOYMENT_DURATION(
            EsfStage.ENTRY,
            "EECO03",
            List.of("LESS_THAN_6_MONTHS", "FROM_6_TO_11_MONTHS", "12_MONTHS_OR_MORE", "NOT_UNEMPLOYED"),
            Set.of(EsfAnswerKind.UNKNOWN)),
    /** Highest level of education attained, by ISCED group (EECO09 to EECO11). */
    ISCED_LEVEL(EsfStage.ENTRY, "EECO09/10/11", List.of("ISCED_0_2", "ISCED_3_4", "ISCED_5_8"), Set.of()),
    /** Living in a single-adult household (French questionnaire). */
    SINGLE_ADULT_HOUSEHOLD(EsfStage.ENTRY, "-", yesNo(), Set.of(EsfAnswerKind.REFUSED)),
    /** Living in a household with dependent children (French questionnaire). */
    DEPENDENT_CHILDREN(EsfStage.ENTRY, "-", yesNo(), Set.of(EsfAnswerKind.REFUSED)),
    /** Participant with a disability (EECO12). */
    DISABILITY(EsfStage.ENTRY, "EECO12", yesNo(), sensitive()),
    /** Third-country national (EECO13). */
    THIRD_COUNTRY_NATIONAL(EsfStage.ENTRY, "EECO13", yesNo(), sensitive()),
    /** Participant with a foreign background (EECO14). */
    FOREIGN_BACKGROUND(EsfStage.ENTRY, "EECO14", yesNo(), sensitive()),
    /** Participant belonging to a minority, including marginalised communities such as Roma (EECO15). */
    MINORITY(EsfStage.ENTRY, "EECO15", yesNo(), sensitive()),
    /** Homeless or affected by housing exclusion (EECO16). */
    HOMELESS_OR_HOUSING_EXCLUSION(EsfStage.ENTRY, "EECO16", yesNo(), sensitive()),
    /** Living in a rural area (EECO17). */
    RURAL_AREA(EsfStage.ENTRY, "EECO17", yesNo(), Set.of()),

    /** Job searching upon leaving (EECR01). */
    EXIT_JOB_SEARCHING(EsfStage.EXIT, "EECR01", yesNo(), afterExit()),
    /** In education or training upon leaving (EECR02). */
    EXIT_IN_EDUCATION_OR_TRAINING(EsfStage.EXIT, "EECR02", yesNo(), afterExit()),
    /** Gaining a qualification upon leaving (EECR03). */
    EXIT_QUALIFICATION(EsfStage.EXIT, "EECR03", yesNo(), afterExit()),
    /** In employment, including self-employment, upon leaving (EECR04). */
    EXIT_EMPLOYED(EsfStage.EXIT, "EECR04", yesNo(), afterExit()),

    /** In employment, including self-employment, six months after leaving (EECR05). */
    EMPLOYED_6_MONTHS(EsfStage.SIX_MONTHS, "EECR05", yesNo(), afterExit()),
    /** With an improved labour-market situation six months after leaving (EECR06). */
    IMPROVED_SITUATION_6_MONTHS(EsfStage.SIX_MONTHS, "EECR06", yesNo(), afterExit());

    /** The code of a yes. */
    public static final String YES = "YES";
    /** The code of a no. */
    public static final String NO = "NO";

    private final EsfStage stage;
    private final String indicators;
    private final List<String> codes;
    private final Set<EsfAnswerKind> nonAnswers;

    EsfQuestion(EsfStage stage, String indicators, List<String> codes, Set<EsfAnswerKind> nonAnswers) {
        this.stage = stage;
        this.indicators = indicators;
        this.codes = codes;
        this.nonAnswers = nonAnswers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(nonAnswers));
    }

    private static List<String> yesNo() {
        return List.of(YES, NO);
    }

    private static Set<EsfAnswerKind> sensitive() {
        return Set.of(EsfAnswerKind.REFUSED, EsfAnswerKind.UNKNOWN);
    }

    private static Set<EsfAnswerKind> afterExit() {
        return Set.of(EsfAnswerKind.UNKNOWN, EsfAnswerKind.UNREACHABLE);
    }

    /** {@return the stage of the questionnaire that asks this question} */
    public EsfStage stage() {
        return stage;
    }

    /**
     * The ESF+ common indicators this question feeds ({@code -} for the French household questions).
     *
     * @return the indicators' codes
     */
    public String indicators() {
        return indicators;
    }

    /**
     * The codes of a given answer, e.g. {@code YES} and {@code NO}.
     *
     * @return the codes, in the questionnaire's order
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * The non-answers the rules allow for this question.
     *
     * @return the non-answers allowed
     */
    public Set<EsfAnswerKind> nonAnswers() {
        return nonAnswers;
    }

    /**
     * Whether {@code answer} is one this question takes: one of its codes, or an allowed non-answer.
     *
     * @param answer the answer to check
     * @return whether the question takes it
     */
    public boolean accepts(EsfAnswer answer) {
        return answer.kind() == EsfAnswerKind.GIVEN
                ? answer.code().exists(codes::contains)
                : nonAnswers.contains(answer.kind());
    }

    /**
     * The questions of {@code stage}, in the questionnaire's order.
     *
     * @param stage the stage of the questionnaire
     * @return its questions
     */
    public static List<EsfQuestion> of(EsfStage stage) {
        return java.util.Arrays.stream(values()).filter(q -> q.stage == stage).toList();
    }
}
