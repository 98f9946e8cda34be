-- Per party, the CHs of its stock kept as counts, and each month's end counts kept once taken (docs/smi-scale.md):
-- counting at the time of asking read rows in proportion to the stock, 0.7 s for a supplier holding 2 million CHs
-- and 6 s for the month-end counts at 50 million devices.

-- A CH in a party's stock, exactly as the stock view selects it (CommsHubStock.STOCK).
create function ch_in_stock(d device) returns boolean language sql immutable as $$
    select d.device_type = 'CHF' and d.delivered_to_party_id is not null and d.smi_status = 'PENDING'
        and d.installed_at is null and (d.logistics_status is null or d.logistics_status = 'DELIVERED')
$$;

-- Changes of each party's stock by model, firmware version and delivery day; the stock is their sum. Rows are only
-- ever added by the statements that change the device table, so that concurrent writers never wait for each other
-- on a count, and folded into one row per group by ch_stock_compact() (a timer, StockCountKeeping). A compacted row is
-- marked, so that folding reads only the parties changed since. A line's oldest delivery is its oldest day whose sum
-- is positive: ch_stock_change_oldest finds it by reading from the line's oldest day on, a row or two.
create table ch_stock_change (
    change_id        bigint generated always as identity primary key,
    party_id         varchar(23) not null,
    manufacturer     varchar(30) not null,
    model            varchar(30) not null,
    firmware_version varchar(40),
    delivery_date    date,
    chs              bigint      not null,
    compacted        boolean     not null default false
);
create index ch_stock_change_oldest
    on ch_stock_change (party_id, manufacturer, model, coalesce(firmware_version, ''), delivery_date);
create index ch_stock_change_new on ch_stock_change (party_id) where not compacted;

-- Per party, its stock by model and firmware version as of the last fold: the summary adds the changes not yet
-- folded, so it reads a row per line, however many days the stock spans. The version is '' where the SMI has none
-- (a key column cannot be null).
create table ch_stock_line (
    party_id         varchar(23) not null,
    manufacturer     varchar(30) not null,
    model            varchar(30) not null,
    firmware_version varchar(40) not null,
    chs              bigint      not null,
    primary key (party_id, manufacturer, model, firmware_version)
);

-- After each statement on device (a CSPM-N3 COPY, an install, a return, a re-flash, a housekeeping chunk, or anyone's
-- SQL), one row per group whose count the statement changed: the rows that left the stock count -1, those that
-- entered +1, a row changed within its group nets to nothing. Statement-level with transition tables, so that a
-- pallet of 896 CHs adds one row, not 896. Measured on single-row updates (5,000 in turns, stock settings): 10 us more
-- per statement that changes no stock (45 us without), 22 us more per one that changes a stock CH's group; a row-level
-- trigger with a WHEN condition cost 65 us more per statement even where it did not fire.
create function ch_stock_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into ch_stock_change (party_id, manufacturer, model, firmware_version, delivery_date, chs)
        select n.delivered_to_party_id, n.manufacturer, n.model, n.firmware_version, n.delivery_date, count(*)
        from new_rows n where ch_in_stock(n) group by 1, 2, 3, 4, 5;
    elsif tg_op = 'DELETE' then
        insert into ch_stock_change (party_id, manufacturer, model, firmware_version, delivery_date, chs)
        select o.delivered_to_party_id, o.manufacturer, o.model, o.firmware_version, o.delivery_date, -count(*)
        from old_rows o where ch_in_stock(o) group by 1, 2, 3, 4, 5;
    else
        insert into ch_stock_change (party_id, manufacturer, model, firmware_version, delivery_date, chs)
        select party_id, manufacturer, model, firmware_version, delivery_date, sum(chs)
        from (select n.delivered_to_party_id as party_id, n.manufacturer, n.model, n.firmware_version,
                     n.delivery_date, 1 as chs
              from new_rows n where ch_in_stock(n)
              union all
              select o.delivered_to_party_id, o.manufacturer, o.model, o.firmware_version, o.delivery_date, -1
              from old_rows o where ch_in_stock(o)) changed
        group by 1, 2, 3, 4, 5 having sum(chs) <> 0;
    end if;
    return null;
end
$$;

-- Folds every party changed since the last fold into one row per day and adds the folded changes to its lines. One
-- fold at a time: a node that finds another folding (its advisory lock held) leaves it to that one. Rows added after
-- the fold began are left for the next.
create function ch_stock_compact() returns bigint language plpgsql as $$
declare
    written bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('ch_stock_compact')) then
        return 0;
    end if;
    with changed as (select distinct party_id from ch_stock_change where not compacted),
    folded as (delete from ch_stock_change c using changed where c.party_id = changed.party_id
               returning c.party_id, c.manufacturer, c.model, c.firmware_version, c.delivery_date, c.chs, c.compacted),
    days as (insert into ch_stock_change (party_id, manufacturer, model, firmware_version, delivery_date, chs, compacted)
             select party_id, manufacturer, model, firmware_version, delivery_date, sum(chs), true
             from folded group by 1, 2, 3, 4, 5 having sum(chs) <> 0
             returning 1),
    lines as (insert into ch_stock_line (party_id, manufacturer, model, firmware_version, chs)
              select party_id, manufacturer, model, coalesce(firmware_version, ''), sum(chs)
              from folded where not compacted group by 1, 2, 3, 4
              on conflict (party_id, manufacturer, model, firmware_version)
                  do update set chs = ch_stock_line.chs + excluded.chs
              returning 1)
    select (select count(*) from days) + (select count(*) from lines) into written;
    return written;
end
$$;

-- Counts the whole stock again from the device table (this migration, and a bulk load that ran with the table's
-- triggers disabled: scripts/smi-generate.sh). The caller holds off writers to device meanwhile.
create function ch_stock_recount() returns void language sql as $$
    delete from ch_stock_change;
    insert into ch_stock_change (party_id, manufacturer, model, firmware_version, delivery_date, chs, compacted)
    select d.delivered_to_party_id, d.manufacturer, d.model, d.firmware_version, d.delivery_date, count(*), true
    from device d where ch_in_stock(d) group by 1, 2, 3, 4, 5;
    delete from ch_stock_line;
    insert into ch_stock_line (party_id, manufacturer, model, firmware_version, chs)
    select party_id, manufacturer, model, coalesce(firmware_version, ''), sum(chs) from ch_stock_change
    group by 1, 2, 3, 4;
$$;

-- Writers to device wait from here to this migration's commit (a second at 50 million devices, reading the stock
-- from its own index, device_stock_by_id), so that no change falls between the count and its first trigger.
lock table device in share row exclusive mode;
create trigger device_stock_inserted after insert on device referencing new table as new_rows
    for each statement execute function ch_stock_changed();
create trigger device_stock_updated after update on device referencing old table as old_rows new table as new_rows
    for each statement execute function ch_stock_changed();
create trigger device_stock_deleted after delete on device referencing old table as old_rows
    for each statement execute function ch_stock_changed();
select ch_stock_recount();

-- A month's end counts (CommsHubStock.monthEnd), taken once, as soon as the month has ended (a timer on the 1st, or
-- the first request for it), so that the figures a month's charges rest on do not change afterwards.
create table ch_month_end_taken (
    month    date        primary key,
    taken_at timestamptz not null
);
create table ch_month_end (
    month    date        not null references ch_month_end_taken on delete cascade,
    party_id varchar(23) not null,
    chs      bigint      not null,
    primary key (month, party_id)
);
