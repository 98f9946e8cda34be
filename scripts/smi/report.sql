-- The sizes part of the load's report: for each loaded table its rows (counted, not estimated), its size on disk
-- without its indexes (pg_table_size: heap, TOAST, free space and visibility maps) and its indexes' (pg_indexes_size),
-- largest first; then the database as a whole. :tables is a text array of the loaded tables.
with sizes as (
    select c.relname,
           (xpath('/row/n/text()',
                  query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text::bigint
               as n,
           pg_table_size(c.oid) as heap,
           pg_indexes_size(c.oid) as indexes
    from pg_class c
    where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
      and c.relname = any (:'tables'::text[] || array['party', 'party_role', 'firmware_release'])
),
lines as (
    select 0 as part, 0 as bytes, format('%-26s %14s %12s %12s', 'table', 'rows', 'table size', 'index size') as line
    union all
    select 1, heap + indexes, format('%-26s %14s %12s %12s', relname, to_char(n, 'FM999,999,999,990'),
                                     pg_size_pretty(heap), pg_size_pretty(indexes))
    from sizes
    union all
    select 2, 0, format('%-26s %14s %12s %12s', 'all of them', '', pg_size_pretty(sum(heap)),
                        pg_size_pretty(sum(indexes)))
    from sizes
    union all
    select 3, 0, format('%-41s %25s', 'database ' || current_database() || ' on disk',
                        pg_size_pretty(pg_database_size(current_database())))
)
select line from lines order by part, bytes desc, line;
