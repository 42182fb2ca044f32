/**
 * plie-spring-boot-starter: plie's auto-configuration for Spring Boot 4. Open, as Spring reads its configuration
 * classes and binds its properties by reflection.
 */
open module fr.plie.spring.boot {
    requires transitive fr.plie.core;
    requires transitive fr.plie.rules;
    requires transitive fr.plie.adapter.json;
    requires transitive fr.plie.adapter.jdbc;
    requires transitive spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.boot.sql;
    requires spring.beans;
    requires spring.context;
    requires spring.jdbc;
    requires spring.tx;
    requires tools.jackson.databind;
    requires static spring.boot.health;
    requires static micrometer.core;

    exports fr.plie.spring.boot;
}
