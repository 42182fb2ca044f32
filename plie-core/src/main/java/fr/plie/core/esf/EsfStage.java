package fr.plie.core.esf;

/** When an ESF+ question is asked (Regulation (EU) 2021/1057, Annex I, and the Commission's guidance). */
public enum EsfStage {
    /** At entry into the operation: the status at entry, recorded once per participant and operation. */
    ENTRY,
    /** At exit: the situation in the four weeks (28 days) after leaving, only the last event counting. */
    EXIT,
    /** Six months after exit: the longer-term results. */
    SIX_MONTHS
}
