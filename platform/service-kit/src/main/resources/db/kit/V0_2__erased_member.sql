-- The ids of members whose MemberErased this service handled (docs/messaging.md, "An erasure outlasts late events"):
-- only the opaque id, which an erasure process keeps to honour the erasure, and when; no name, no contact. An event
-- from another topic that names such a member after the erasure is erased again in the transaction that handled it.
create table erased_member (
    member_id text        primary key,
    erased_at timestamptz not null
);
