package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.Sex;

/**
 * The figures read from the profile at entry: the public profile of the active file (seeds 001, 004) and the
 * ESF+ output indicators of the entries (Regulation (EU) 2021/1057, Annex I).
 */
final class EntryFigures {
    private EntryFigures() {}

    static void profile(Tally tally, ParcoursId id, Profile profile, int age, boolean longTermUnemployed) {
        Sex sex = profile.sex();
        tally.hit(
                switch (sex) {
                    case FEMALE -> Indicator.PROFILE_WOMEN;
                    case MALE -> Indicator.PROFILE_MEN;
                    case NON_BINARY -> Indicator.PROFILE_NON_BINARY;
                },
                sex,
                id);
        Indicator band = age < 26
                ? Indicator.AGE_UNDER_26
                : age < 30
                        ? Indicator.AGE_26_29
                        : age < 45
                                ? Indicator.AGE_30_44
                                : age < 50
                                        ? Indicator.AGE_45_49
                                        : age < 55 ? Indicator.AGE_50_54 : Indicator.AGE_55_AND_OVER;
        tally.hit(band, sex, id);
        if (profile.priorityNeighbourhood()) {
            tally.hit(Indicator.PROFILE_QPV, sex, id);
        }
        if (!profile.minimumIncomes().isEmpty()) {
            tally.hit(Indicator.PROFILE_MINIMUM_INCOME, sex, id);
        }
        if (profile.recognisedDisabledWorker()) {
            tally.hit(Indicator.PROFILE_RQTH, sex, id);
        }
        if (longTermUnemployed) {
            tally.hit(Indicator.PROFILE_LONG_TERM_UNEMPLOYED, sex, id);
        }
        int rank = profile.qualificationLevel().rank();
        tally.hit(
                rank <= 3 ? Indicator.LEVEL_3_OR_BELOW : rank == 4 ? Indicator.LEVEL_4 : Indicator.LEVEL_5_OR_ABOVE,
                sex,
                id);
    }

    static void esfOutputs(Tally tally, ParcoursId id, Profile profile, int age, boolean longTermUnemployed) {
        Sex sex = profile.sex();
        tally.hit(Indicator.EECO01_TOTAL, sex, id);
        switch (profile.labourMarketStatus()) {
            case UNEMPLOYED -> {
                tally.hit(Indicator.EECO02_UNEMPLOYED, sex, id);
                if (longTermUnemployed) {
                    tally.hit(Indicator.EECO03_LONG_TERM_UNEMPLOYED, sex, id);
                }
            }
            case INACTIVE -> tally.hit(Indicator.EECO04_INACTIVE, sex, id);
            case EMPLOYED -> tally.hit(Indicator.EECO05_EMPLOYED, sex, id);
        }
        if (age < 18) {
            tally.hit(Indicator.EECO06_UNDER_18, sex, id);
        } else if (age <= 29) {
            tally.hit(Indicator.EECO07_18_29, sex, id);
        } else if (age >= 55) {
            tally.hit(Indicator.EECO08_55_AND_OVER, sex, id);
        }
        tally.hit(
                switch (profile.qualificationLevel().iscedGroup()) {
                    case ISCED_0_2 -> Indicator.EECO09_ISCED_0_2;
                    case ISCED_3_4 -> Indicator.EECO10_ISCED_3_4;
                    case ISCED_5_8 -> Indicator.EECO11_ISCED_5_8;
                },
                sex,
                id);
        if (profile.recognisedDisabledWorker()) {
            tally.hit(Indicator.EECO12_DISABILITY, sex, id);
        }
        if (profile.thirdCountryNational()) {
            tally.hit(Indicator.EECO13_THIRD_COUNTRY_NATIONALS, sex, id);
        }
        if (profile.foreignBackground()) {
            tally.hit(Indicator.EECO14_FOREIGN_BACKGROUND, sex, id);
        }
        if (profile.homelessOrHousingExclusion()) {
            tally.hit(Indicator.EECO16_HOMELESS, sex, id);
        }
        if (profile.ruralArea()) {
            tally.hit(Indicator.EECO17_RURAL, sex, id);
        }
    }
}
