-- What the product's own queries find in the loaded SMI, each written as the product writes it (the class named), so
-- that the load is known to hold work for them. :big is Supplier 01, the party shaped to be the largest.
with
-- housekeeping.control.DueDeviceDeletion COUNT, for every type not excluded by default (CHF, GPF), cutoff P12M
due as (
    select count(*) as n from device d
    where d.smi_status = 'PENDING' and d.device_type in ('ESME', 'GSME', 'HCALCS', 'PPMID', 'IHD', 'CAD')
      and d.smi_status_since <= (now() at time zone 'UTC' - interval '12 months') at time zone 'UTC'),
-- stock.boundary.CommsHubStock, ch_in_stock() (V18): the party's CHFs delivered, Pending, never installed, in its hands
stock as (select count(*) as n from device d where d.delivered_to_party_id = :'big' and ch_in_stock(d)),
-- returns.boundary.ReturnsTracking page: the party's returns records
returns as (select count(*) as n from returns_record where returning_party_id = :'big'),
-- ReturnsTracking.overdue: past due and not closed
returns_overdue as (select count(*) as n from returns_record where status <> 'CLOSED' and due_on < current_date),
-- incidents.boundary.IncidentLists, overdue only: open past the due date
incidents_overdue as (select count(*) as n from incident where status = 'OPEN' and due_on < current_date),
-- the re-flash holds CSPM-N3 asks for (reflash_item_one_open) and the charges of the month-end ledger
reflash_open as (select count(*) as n from reflash_item
                 where status in ('REQUESTED', 'AUTHORISED', 'RECEIVED', 'REFLASHED', 'DISPATCHED')),
-- smi.boundary.InventoryReads.byMpxn: the MPAN of the first returned CH that had been installed, replaced since, so
-- that the MPAN names the meter and two CHs (found through the returns records: no index leads to such a CH)
mpxn as (
    select x.import_mpxn, (select count(*) from device d where d.import_mpxn = x.import_mpxn) as n
    from (select d.import_mpxn from returns_record r join device d on d.device_id = r.device_id
          where d.import_mpxn is not null order by r.record_id limit 1) x)
select format('%-64s %12s', 'Pending devices due for housekeeping (P12M, CHF/GPF excluded)', to_char(n, 'FM999,999,990'))
from due
union all select format('%-64s %12s', 'Supplier 01''s stock view (CHs)', to_char(n, 'FM999,999,990')) from stock
union all select format('%-64s %12s', 'Supplier 01''s returns records', to_char(n, 'FM999,999,990')) from returns
union all select format('%-64s %12s', 'returns records past due and not closed', to_char(n, 'FM999,999,990'))
from returns_overdue
union all select format('%-64s %12s', 'incidents open past their due date', to_char(n, 'FM999,999,990'))
from incidents_overdue
union all select format('%-64s %12s', 'CHs in an open re-flash', to_char(n, 'FM999,999,990')) from reflash_open
union all select format('%-64s %12s', 'SR 8.2 by MPxN ' || import_mpxn || ': devices', n) from mpxn;
