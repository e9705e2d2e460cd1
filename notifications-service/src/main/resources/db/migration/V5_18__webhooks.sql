-- Webhooks (issue 16): endpoints an administrator registered, the domain events kept for them, and one delivery per
-- (endpoint, event) sent by the webhook dispatcher after the consuming transaction committed.
create table webhook_endpoint (
    id uuid primary key,
    url text not null,
    description text,
    -- the CloudEvents types wanted, comma-separated
    event_types text not null,
    -- whsec_<base64 key>, as the Standard Webhooks specification writes it
    secret text not null,
    enabled boolean not null,
    disabled_reason text,
    created_by text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);

create table webhook_message (
    -- the consumed event's ce_id: the webhook-id of every attempt to every endpoint
    id uuid primary key,
    event_type text not null,
    subject text not null,
    body text not null,
    received_at timestamptz not null
);

create table webhook_delivery (
    id uuid primary key,
    -- order of arrival; deliveries of one endpoint and subject go out in this order
    seq bigint generated always as identity unique,
    endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
    message_id uuid not null references webhook_message (id) on delete cascade,
    event_type text not null,
    subject text not null,
    status text not null,
    attempts int not null default 0,
    due_at timestamptz,
    last_status_code int,
    last_error text,
    delivered_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint webhook_delivery_once unique (endpoint_id, message_id)
);

create index webhook_delivery_due on webhook_delivery (due_at) where status = 'PENDING';
create index webhook_delivery_order on webhook_delivery (endpoint_id, subject, seq) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (endpoint_id, created_at desc);
