package fr.plie.core.step;

import fr.plie.core.participant.BarrierKind;
import java.util.Objects;

/** What a step is about; the closed list of step kinds a PLIE parcours is made of. */
public sealed interface StepDetail
        permits StepDetail.Diagnostic,
                StepDetail.Mobilisation,
                StepDetail.BarrierAction,
                Training,
                Employment,
                Immersion,
                StepDetail.JobSearchWorkshop,
                BusinessCreation {
    /** {@return the kind of step this detail describes} */
    StepKind kind();

    /** Social and professional diagnostic ("diagnostic", "bilan global") that precedes admission. */
    record Diagnostic() implements StepDetail {
        @Override
        public StepKind kind() {
            return StepKind.DIAGNOSTIC;
        }
    }

    /** Mobilisation and resocialisation action. */
    record Mobilisation() implements StepDetail {
        @Override
        public StepKind kind() {
            return StepKind.MOBILISATION;
        }
    }

    /** An action to lift a barrier (mobility aid, childcare, health...). */
    record BarrierAction(BarrierKind barrier) implements StepDetail {
        /**
         * Checks that the barrier is present.
         *
         * @param barrier the kind of barrier the action works on
         * @throws NullPointerException if {@code barrier} is null
         */
        public BarrierAction {
            Objects.requireNonNull(barrier, "barrier");
        }

        @Override
        public StepKind kind() {
            return StepKind.BARRIER_ACTION;
        }
    }

    /** Job-search workshop ("atelier de recherche d'emploi"). */
    record JobSearchWorkshop() implements StepDetail {
        @Override
        public StepKind kind() {
            return StepKind.JOB_SEARCH_WORKSHOP;
        }
    }
}
