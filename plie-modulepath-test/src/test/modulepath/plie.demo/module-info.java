/** A caller of plie on the module path: it reads only what plie's modules export. */
module plie.demo {
    requires fr.plie.core;
    requires fr.plie.rules;
    requires fr.plie.reporting;
    requires fr.plie.adapter.json;
    requires fr.plie.adapter.jdbc;
}
