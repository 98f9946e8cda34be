-- CH re-flash (seed 003, MP155): the firmware catalogue, parties' requests, the DSMS work orders given to the
-- CSPs, each CH's way through them, the explicit charges, the parties' forecasts and the history of every step.

-- The latest production firmware version per CH manufacturer and model, kept by DCC operators.
create table firmware_release (
    release_id      bigserial     primary key,
    manufacturer    varchar(30)   not null,
    model           varchar(30)   not null,
    latest_version  varchar(40)   not null,
    set_at          timestamptz   not null,
    set_by          varchar(64)   not null,
    unique (manufacturer, model)
);

-- A party's request to have CHs it holds re-flashed and re-delivered to it (requirement 1).
create table reflash_request (
    request_id       bigserial      primary key,
    party_id         varchar(23)    not null references party,
    status           varchar(10)    not null check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED')),
    address          varchar(500)   not null,
    contact_name     varchar(100)   not null,
    contact_phone    varchar(40)    not null,
    contact_email    varchar(254),
    wanted_on        date           not null,
    requested_at     timestamptz    not null,
    requested_by     varchar(64)    not null,
    decided_at       timestamptz,
    decided_by       varchar(64),
    decision_reason  varchar(1000),
    version          bigint         not null default 0
);
create index reflash_request_by_party on reflash_request (party_id, request_id desc);
create index reflash_request_by_status on reflash_request (status, request_id);
create index reflash_request_by_month on reflash_request (party_id, requested_at);

-- One DSMS work order per CSP that must re-flash CHs of an accepted request (by each CH's region).
create table work_order (
    work_order_id  bigserial     primary key,
    request_id     bigint        not null references reflash_request,
    csp_party_id   varchar(23)   not null references party,
    csp_region     varchar(8)    not null,
    status         varchar(10)   not null check (status in ('OPEN', 'DISPATCHED', 'DELIVERED')),
    created_at     timestamptz   not null,
    dispatched_at  timestamptz,
    dispatched_by  varchar(64),
    delivered_at   timestamptz,
    delivered_by   varchar(64),
    version        bigint        not null default 0,
    unique (request_id, csp_region)
);
create index work_order_by_csp on work_order (csp_party_id, work_order_id desc);

-- One CH of a request, from the request to its re-delivery (docs/state-machine.md, 'Re-flash').
create table reflash_item (
    item_id          bigserial     primary key,
    request_id       bigint        not null references reflash_request,
    device_id        bigint        not null,
    status           varchar(14)   not null check (status in ('REQUESTED', 'NOT_AUTHORISED', 'AUTHORISED',
                                       'RECEIVED', 'REFUSED', 'REFLASHED', 'FAILED', 'DISPATCHED', 'DELIVERED')),
    work_order_id    bigint        references work_order,
    csp_region       varchar(8),
    model            varchar(30)   not null,
    firmware_before  varchar(40),
    firmware_after   varchar(40),
    firmware_source  varchar(8)    check (firmware_source in ('N3', 'UPLOAD')),
    reason           varchar(500),
    updated_at       timestamptz   not null,
    updated_by       varchar(64)   not null,
    version          bigint        not null default 0,
    unique (request_id, device_id)
);
-- A CH is in one re-flash at a time: the rule holds against two requests racing.
create unique index reflash_item_one_open on reflash_item (device_id)
    where status in ('REQUESTED', 'AUTHORISED', 'RECEIVED', 'REFLASHED', 'DISPATCHED');
create index reflash_item_by_work_order on reflash_item (work_order_id, device_id);

-- The explicit charge of each CH re-flashed successfully, at the rate in force then (seed 003 section 9.2).
create table reflash_charge (
    charge_id     bigserial      primary key,
    request_id    bigint         not null references reflash_request,
    device_id     bigint         not null,
    party_id      varchar(23)    not null references party,
    month         date           not null,
    amount        numeric(10,2)  not null check (amount >= 0),
    charged_at    timestamptz    not null,
    unique (request_id, device_id)
);
create index reflash_charge_by_party on reflash_charge (party_id, month);

-- The parties' six-monthly forecasts of their re-flash volumes (MP155-D-001), one figure per month.
create table reflash_forecast (
    party_id  varchar(23)   not null references party,
    month     date          not null,
    volume    integer       not null check (volume >= 0),
    given_at  timestamptz   not null,
    given_by  varchar(64)   not null,
    primary key (party_id, month)
);

-- Every step of a request, its work orders and its CHs: who (user and party, or the CSP's gateway), when, what.
create table reflash_event (
    event_id       bigserial      primary key,
    request_id     bigint         not null references reflash_request,
    work_order_id  bigint,
    device_id      bigint,
    at             timestamptz    not null,
    username       varchar(64)    not null,
    party_id       varchar(23)    not null,
    step           varchar(24)    not null,
    text           varchar(1000)
);
create index reflash_event_by_request on reflash_event (request_id, event_id);

-- A file or a request writes up to a few thousand items, charges and history rows: the server takes their IDs 50 at
-- a time, so that it can send the rows in JDBC batches (an identity column would cost a round trip per row). Its
-- block ends at the value nextval gives, so the first value must be at least 50.
alter sequence reflash_item_item_id_seq increment by 50 restart with 50;
alter sequence reflash_charge_charge_id_seq increment by 50 restart with 50;
alter sequence reflash_event_event_id_seq increment by 50 restart with 50;

-- A CH authorised for re-flash is away from the party's stock until it is delivered back (or sent back refused);
-- one whose re-flash failed is scrapped. Neither can be installed, returned or re-flashed again.
alter table device drop constraint device_logistics_status_check;
alter table device add constraint device_logistics_status_check
    check (logistics_status in ('DELIVERED', 'RETURNED', 'AWAY_FOR_REFLASH', 'SCRAPPED'));
-- A party's stock: its CHFs delivered and never installed, by model and firmware.
create index device_stock on device (delivered_to_party_id, model, firmware_version)
    where device_type = 'CHF' and installed_at is null;
