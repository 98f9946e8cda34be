-- The SMI lifecycle over DUIS: what SR 12.2, 8.4 and 8.14.1/8.14.2 record of a device.

alter table device
    add column esme_variant          varchar(4),
    add column associated_gpf_id     bigint references device deferrable initially deferred,
    add column import_mpxn           varchar(13),
    add column secondary_import_mpan varchar(13),
    add column export_mpan           varchar(13),
    add column installed_at          timestamptz,
    add column commissioned_on       date;

-- SR 8.2 by MPxN.
create index device_import_mpxn on device (import_mpxn) where import_mpxn is not null;
create index device_responsible_supplier on device (responsible_supplier_id) where responsible_supplier_id is not null;
