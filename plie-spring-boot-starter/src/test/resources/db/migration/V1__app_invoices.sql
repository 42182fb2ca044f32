-- the application's own schema, migrated by Boot's Flyway next to plie's
create table invoice (id varchar(20) primary key, participant varchar(64) not null);
