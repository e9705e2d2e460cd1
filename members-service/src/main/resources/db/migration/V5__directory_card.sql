-- The directory searches a narrow card per current member instead of the wide member row: the card holds only what
-- a search needs, so a search with thousands of matches reads a fraction of the pages, and criteria on tags need one
-- GIN lookup. Triggers keep the card in the member's own transaction, whatever changes the member or a goal.
--
-- terms: one entry per searchable value, 'skill:kotlin', 'topic:leadership', 'open:MENTORING_OTHERS',
-- 'industry:finance', 'stage:SENIOR', 'goal:FIND_MENTOR' (open goals). A value of a field the member keeps PRIVATE is
-- stored as 'private:skill:kotlin': members search for 'skill:kotlin' and do not find it, an admin searches for
-- either. Every searchable field shows to members unless the member makes it PRIVATE (ProfileField's defaults).
create table directory_card (
    member_id        varchar(255) primary key references member (id) on delete cascade,
    sort_name        text         not null,
    terms            text[]       not null,
    location         text,
    location_private boolean      not null,
    search           tsvector     not null
);

create index directory_card_order on directory_card (sort_name, member_id);
create index directory_card_terms on directory_card using gin (terms);
create index directory_card_search on directory_card using gin (search);
create index directory_card_location on directory_card (location text_pattern_ops);

create function directory_card_refresh(target varchar) returns void language plpgsql as $$
begin
    delete from directory_card where member_id = target;
    insert into directory_card (member_id, sort_name, terms, location, location_private, search)
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
           coalesce(m.field_visibility ->> 'LOCATION', '') = 'PRIVATE',
           coalesce(m.search_vector, ''::tsvector)
    from member m
    where m.id = target and m.status in ('ACTIVE', 'GRACE') and m.erased_at is null;
end
$$;

create function directory_card_member_changed() returns trigger language plpgsql as $$
begin
    perform directory_card_refresh(new.id);
    return null;
end
$$;

create function directory_card_goal_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform directory_card_refresh(old.member_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.member_id <> old.member_id) then
        perform directory_card_refresh(new.member_id);
    end if;
    return null;
end
$$;

create trigger directory_card_member after insert or update on member
    for each row execute function directory_card_member_changed();
create trigger directory_card_goal after insert or update or delete on networking_goal
    for each row execute function directory_card_goal_changed();

select directory_card_refresh(id) from member;

-- The member table's directory indexes are no longer read.
drop index member_directory_current;
drop index member_directory_order;
drop index member_location_prefix;
drop index member_skills;
drop index member_topics;
drop index member_open_to;
drop index member_search;
drop index member_industry;
drop index member_career_stage;
