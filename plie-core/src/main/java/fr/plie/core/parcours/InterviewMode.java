package fr.plie.core.parcours;

/** How an interview took place. */
public enum InterviewMode {
    /** Face to face, at the referent's office. */
    FACE_TO_FACE,
    /** By phone. */
    PHONE,
    /** By video call. */
    VIDEO,
    /** At the participant's home. */
    HOME_VISIT,
    /** A group session. */
    GROUP,
    /** In writing (mail, message). */
    WRITTEN
}
