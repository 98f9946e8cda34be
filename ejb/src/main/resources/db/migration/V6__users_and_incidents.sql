-- People: each user belongs to exactly one party (a Service User, a CSP, or the DSP itself for DCC operators).
-- Passwords are PBKDF2-SHA256 hashes, as the parties' gateway passwords are.
create table party_user (
    username       varchar(64)   primary key,
    party_id       varchar(23)   not null references party on delete cascade,
    password_hash  varchar(200)  not null,
    email          varchar(254),
    roles          varchar(200)  not null,
    enabled        boolean       not null default true,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);
create index party_user_party on party_user (party_id);

-- Failed sign-ins, counted per user name and source address: five lock that name from that address for
-- 15 minutes, without renewing while locked, so a stranger elsewhere cannot keep the owner out.
create table login_failure (
    username      varchar(64)   not null,
    source        varchar(64)   not null,
    failures      integer       not null,
    last_failure  timestamptz   not null,
    locked_until  timestamptz,
    primary key (username, source)
);

-- 'Request for Install Code' incidents (SEC MP121): raised by a gaining supplier, assigned to the installing one.
create table incident (
    incident_id          bigserial     primary key,
    device_id            bigint        not null,
    raised_by_party_id   varchar(23)   not null references party,
    raised_by_user       varchar(64)   not null,
    assignee_party_id    varchar(23)   not null references party,
    status               varchar(8)    not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    raised_at            timestamptz   not null,
    due_on               date          not null,
    sealed_install_code  varchar(200),
    answered_at          timestamptz,
    closed_at            timestamptz,
    resolution           varchar(2000),
    reminded_on          date,
    overdue_reported_on  date,
    version              bigint        not null default 0
);
-- One open incident per raising party and device.
create unique index incident_one_open on incident (raised_by_party_id, device_id) where status <> 'CLOSED';
-- The lists page by keyset (newest first) within a party's incidents.
create index incident_by_raiser on incident (raised_by_party_id, incident_id desc);
create index incident_by_assignee on incident (assignee_party_id, incident_id desc);
create index incident_due on incident (due_on) where status = 'OPEN';
-- The meters count the incidents not closed, and the alerts not delivered, every 15 seconds: without reading the rest.
create index incident_not_closed on incident (status) where status <> 'CLOSED';
create index dcc_alert_undelivered on dcc_alert (status) where status in ('NEW', 'QUEUED', 'UNDELIVERABLE', 'FAILED');

-- Every step of an incident: who, when, what. Readings of the install code are steps too.
create table incident_event (
    event_id     bigserial     primary key,
    incident_id  bigint        not null references incident on delete cascade,
    at           timestamptz   not null,
    username     varchar(64),
    party_id     varchar(23),
    kind         varchar(30)   not null,
    text         varchar(4000)
);
create index incident_event_of on incident_event (incident_id, event_id);

-- Install codes lodged ahead of time by the installing supplier (beyond MP121: MP281's codes in the SMI).
create table lodged_install_code (
    device_id            bigint        primary key,
    party_id             varchar(23)   not null references party,
    sealed_install_code  varchar(200)  not null,
    lodged_at            timestamptz   not null,
    lodged_by            varchar(64)   not null
);

-- Returns tracking pages read a party's records newest first by keyset.
create index if not exists returns_record_by_party on returns_record (returning_party_id, record_id desc);
