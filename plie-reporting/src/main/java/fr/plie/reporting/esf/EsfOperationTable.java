package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.Sex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ESF+ common indicators of one operation, counted from the questionnaires of its participant-operations
 * (docs/esf.md): EECO over every record (the entries into the operation), EECR01 to EECR04 over the leavers whose
 * exit answers are known, EECR05 and EECR06 over those whose six-month answers are. Unlike the period report,
 * EECO15 (minorities) counts here, from entered answers.
 */
public record EsfOperationTable(EsfOperation operation, List<EsfTableRow> rows) {
    /** The codes in the table's order: the bases, then Annex I's order as numbered in SFC2021. */
    public static final List<String> CODES = List.of(
            "EECO01",
            "EECO02",
            "EECO03",
            "EECO04",
            "EECO05",
            "EECO06",
            "EECO07",
            "EECO08",
            "EECO09",
            "EECO10",
            "EECO11",
            "EECO12",
            "EECO13",
            "EECO14",
            "EECO15",
            "EECO16",
            "EECO17",
            "LEAVERS",
            "EECR01",
            "EECR02",
            "EECR03",
            "EECR04",
            "LEAVERS_6_MONTHS",
            "EECR05",
            "EECR06",
            "RECORDS_WITH_MISSING_ANSWERS");

    /**
     * Copies the rows, so the table stays immutable.
     *
     * @param operation the operation
     * @param rows one row per code of {@link #CODES}
     * @throws NullPointerException if a component is null
     */
    public EsfOperationTable {
        Objects.requireNonNull(operation, "operation");
        rows = List.copyOf(rows);
    }

    /**
     * The row of {@code code}.
     *
     * @param code an indicator's code of {@link #CODES}, e.g. {@code EECO02}
     * @return the row
     * @throws java.util.NoSuchElementException if the table has no such row
     */
    public EsfTableRow row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * Counts the rows of {@code operation}; rows of other operations are left out.
     *
     * @param operation the operation
     * @param rows the participant rows
     * @return the table
     */
    public static EsfOperationTable of(EsfOperation operation, List<EsfParticipantRow> rows) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String code : CODES) {
            counts.put(code, new long[Sex.values().length]);
        }
        for (EsfParticipantRow row : rows) {
            EsfSheet sheet = row.sheet();
            if (!sheet.record().operation().id().equals(operation.id())) {
                continue;
            }
            int sex = row.profile().sex().ordinal();
            for (String code : codesOf(sheet, row.profile())) {
                counts.get(code)[sex]++;
            }
        }
        List<EsfTableRow> table = new ArrayList<>();
        counts.forEach((code, bySex) -> table.add(new EsfTableRow(
                code,
                bySex[0] + bySex[1] + bySex[2],
                bySex[Sex.FEMALE.ordinal()],
                bySex[Sex.MALE.ordinal()],
                bySex[Sex.NON_BINARY.ordinal()])));
        return new EsfOperationTable(operation, table);
    }

    /** The codes one participant-operation counts in. */
    static List<String> codesOf(EsfSheet sheet, Profile profile) {
        List<String> codes = new ArrayList<>();
        codes.add("EECO01");
        EsfResponse status = sheet.response(EsfQuestion.LABOUR_MARKET_STATUS);
        if (status.is("UNEMPLOYED")) {
            codes.add("EECO02");
        }
        if (sheet.response(EsfQuestion.UNEMPLOYMENT_DURATION).is("12_MONTHS_OR_MORE")) {
            codes.add("EECO03");
        }
        if (status.is("INACTIVE")) {
            codes.add("EECO04");
        }
        if (status.is("EMPLOYED")) {
            codes.add("EECO05");
        }
        int age = profile.ageOn(sheet.record().entry());
        if (age < 18) {
            codes.add("EECO06");
        } else if (age <= 29) {
            codes.add("EECO07");
        } else if (age >= 55) {
            codes.add("EECO08");
        }
        EsfResponse isced = sheet.response(EsfQuestion.ISCED_LEVEL);
        addIf(codes, isced.is("ISCED_0_2"), "EECO09");
        addIf(codes, isced.is("ISCED_3_4"), "EECO10");
        addIf(codes, isced.is("ISCED_5_8"), "EECO11");
        addIf(codes, sheet.response(EsfQuestion.DISABILITY).isYes(), "EECO12");
        addIf(codes, sheet.response(EsfQuestion.THIRD_COUNTRY_NATIONAL).isYes(), "EECO13");
        addIf(codes, sheet.response(EsfQuestion.FOREIGN_BACKGROUND).isYes(), "EECO14");
        addIf(codes, sheet.response(EsfQuestion.MINORITY).isYes(), "EECO15");
        addIf(codes, sheet.response(EsfQuestion.HOMELESS_OR_HOUSING_EXCLUSION).isYes(), "EECO16");
        addIf(codes, sheet.response(EsfQuestion.RURAL_AREA).isYes(), "EECO17");
        if (sheet.response(EsfQuestion.EXIT_EMPLOYED).source() != EsfSource.PENDING) {
            codes.add("LEAVERS");
            addIf(codes, sheet.response(EsfQuestion.EXIT_JOB_SEARCHING).isYes(), "EECR01");
            addIf(
                    codes,
                    sheet.response(EsfQuestion.EXIT_IN_EDUCATION_OR_TRAINING).isYes(),
                    "EECR02");
            addIf(codes, sheet.response(EsfQuestion.EXIT_QUALIFICATION).isYes(), "EECR03");
            addIf(codes, sheet.response(EsfQuestion.EXIT_EMPLOYED).isYes(), "EECR04");
        }
        if (sheet.response(EsfQuestion.EMPLOYED_6_MONTHS).source() != EsfSource.PENDING) {
            codes.add("LEAVERS_6_MONTHS");
            addIf(codes, sheet.response(EsfQuestion.EMPLOYED_6_MONTHS).isYes(), "EECR05");
            addIf(codes, sheet.response(EsfQuestion.IMPROVED_SITUATION_6_MONTHS).isYes(), "EECR06");
        }
        addIf(codes, !sheet.missing().isEmpty(), "RECORDS_WITH_MISSING_ANSWERS");
        return codes;
    }

    private static void addIf(List<String> codes, boolean condition, String code) {
        if (condition) {
            codes.add(code);
        }
    }
}
