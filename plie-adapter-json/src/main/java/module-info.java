/** plie-adapter-json: the exchange format v1 on Jackson 3, with its JSON Schemas. */
module fr.plie.adapter.json {
    requires transitive fr.plie.core;
    requires transitive fr.plie.rules;
    requires transitive fr.plie.reporting;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;

    exports fr.plie.adapter.json;

    provides tools.jackson.databind.JacksonModule with
            fr.plie.adapter.json.PlieJacksonModule;
}
