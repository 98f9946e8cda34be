-- SMI housekeeping (seed 002): its runs, the devices it deleted, and the DCC alerts (N8) it raised.

create table housekeeping_run (
    run_id        bigserial    primary key,
    trigger       varchar(10)  not null check (trigger in ('TIMER', 'ADMIN')),
    status        varchar(12)  not null check (status in ('RUNNING', 'COMPLETED', 'REFUSED', 'DISABLED', 'FAILED')),
    settings      text         not null,
    started_at    timestamptz  not null,
    ended_at      timestamptz,
    deleted       bigint       not null default 0,
    alerts_raised bigint       not null default 0,
    undeliverable bigint       not null default 0,
    chunks        integer      not null default 0,
    problem       varchar(1000)
);
-- At most one run at a time, also across a restart: a RUNNING run is resumed, not started twice.
create unique index housekeeping_run_one_running on housekeeping_run ((status)) where status = 'RUNNING';

create table housekeeping_run_count (
    run_id      bigint     not null references housekeeping_run on delete cascade,
    device_type varchar(6) not null,
    deleted     bigint     not null,
    primary key (run_id, device_type)
);

-- What was deleted, kept after the device is gone. Written a million rows a run at SMI scale, so it and
-- dcc_alert carry no foreign keys (runs and parties are never deleted): a key check per row would cost
-- as much as the row.
create table housekeeping_deletion (
    run_id             bigint      not null,
    device_id          bigint      not null,
    device_type        varchar(6)  not null,
    notifying_party_id varchar(23) not null,
    pending_since      timestamptz not null,
    created_at         timestamptz not null,
    deleted_at         timestamptz not null,
    primary key (run_id, device_id)
);
create index housekeeping_deletion_device on housekeeping_deletion (device_id);

-- DCC alerts to Service Users; NEW ones are queued for delivery, UNDELIVERABLE ones have no endpoint.
create table dcc_alert (
    alert_id     bigserial    primary key,
    alert_code   varchar(4)   not null,
    run_id       bigint,
    device_id    bigint       not null,
    party_id     varchar(23)  not null,
    status       varchar(14)  not null check (status in ('NEW', 'QUEUED', 'DELIVERED', 'UNDELIVERABLE')),
    created_at   timestamptz  not null,
    delivered_at timestamptz
);
create index dcc_alert_new on dcc_alert (alert_id) where status = 'NEW';
create index dcc_alert_party on dcc_alert (party_id, created_at);

-- Housekeeping keeps a GPF that a remaining CHF or gas meter still names.
create index device_associated_gpf on device (associated_gpf_id) where associated_gpf_id is not null;

-- Housekeeping walks the Pending devices of a type in (since, device ID) order, one chunk after the
-- other from where the last ended, rather than rescanning the dead entries its earlier chunks left.
drop index device_pending_since;
create index device_pending_since on device (device_type, smi_status_since, device_id) where smi_status = 'PENDING';
