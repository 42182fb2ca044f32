package fr.plie.adapter.json;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** The exit of a parcours: date, category, the evidence attesting the situation, the committee's validation. */
final class ExitCodec {
    private enum ExitKey {
        date,
        category,
        evidence,
        validation
    }

    private static final Fields<ExitKey> EXIT = Fields.of(ExitKey.class, ExitKey.date, ExitKey.category);

    private enum EvidenceKey {
        kind,
        issuedOn,
        reference
    }

    private static final Fields<EvidenceKey> EVIDENCE = Fields.all(EvidenceKey.class);

    private enum ValidationKey {
        date,
        committee
    }

    private static final Fields<ValidationKey> VALIDATION = Fields.all(ValidationKey.class);

    private ExitCodec() {}

    static Exit read(Cursor c) {
        int f = c.beginNullable(EXIT);
        LocalDate date = null;
        ExitCategory category = null;
        List<Evidence> evidence = List.of();
        ExitValidation validation = null;
        for (ExitKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case date -> date = c.date();
                case category -> category = c.enumValue(ExitCategory.class);
                case evidence -> evidence = c.list("object", ExitCodec::evidence);
                case validation -> validation = validation(c);
            }
        }
        if (!c.end(f)) {
            return null;
        }
        if (validation != null && validation.date().isBefore(date)) {
            c.errorAt(JsonErrorCode.RULE_DATE_ORDER, c.child("validation") + "/date", "validation/date", "date");
            return null;
        }
        return new Exit(date, category, evidence, Option.of(validation));
    }

    private static Evidence evidence(Cursor c) {
        int f = c.begin(EVIDENCE);
        EvidenceKind kind = null;
        LocalDate issuedOn = null;
        String reference = null;
        for (EvidenceKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case kind -> kind = c.enumValue(EvidenceKind.class);
                case issuedOn -> issuedOn = c.date();
                case reference -> reference = c.text(200);
            }
        }
        return c.end(f) ? new Evidence(kind, issuedOn, reference) : null;
    }

    private static ExitValidation validation(Cursor c) {
        int f = c.beginNullable(VALIDATION);
        LocalDate date = null;
        String committee = null;
        for (ValidationKey k; (k = c.next(f)) != null; ) {
            if (k == ValidationKey.date) {
                date = c.date();
            } else {
                committee = c.text(200);
            }
        }
        return c.end(f) ? new ExitValidation(date, committee) : null;
    }

    /** The fields of the exit object. */
    static void write(JsonGenerator g, Exit e) {
        Out.date(g, ExitKey.date, e.date());
        Out.code(g, ExitKey.category, e.category());
        Out.objects(g, ExitKey.evidence, e.evidence(), (gen, ev) -> {
            Out.code(gen, EvidenceKey.kind, ev.kind());
            Out.date(gen, EvidenceKey.issuedOn, ev.issuedOn());
            gen.writeStringProperty(EvidenceKey.reference.name(), ev.reference());
        });
        e.validation()
                .forEach(validation -> Out.object(g, ExitKey.validation, validation, (gen, v) -> {
                    Out.date(gen, ValidationKey.date, v.date());
                    gen.writeStringProperty(ValidationKey.committee.name(), v.committee());
                }));
    }
}
