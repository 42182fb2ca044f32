-- Pages of the server's lists (ParcoursRepository.page): a status filter seeks its next page in id order, and a
-- referent's parcours are found from the referent rather than by scanning every parcours.
CREATE INDEX ${prefix}parcours_status_id ON ${prefix}parcours (status, id);
CREATE INDEX ${prefix}referent_parcours ON ${prefix}referent_assignment (referent_id, parcours_id);
