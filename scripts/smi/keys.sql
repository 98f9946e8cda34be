-- The keys, indexes and foreign keys of the tables about to be loaded (:tables, a text array), each as the statement
-- that makes it again and the one that drops it, tab-separated after its phase: 1 primary and unique keys (the foreign
-- keys need them), 2 the other indexes, 3 the foreign keys. Read from the catalogue rather than written out here, so
-- a new migration's index is dropped and made again without anyone touching this script.
select 1 as phase,
       format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),
       format('alter table %s drop constraint %I', conrelid::regclass, conname)
from pg_constraint
where contype in ('p', 'u') and conrelid::regclass::text = any (:'tables'::text[])
union all
select 2, indexdef, format('drop index %I.%I', schemaname, indexname)
from pg_indexes i
where schemaname = current_schema() and tablename = any (:'tables'::text[])
  and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
union all
select 3,
       format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),
       format('alter table %s drop constraint %I', conrelid::regclass, conname)
from pg_constraint
where contype = 'f'
  and (conrelid::regclass::text = any (:'tables'::text[]) or confrelid::regclass::text = any (:'tables'::text[]))
order by 1, 2;
