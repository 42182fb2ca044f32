package fr.plie.adapter.jdbc;

/** The qualified names of plie's tables: optional schema, then the configured prefix. */
final class Tables {
    final String participant;
    final String barrier;
    final String personalData;
    final String parcours;
    final String decision;
    final String referent;
    final String step;
    final String text;
    final String interview;
    final String placement;
    final String evidence;
    final String audit;
    final String importJournal;
    final String esfAnswer;

    Tables(Dialect dialect, String schema, String prefix) {
        String q = schema == null ? prefix : dialect.quote(schema) + "." + prefix;
        participant = q + "participant";
        barrier = q + "barrier";
        personalData = q + "personal_data";
        parcours = q + "parcours";
        decision = q + "decision";
        referent = q + "referent_assignment";
        step = q + "step";
        text = q + "text_item";
        interview = q + "interview";
        placement = q + "placement";
        evidence = q + "evidence";
        audit = q + "audit";
        importJournal = q + "import_journal";
        esfAnswer = q + "esf_answer";
    }

    /** The tables holding a parcours' child rows, keyed by {@code parcours_id}. */
    String[] parcoursChildren() {
        return new String[] {decision, referent, step, text, interview, placement, evidence};
    }
}
