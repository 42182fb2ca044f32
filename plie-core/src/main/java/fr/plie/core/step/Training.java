package fr.plie.core.step;

import io.vavr.control.Option;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A training. The step's dates are the training's start and actual end.
 *
 * @param qualifying leads to a diploma, a registered title (RNCP) or a professional certificate
 * @param certificationCode the RNCP or RS code of the certification, when there is one
 * @param plannedEnd the planned end: long trainings (over 9 months in the national guide) count differently
 * @param resultOn the date the result was known (jury date); none while pending
 */
public record Training(
        boolean qualifying,
        Option<@Size(max = 30) String> certificationCode,
        Option<LocalDate> plannedEnd,
        @NotNull TrainingResult result,
        Option<LocalDate> resultOn)
        implements StepDetail {
    /**
     * Checks that no component is missing.
     *
     * @param qualifying leads to a diploma, a registered title (RNCP) or a professional certificate
     * @param certificationCode the RNCP or RS code of the certification, when there is one
     * @param plannedEnd the planned end: long trainings (over 9 months in the national guide) count differently
     * @param result the result, pending until known
     * @param resultOn the date the result was known (jury date); none while pending
     * @throws NullPointerException if a component is null
     */
    public Training {
        Objects.requireNonNull(certificationCode, "certificationCode");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(resultOn, "resultOn");
    }

    /**
     * A qualifying training, its result pending.
     *
     * @param certificationCode the RNCP or RS code of the certification
     * @param plannedEnd the planned end
     * @return the training
     */
    public static Training qualifying(String certificationCode, LocalDate plannedEnd) {
        return new Training(
                true, Option.some(certificationCode), Option.some(plannedEnd), TrainingResult.PENDING, Option.none());
    }

    /**
     * A non-qualifying training, its result pending.
     *
     * @param plannedEnd the planned end
     * @return the training
     */
    public static Training nonQualifying(LocalDate plannedEnd) {
        return new Training(false, Option.none(), Option.some(plannedEnd), TrainingResult.PENDING, Option.none());
    }

    /**
     * The same training with its result.
     *
     * @param newResult the result
     * @param on the jury date
     * @return the new training
     */
    public Training withResult(TrainingResult newResult, LocalDate on) {
        return new Training(qualifying, certificationCode, plannedEnd, newResult, Option.some(on));
    }

    @Override
    public StepKind kind() {
        return StepKind.TRAINING;
    }
}
