-- Indexes that a national-size SMI needs (docs/smi-scale.md, measured on the generator's loads). Built
-- CONCURRENTLY, so that a loaded SMI takes writes while they are built (Flyway runs this migration outside a
-- transaction). An index whose build was interrupted stays INVALID: drop it and start the server again.

-- A party's stock exactly as the stock view selects it (CommsHubStock.STOCK), CH by CH in Device ID order, with what
-- the view shows of each: a keyset page of it reads its own rows from the index alone (without it each page sorted
-- the party's whole stock), and its summary by model and firmware reads the party's entries and no table row.
create index concurrently if not exists device_stock_by_id on device (delivered_to_party_id, device_id)
    include (manufacturer, model, firmware_version, delivery_date)
    where device_type = 'CHF' and installed_at is null and smi_status = 'PENDING'
        and (logistics_status is null or logistics_status = 'DELIVERED');

-- Every CSPM-N3 call asks which of its CHs were ever in a re-flash, whatever the status (ReflashFirmware.holdsOn):
-- reflash_item_one_open holds only the open ones, so the question read the whole table, which grows with every
-- re-flash.
create index concurrently if not exists reflash_item_device on reflash_item (device_id);
