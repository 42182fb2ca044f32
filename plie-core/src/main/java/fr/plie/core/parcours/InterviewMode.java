package fr.plie.core.parcours;

/** How an interview took place. */
public enum InterviewMode {
    FACE_TO_FACE,
    PHONE,
    VIDEO,
    HOME_VISIT,
    GROUP,
    WRITTEN
}
