/**
 * The plie exchange format v1: how a parcours and its participant travel as JSON between PLIEs and to software
 * not written in Java. {@link fr.plie.adapter.json.PlieJson} reads and writes single documents and NDJSON
 * streams with located, bilingual errors; {@link fr.plie.adapter.json.PlieJacksonModule} plugs the same
 * mapping into any Jackson 3 mapper. The format is described in {@code docs/format.md}; its JSON Schemas ship
 * in this jar under {@code fr/plie/adapter/json/schema/v1/}.
 */
package fr.plie.adapter.json;
