-- Full-text search moves to its own narrow table: a search vector outweighs the rest of a card, so tag criteria read
-- about half the pages without it, and a text search reads only names and vectors. The card is written only when
-- what it holds changes (an update of a member's other columns leaves both tables alone).
create table directory_text (
    member_id varchar(255) primary key references member (id) on delete cascade,
    sort_name text         not null,
    search    tsvector     not null
);
create index directory_text_search on directory_text using gin (search);

insert into directory_text (member_id, sort_name, search)
select member_id, sort_name, search from directory_card;

drop index directory_card_search;
alter table directory_card drop column search;

create or replace function directory_card_refresh(target varchar) returns void language plpgsql as $$
declare
    current_member boolean;
begin
    select m.status in ('ACTIVE', 'GRACE') and m.erased_at is null into current_member
    from member m where m.id = target;
    if not coalesce(current_member, false) then
        delete from directory_card where member_id = target;
        delete from directory_text where member_id = target;
        return;
    end if;

    insert into directory_card as c (member_id, sort_name, terms, location, location_private)
    select m.id,
           lower(m.display_name),
           array(select case when coalesce(m.field_visibility ->> t.field, '') = 'PRIVATE' then 'private:' else '' end
                            || t.term
                 from (select 'SKILLS' as field, 'skill:' || s as term from unnest(m.skills) s
                       union all select 'TOPICS', 'topic:' || s from unnest(m.topics) s
                       union all select 'OPEN_TO', 'open:' || s from unnest(m.open_to) s
                       union all select 'INDUSTRY', 'industry:' || m.industry where m.industry is not null
                       union all select 'CAREER_STAGE', 'stage:' || m.career_stage where m.career_stage is not null
                       union all select distinct 'GOALS', 'goal:' || g.kind
                                 from networking_goal g where g.member_id = m.id and g.status = 'OPEN') t),
           lower(m.location),
           coalesce(m.field_visibility ->> 'LOCATION', '') = 'PRIVATE'
    from member m
    where m.id = target
    on conflict (member_id) do update
        set sort_name = excluded.sort_name, terms = excluded.terms, location = excluded.location,
            location_private = excluded.location_private
        where (c.sort_name, c.terms, c.location, c.location_private)
              is distinct from (excluded.sort_name, excluded.terms, excluded.location, excluded.location_private);

    insert into directory_text as d (member_id, sort_name, search)
    select m.id, lower(m.display_name), coalesce(m.search_vector, ''::tsvector)
    from member m
    where m.id = target
    on conflict (member_id) do update
        set sort_name = excluded.sort_name, search = excluded.search
        where (d.sort_name, d.search) is distinct from (excluded.sort_name, excluded.search);
end
$$;
