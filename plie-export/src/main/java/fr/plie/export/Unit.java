package fr.plie.export;

/** What an exported value measures; rates are fractions (0.5 is 50 %) in XLSX, percents in CSV and HTML. */
public enum Unit {
    /** A number of parcours or events. */
    COUNT,
    /** A rate or a share. */
    PERCENT,
    /** A number of days. */
    DAYS,
    /** A quotient, such as interviews per participant or participants per FTE. */
    RATIO,
    /** A note without a value. */
    TEXT
}
