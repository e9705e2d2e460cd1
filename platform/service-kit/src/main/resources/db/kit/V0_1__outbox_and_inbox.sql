-- The mechanisms of DESIGN §4, created in every service's database by its own Flyway run
-- (the kit's default configuration adds db/kit to each service's migration locations).

-- Events recorded in the same transaction as the state change; the relay publishes them in id order.
create table outbox (
    id          bigserial   primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    type        text        not null,
    source      text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    payload     jsonb       not null,
    recorded_at timestamptz not null default now(),
    sent_at     timestamptz
);

create index outbox_unsent on outbox (id) where sent_at is null;

-- Every consumed event id, written in the handler's transaction: a second delivery finds it and is skipped.
create table processed_message (
    message_id   uuid        primary key,
    type         text        not null,
    processed_at timestamptz not null default now()
);
