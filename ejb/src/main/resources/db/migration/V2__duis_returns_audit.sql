-- DUIS: the replay guard, the Service Audit Trail, bulk Comms Hub returns and the DSMS returns records.

-- The supplier responsible for an installed CH (set by SR 8.14.1/8.14.2): it may return the CH after installation.
alter table device add column responsible_supplier_id varchar(23) references party;

-- The highest RequestID counter accepted from each originator: a counter not above it is a replay.
create table duis_originator_counter (
    originator_id varchar(23)    primary key references party on delete cascade,
    last_counter  numeric(20, 0) not null,
    updated_at    timestamptz    not null
);

-- The Service Audit Trail: one entry for each request, and one for each device it names, with its response code.
-- Entry IDs come from a sequence that hands out blocks of 1,000, so a bulk request's entries need no round trips.
create sequence sat_entry_seq start with 1000 increment by 1000;
create table sat_entry (
    entry_id                  bigint       primary key,
    request_id                varchar(80)  not null,
    originator_id             varchar(23)  not null,
    service_reference_variant varchar(10)  not null,
    entry_kind                varchar(7)   not null check (entry_kind in ('REQUEST', 'DEVICE')),
    device_id                 bigint,
    response_code             varchar(8)   not null,
    detail                    varchar(300),
    recorded_at               timestamptz  not null
);
create index sat_entry_request on sat_entry (request_id);
create index sat_entry_device on sat_entry (device_id) where device_id is not null;

-- DSMS Service Returns Records: one for each returned CH, created once per request and device.
create table returns_record (
    record_id                 bigserial    primary key,
    request_id                varchar(80)  not null,
    device_id                 bigint       not null,
    gpf_device_id             bigint,
    returning_party_id        varchar(23)  not null references party,
    service_reference_variant varchar(10)  not null check (service_reference_variant in ('8.14.3', '8.14.4')),
    return_type               varchar(80)  not null,
    fault_reason              varchar(60),
    connection_method         varchar(10),
    incident_reference        varchar(15),
    user_ref_id               varchar(25),
    additional_information    varchar(200),
    csp_region                varchar(12),
    status                    varchar(20)  not null check (status in ('OPEN', 'RECEIVED', 'CLOSED')),
    opened_at                 timestamptz  not null,
    due_on                    date         not null,
    unique (request_id, device_id)
);
create index returns_record_party on returns_record (returning_party_id, opened_at);
create index returns_record_device on returns_record (device_id);

-- Which CSP was told of which request's returns, so that a redelivered message mails nobody twice.
create table csp_return_notification (
    request_id   varchar(80) not null,
    csp_party_id varchar(23) not null references party,
    device_count integer     not null,
    sent_at      timestamptz not null,
    primary key (request_id, csp_party_id)
);
