package fr.plie.core.parcours;

import fr.plie.core.common.Rejection;
import java.util.Objects;

/**
 * The command of a batch that {@link ParcoursLifecycle#handleAll} refused: its position and why.
 *
 * @param index the command's position in the batch, from 0
 * @param rejection why the lifecycle refused it
 */
public record RejectedCommand(int index, Rejection rejection) {
    /**
     * Checks the components.
     *
     * @param index the command's position in the batch, from 0
     * @param rejection why the lifecycle refused it
     * @throws IllegalArgumentException if {@code index} is negative
     * @throws NullPointerException if {@code rejection} is null
     */
    public RejectedCommand {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        Objects.requireNonNull(rejection, "rejection");
    }
}
