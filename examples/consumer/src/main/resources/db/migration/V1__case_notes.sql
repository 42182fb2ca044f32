create table case_note (parcours_id varchar(64), note varchar(200));
