package fr.plie.core.exit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A piece of evidence for an exit.
 *
 * @param issuedOn the date of the document, which must attest the situation at the exit date (seed 002)
 * @param reference where the document is filed (document-management id, file name), never its content
 */
public record Evidence(
        @NotNull EvidenceKind kind,
        @NotNull LocalDate issuedOn,

        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 200)
        String reference) {
    /**
     * Checks that no component is missing.
     *
     * @param kind the kind of document
     * @param issuedOn the date of the document, which must attest the situation at the exit date (seed 002)
     * @param reference where the document is filed (document-management id, file name), never its content
     * @throws NullPointerException if a component is null
     */
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(reference, "reference");
    }
}
