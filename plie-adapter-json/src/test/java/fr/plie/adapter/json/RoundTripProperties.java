package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.participant.Participant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Any valid parcours or participant written in the format and read back is the same value. */
class RoundTripProperties {
    private final PlieJson json = PlieJson.create();

    @Test
    void any_parcours_document_written_and_read_back_is_equal() {
        qt().withExamples(300).forAll(DomainGen.documents()).checkAssert(doc -> {
            String text = json.writeAsString(PlieDocument.PARCOURS, doc);
            ReadResult<ParcoursDocument> read = json.readParcours(text);
            assertThat(read.errors()).isEmpty();
            assertThat(read.value().get()).isEqualTo(doc);
        });
    }

    @Test
    void any_participant_written_and_read_back_is_equal() {
        qt().withExamples(300).forAll(DomainGen.participants()).checkAssert(p -> {
            String text = json.writeAsString(PlieDocument.PARTICIPANT, p);
            ReadResult<Participant> read = json.read(PlieDocument.PARTICIPANT, new StringReader(text));
            assertThat(read.errors()).isEmpty();
            assertThat(read.value().get()).isEqualTo(p);
        });
    }

    @Test
    void a_pseudonymous_export_reads_back_without_personal_data_and_with_redacted_syntheses() {
        PlieJson pseudonymous = PlieJson.create(new PlieJacksonModule().withPseudonymousExport(true));
        qt().withExamples(100).forAll(DomainGen.documents()).checkAssert(doc -> {
            String text = pseudonymous.writeAsString(PlieDocument.PARCOURS, doc);
            ParcoursDocument read = json.readParcours(text).value().get();
            assertThat(read.parcours().id()).isEqualTo(doc.parcours().id());
            assertThat(read.parcours().steps()).isEqualTo(doc.parcours().steps());
            assertThat(read.participant().map(p -> p.personalData().isEmpty())).allMatch(Boolean::booleanValue);
            assertThat(read.participant().map(Participant::profile))
                    .isEqualTo(doc.participant().map(Participant::profile));
            assertThat(read.parcours().interviews()).allMatch(i -> i.synthesis().equals(WriteOptions.REDACTED));
        });
    }

    @Test
    void any_list_of_parcours_written_as_ndjson_reads_back_line_by_line() {
        Gen<List<ParcoursDocument>> lists = in -> {
            List<ParcoursDocument> docs = new ArrayList<>();
            int n = fr.plie.core.fixture.PlieGens.draw(in).between(0, 8);
            for (int i = 0; i < n; i++) {
                docs.add(DomainGen.documents().generate(in));
            }
            return docs;
        };
        qt().withExamples(50).forAll(lists).checkAssert(docs -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (NdjsonWriter<ParcoursDocument> writer = json.writeNdjson(PlieDocument.PARCOURS, out)) {
                docs.forEach(writer::write);
            }
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text.lines()).hasSize(docs.size());
            List<ParcoursDocument> read;
            try (NdjsonReader<ParcoursDocument> reader =
                    json.readNdjson(PlieDocument.PARCOURS, new ByteArrayInputStream(out.toByteArray()))) {
                read = reader.stream().map(l -> l.result().value().get()).toList();
            }
            assertThat(read).isEqualTo(docs);
        });
    }
}
