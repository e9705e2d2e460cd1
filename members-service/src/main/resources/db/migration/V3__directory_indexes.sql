-- The directory lists current members by name: an index in exactly that order over exactly those rows lets
-- PostgreSQL read a page without sorting the whole membership, and count it from the index alone.
create index member_directory_current on member (lower(display_name), id)
    where status in ('ACTIVE', 'GRACE') and erased_at is null;

-- Location is searched by prefix (lower(location) like 'lon%'), which needs pattern operators.
drop index member_location;
create index member_location_prefix on member (lower(location) text_pattern_ops);
