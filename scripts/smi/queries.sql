-- The product's key queries against a loaded SMI, each with its plan and time (EXPLAIN ANALYZE), as the class named
-- sends it (literals where it binds parameters). Run it by hand against a load:
--     psql -h 127.0.0.1 -U postgres -d dsp_scale -f scripts/smi/queries.sql
-- Writes nothing: the statements that lock or change rows run in a transaction that is rolled back.
\set big '90-B3-D5-1F-30-01-00-00'
\set small '90-B3-D5-1F-30-01-00-14'
\pset pager off
select device_id as chf, gpf_device_id as gpf, import_mpxn as mpxn from device
where device_type = 'CHF' and logistics_status = 'RETURNED' and import_mpxn is not null order by device_id limit 1 \gset
-- a pallet: 896 of Supplier 01's stock CHs delivered together
create temporary table pallet as
    select device_id from device where device_type = 'CHF' and delivered_to_party_id = :'big' and smi_status = 'PENDING'
      and logistics_status = 'DELIVERED' and installed_at is null order by delivery_date, device_id limit 896;
select string_agg(device_id::text, ',') as pallet_ids from pallet \gset
-- a bulk return: 999 installed CHs of Supplier 01
select string_agg(device_id::text, ',') as return_ids from (
    select device_id from device where device_type = 'CHF' and responsible_supplier_id = :'big'
      and logistics_status = 'DELIVERED' order by device_id limit 999) r \gset

\echo '== SR 8.2 by Device ID (InventoryReads.byDeviceId: em.find)'
explain (analyze, buffers, costs off) select * from device where device_id = :chf;
\echo '== SR 8.2 by MPxN (InventoryReads.byMpxn)'
explain (analyze, buffers, costs off) select * from device where import_mpxn = :'mpxn' order by device_id;

\echo '== CSPM-N3, a pallet of 896 known CHs: the devices locked (PreNotifications), then the re-flash holds (ReflashFirmware.holdsOn)'
begin;
explain (analyze, buffers, costs off) select * from device where device_id = any (array[:pallet_ids]::bigint[]) for update;
rollback;
explain (analyze, buffers, costs off)
select i.device_id, i.status, w.status from reflash_item i left join work_order w on w.work_order_id = i.work_order_id
where i.device_id in (:pallet_ids);

\echo '== Bulk return of 999 CHs (ReturnsFacade.lockedDevices, ReturnedDevices, ReturnsRecordWriter)'
begin;
explain (analyze, buffers, costs off) select * from device where device_id in (:return_ids) for update;
explain (analyze, buffers, costs off) update device set logistics_status = 'RETURNED', updated_at = now(), version = version + 1
where device_id in (:return_ids);
explain (analyze, buffers, costs off)
insert into returns_record (request_id, device_id, gpf_device_id, returning_party_id, service_reference_variant,
    return_type, csp_region, status, opened_at, due_on)
select 'scale-test', device_id, device_id + 1, :'big', '8.14.4', 'No Fault Return (general)', 'NORTH', 'OPEN', now(),
       current_date + 90
from device where device_id in (:return_ids)
on conflict (request_id, device_id) do nothing;
rollback;

\echo '== Housekeeping: a chunk of 1,000 due ESMEs (DueDeviceDeletion CHUNK, its select), and the dry-run COUNT'
begin;
explain (analyze, buffers, costs off)
select d.device_id, d.smi_status_since from device d
where d.smi_status = 'PENDING' and d.device_type = 'ESME' and d.smi_status_since <= now() - interval '12 months'
  and (d.smi_status_since, d.device_id) > ('-infinity'::timestamptz, -9223372036854775808)
  and (d.device_type <> 'GPF'
       or not exists (select 1 from device r where r.gpf_device_id = d.device_id or r.associated_gpf_id = d.device_id))
order by d.smi_status_since, d.device_id limit 1000 for update skip locked;
rollback;
explain (analyze, buffers, costs off)
select count(*) from device d
where d.smi_status = 'PENDING' and d.device_type = 'GPF' and d.smi_status_since <= now() - interval '12 months'
  and (d.device_type <> 'GPF'
       or not exists (select 1 from device r where r.gpf_device_id = d.device_id or r.associated_gpf_id = d.device_id));

\echo '== Stock view of Supplier 01 (CommsHubStock.summary, then a page of hubs), and of a small supplier'
-- V19's functions, which the planner inlines: the plans shown are those of their statements
explain (analyze, buffers, costs off)
select * from ch_stock_summary(:'big');
explain (analyze, buffers, costs off)
select * from ch_stock_page(:'big', -9223372036854775808, 1000);
explain (analyze, buffers, costs off)
select * from ch_stock_page(:'small', -9223372036854775808, 1000);
\echo '== Month-end CH stock counts, every party, as StockCountKeeping takes them once a month (CommsHubStock.monthEnd)'
-- the month bound as a constant, as CommsHubStock binds it
select date_trunc('month', (now() at time zone 'Europe/London') - interval '1 month')::date as last_month \gset
explain (analyze, buffers, costs off)
select * from ch_held_at_month_end(:'last_month');

\echo '== Returns list of Supplier 01, newest first, first page and with a status filter (ReturnsTracking.page)'
explain (analyze, buffers, costs off)
select * from returns_record where returning_party_id = :'big' order by record_id desc limit 100;
explain (analyze, buffers, costs off)
select * from returns_record where returning_party_id = :'big' and status = 'RECEIVED' order by record_id desc limit 100;
\echo '== A bulk request counted by status (ReturnsTracking.countsByStatus)'
select request_id as big_request from returns_record where returning_party_id = :'big'
group by 1 order by count(*) desc, 1 limit 1 \gset
explain (analyze, buffers, costs off)
select status, count(*) from returns_record where returning_party_id = :'big' and request_id = :'big_request'
group by status order by status;
\echo '== Returns past due, for DCC operators (ReturnsTracking.overdue); a CSP receiving a CH (ReturnsReceipts)'
explain (analyze, buffers, costs off)
select * from returns_record where status <> 'CLOSED' and due_on < current_date and record_id > 0
order by record_id limit 1000;
explain (analyze, buffers, costs off)
select record_id from returns_record where csp_region = 'NORTH' and device_id = :chf;

\echo '== Incidents: the overdue list (IncidentLists), the hourly deadline job (IncidentDeadlines), the meters'
explain (analyze, buffers, costs off)
select * from incident where status = 'OPEN' and due_on < current_date order by incident_id desc limit 100;
explain (analyze, buffers, costs off)
select * from incident where status = 'OPEN' and due_on < current_date and overdue_reported_on is null;
explain (analyze, buffers, costs off)
select count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'ANSWERED'),
       count(*) filter (where status = 'OPEN' and due_on < current_date) from incident where status <> 'CLOSED';

\echo '== Re-flash charges of a month (ReflashLedger)'
explain (analyze, buffers, costs off)
select party_id, month, request_id, device_id, amount, charged_at from reflash_charge
where party_id = :'big' and month = date_trunc('month', current_date - 30)::date order by party_id, request_id, device_id;
