package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Too old a jackson-annotations is refused with what to do, not a NoClassDefFoundError deep in Jackson. */
class JacksonRequirementTest {
    @Test
    void theAnnotationsOnTheClasspathAreRecentEnough() {
        assertThatCode(() -> JacksonRequirement.check(PlieJacksonModule.class.getClassLoader()))
                .doesNotThrowAnyException();
    }

    @Test
    void annotationsOlderThan221AreRefusedWithTheFix() {
        ClassLoader withoutJackson = new ClassLoader(null) {};
        assertThatThrownBy(() -> JacksonRequirement.check(withoutJackson))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jackson-annotations 2.21 or newer")
                .hasMessageContaining("found: none")
                .hasMessageContaining("plie-bom");
    }
}
