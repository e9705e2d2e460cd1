-- Invitations to sign up for a shift (issue 14): a coordinator asks a suggested member; one per shift and member, so
-- asking again sends nothing. An invitation holds no place: the member takes one by signing up.
create table shift_invitation (
    id          uuid         primary key,
    shift_id    uuid         not null references shift (id),
    member_id   varchar(255) not null,
    invited_by  varchar(255) not null,
    invited_at  timestamptz  not null,
    unique (shift_id, member_id)
);

create index shift_invitation_by_member on shift_invitation (member_id);
