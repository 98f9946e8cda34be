-- The parties (Service Users and CSPs) and the Smart Metering Inventory.
-- Written for an SMI of tens of millions of devices: Device IDs are EUI-64s held as bigint,
-- and housekeeping finds Pending devices through a partial index.

create table party (
    party_id       varchar(23)  primary key check (party_id ~ '^[0-9A-F]{2}(-[0-9A-F]{2}){7}$'),
    name           varchar(200) not null,
    csp_region     varchar(12)  check (csp_region in ('NORTH', 'CENTRAL', 'SOUTH', 'NORTH_4G', 'CENTRAL_4G', 'SOUTH_4G')),
    email          varchar(320),
    alert_endpoint varchar(2000),
    password_hash  varchar(200),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);

create table party_role (
    party_id varchar(23) not null references party on delete cascade,
    role     varchar(3)  not null check (role in ('IS', 'GS', 'ES', 'ED', 'GT', 'RSA', 'OU', 'CSP')),
    primary key (party_id, role)
);

-- A signing certificate is found by its serial number (issuer names differ between producers).
create table party_certificate (
    serial_number varchar(64)   primary key,
    party_id      varchar(23)   not null references party on delete cascade,
    subject       varchar(1000) not null,
    not_before    timestamptz   not null,
    not_after     timestamptz   not null,
    pem           text          not null
);
create index party_certificate_party on party_certificate (party_id);

create table device (
    device_id             bigint      primary key,
    device_type           varchar(6)  not null check (device_type in ('ESME', 'GSME', 'GPF', 'CHF', 'HCALCS', 'PPMID', 'IHD', 'CAD')),
    manufacturer          varchar(30) not null,
    model                 varchar(30) not null,
    firmware_version      varchar(40),
    hardware_version      varchar(40),
    smets_chts_version    varchar(40),
    han_variant           varchar(12) check (han_variant in ('SINGLE_BAND', 'DUAL_BAND')),
    csp_region            varchar(12) check (csp_region in ('NORTH', 'CENTRAL', 'SOUTH', 'NORTH_4G', 'CENTRAL_4G', 'SOUTH_4G')),
    smi_status            varchar(30) not null check (smi_status in ('PENDING', 'WHITELISTED', 'INSTALLED_NOT_COMMISSIONED',
                              'COMMISSIONED', 'DECOMMISSIONED', 'WITHDRAWN', 'SUSPENDED', 'RECOVERY', 'RECOVERED')),
    smi_status_since      timestamptz not null,
    logistics_status      varchar(20) check (logistics_status in ('DELIVERED', 'RETURNED')),
    gpf_device_id         bigint      references device deferrable initially deferred,
    notifying_party_id    varchar(23) not null references party,
    delivered_to_party_id varchar(23) references party,
    delivery_date         date,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);

-- Housekeeping: Pending devices of a type, oldest first. Small, because few devices stay Pending.
create index device_pending_since on device (device_type, smi_status_since) where smi_status = 'PENDING';
create index device_gpf on device (gpf_device_id) where gpf_device_id is not null;
create index device_delivered_to on device (delivered_to_party_id);
create index device_notifying_party on device (notifying_party_id);
