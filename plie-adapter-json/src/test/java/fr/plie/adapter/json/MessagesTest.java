package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.internal.MessageBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every error code has a French and an English text and is documented in docs/format.md. */
class MessagesTest {
    private final MessageBundle bundle =
            new MessageBundle("fr.plie.adapter.json.messages", MessagesTest.class::getResourceAsStream);

    @Test
    void every_error_code_has_a_french_and_an_english_text() {
        for (JsonErrorCode code : JsonErrorCode.values()) {
            assertThat(bundle.hasKey(code.code(), MessageBundle.FRENCH))
                    .as(code.code())
                    .isTrue();
            assertThat(bundle.hasKey(code.code(), Locale.ENGLISH))
                    .as(code.code())
                    .isTrue();
        }
    }

    @Test
    void every_error_code_is_documented_in_the_format_description() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "format.md"));
        for (JsonErrorCode code : JsonErrorCode.values()) {
            assertThat(doc).as(code.code()).contains("`" + code.code() + "`");
        }
    }
}
