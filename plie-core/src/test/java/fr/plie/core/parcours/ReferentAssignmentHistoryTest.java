package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.assignReferent;
import static fr.plie.core.fixture.ParcoursCommands.proposeExit;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import org.junit.jupiter.api.Test;

/** "Who followed whom and when": the history of referent assignments. */
class ReferentAssignmentHistoryTest {
    private final Parcours referred = ParcoursFixture.referredOn(on(2024, 1, 8)).referred();

    @Test
    void theReferentOnADateIsTheLastOneAssignedOnOrBeforeIt() {
        Parcours p = accepted(referred, assignReferent("REF-A", on(2024, 1, 8)));
        p = accepted(p, assignReferent("REF-B", on(2024, 6, 3)));

        assertThat(p.referentOn(on(2024, 1, 7))).as("before any assignment").isEmpty();
        assertThat(p.referentOn(on(2024, 1, 8))).contains(ReferentId.of("REF-A"));
        assertThat(p.referentOn(on(2024, 6, 2))).contains(ReferentId.of("REF-A"));
        assertThat(p.referentOn(on(2024, 6, 3))).contains(ReferentId.of("REF-B"));
        assertThat(p.referentOn(on(2025, 1, 1))).contains(ReferentId.of("REF-B"));
        assertThat(p.referents())
                .containsExactly(
                        new ReferentAssignment(ReferentId.of("REF-A"), on(2024, 1, 8)),
                        new ReferentAssignment(ReferentId.of("REF-B"), on(2024, 6, 3)));
    }

    @Test
    void aReferentCannotBeAssignedBeforeTheReferral() {
        assertThat(rejected(referred, assignReferent("REF-A", on(2024, 1, 7))).code())
                .isEqualTo("referent.before-referral");
    }

    @Test
    void theHistoryIsNotRewrittenBackwards() {
        Parcours p = accepted(referred, assignReferent("REF-A", on(2024, 3, 1)));

        assertThat(rejected(p, assignReferent("REF-B", on(2024, 2, 1))).code()).isEqualTo("referent.before-previous");
        assertThat(accepted(p, assignReferent("REF-B", on(2024, 3, 1))).referentOn(on(2024, 3, 1)))
                .as("a same-day replacement wins")
                .contains(ReferentId.of("REF-B"));
    }

    @Test
    void theReferentCanChangeWhileTheExitIsBeforeTheCommitteeButNotAfterItIsValidated() {
        Parcours proposed = ParcoursFixture.enteredOn(on(2024, 2, 5))
                .proposeExit(on(2024, 9, 2), ExitCategory.MOVED_AWAY)
                .build();
        Parcours exited = ParcoursFixture.enteredOn(on(2024, 2, 5))
                .proposeExit(on(2024, 9, 2), ExitCategory.MOVED_AWAY)
                .validateExit(on(2024, 9, 12))
                .build();

        assertThat(accepted(proposed, assignReferent("REF-B", on(2024, 9, 3))).referentOn(on(2024, 9, 3)))
                .contains(ReferentId.of("REF-B"));
        assertThat(rejected(exited, assignReferent("REF-B", on(2024, 9, 13))).code())
                .isEqualTo("parcours.final");
        assertThat(rejected(exited, proposeExit(on(2024, 9, 13), ExitCategory.MOVED_AWAY))
                        .code())
                .isEqualTo("parcours.final");
    }
}
