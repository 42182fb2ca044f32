package fr.plie.server;

import fr.plie.core.common.Id;
import fr.plie.core.parcours.ParcoursId;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a list of parcours resumes: the id of the last parcours a page examined, written opaque (base64url of a
 * versioned text) so that clients pass it back as it is and the server may change what it holds. Any id is a
 * valid place to resume (the list is in id order), so a cursor reveals or unlocks nothing its caller may not see.
 */
public final class Cursor {
    private static final String VERSION = "p1:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {}

    /** The cursor of the page that starts after {@code last}. */
    public static String after(ParcoursId last) {
        return ENCODER.encodeToString((VERSION + last.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor this server wrote resumes after; none when {@code cursor} is not one. */
    public static Option<ParcoursId> read(String cursor) {
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            return text.startsWith(VERSION) && Id.isValid(text.substring(VERSION.length()))
                    ? Option.some(ParcoursId.of(text.substring(VERSION.length())))
                    : Option.none();
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }
}
