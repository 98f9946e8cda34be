-- The stock view's reads and the month-end count, defined once for everyone who runs them: the product
-- (CommsHubStock), the comparison of two SMI sizes (scripts/smi/CompareSizes.java) and the hand-run plans
-- (scripts/smi/queries.sql), which each wrote them out before. Plain SQL functions, neither strict nor volatile, so
-- that the planner inlines them: each runs, and explains, as its statement written out would, and the stock's
-- predicate ch_in_stock() still matches the partial index device_stock_by_id. Marked parallel safe, as they are: a
-- function left unmarked keeps the statement it is inlined in from parallel workers, and the month-end count, a scan
-- of the device table, took twice as long without them. Creating them locks nothing.

alter function ch_in_stock(device) parallel safe;

-- A party's stock by model and firmware version: the lines as of the last fold with the changes since (V18), and each
-- line's oldest delivery, its first day whose sum is positive, read from that line's oldest day on.
create function ch_stock_summary(party varchar)
    returns table (manufacturer varchar, model varchar, firmware_version varchar, chs numeric, oldest_delivery date)
    language sql stable parallel safe as $$
    select l.manufacturer, l.model, l.firmware_version, sum(l.chs),
           (select d.delivery_date from ch_stock_change d
            where d.party_id = party and d.manufacturer = l.manufacturer and d.model = l.model
              and coalesce(d.firmware_version, '') = coalesce(l.firmware_version, '')
            group by d.delivery_date having sum(d.chs) > 0 order by d.delivery_date limit 1)
    from (select s.manufacturer, s.model, nullif(s.firmware_version, '')::varchar as firmware_version, s.chs
          from ch_stock_line s where s.party_id = party
          union all
          select c.manufacturer, c.model, c.firmware_version, c.chs
          from ch_stock_change c where c.party_id = party and not c.compacted) l
    group by 1, 2, 3 having sum(l.chs) > 0 order by 1, 2, 3
$$;

-- A keyset page of a party's stock CHs by Device ID, after the given one, read from device_stock_by_id alone.
create function ch_stock_page(party varchar, after bigint, page_size integer)
    returns table (device_id bigint, manufacturer varchar, model varchar, firmware_version varchar,
                   delivery_date date)
    language sql stable parallel safe as $$
    select d.device_id, d.manufacturer, d.model, d.firmware_version, d.delivery_date from device d
    where d.delivered_to_party_id = party and ch_in_stock(d) and d.device_id > after
    order by d.device_id limit page_size
$$;

-- Per party, its CHFs delivered by the month's last day and not installed before the next month began in the UK: the
-- month-end counts (seed 002 section 2.4), for the month that starts on month_start.
create function ch_held_at_month_end(month_start date)
    returns table (party_id varchar, chs bigint)
    language sql stable parallel safe as $$
    select d.delivered_to_party_id, count(*) from device d
    where d.device_type = 'CHF' and d.delivered_to_party_id is not null
      and d.delivery_date < (month_start + interval '1 month')::date
      and (d.installed_at is null
           or d.installed_at >= (month_start + interval '1 month')::timestamp at time zone 'Europe/London')
    group by 1 order by 1
$$;

-- Takes and keeps a month's end counts, once: true for the caller that took them. Another caller at the same moment
-- waits on the first one's row in ch_month_end_taken until it commits, then finds the month taken.
create function ch_month_end_take(month_start date) returns boolean language plpgsql as $$
begin
    insert into ch_month_end_taken (month, taken_at) values (month_start, now()) on conflict do nothing;
    if not found then
        return false;
    end if;
    insert into ch_month_end (month, party_id, chs)
    select month_start, h.party_id, h.chs from ch_held_at_month_end(month_start) h;
    return true;
end
$$;
