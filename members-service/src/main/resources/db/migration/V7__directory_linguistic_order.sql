-- Directory results sort names as people expect (issue 11 §6): in the ICU root collation, 'Ärzte' and 'Éric' sit
-- next to the A and E names instead of after Z, as the database's default (byte order) put them. The collation is
-- the column's, so the order by sort_name and the indexes that serve it agree; PostgreSQL rebuilds those indexes here.
alter table directory_card alter column sort_name type text collate "und-x-icu";
alter table directory_text alter column sort_name type text collate "und-x-icu";
