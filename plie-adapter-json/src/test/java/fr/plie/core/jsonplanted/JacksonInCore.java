package fr.plie.core.jsonplanted;

/** A class named as plie-core's that uses Jackson, to prove the rule keeping Jackson out of core fires. */
public final class JacksonInCore {
    private JacksonInCore() {}

    static Object mapper() {
        return tools.jackson.databind.json.JsonMapper.builder().build();
    }
}
