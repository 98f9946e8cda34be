#!/usr/bin/env bash
# Makes a national-size Smart Metering Inventory in a database of its own, to measure the product's queries at scale
# (docs/smi-scale.md): the product's own migrations (with Flyway's history, so the server can be pointed at it), then
# parties, devices, returns, incidents and re-flash loaded with COPY from a deterministic generator (scripts/smi/).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/scripts/smi"
MIGRATIONS="$ROOT/ejb/src/main/resources/db/migration"
BIG=90-B3-D5-1F-30-01-00-00 # Supplier 01, the largest (generate.py)
# The tables loaded, in an order that lets each row's foreign keys find what they name. The two that grow with the
# SMI (BULK) lose their keys, indexes and foreign keys during the load and get them back after; the others hold a few
# thousandths of its rows and are loaded with theirs in place. The parties and the firmware catalogue come first.
LOADED=(device returns_record csp_return_notification duis_originator_counter incident incident_event
    reflash_request work_order reflash_item reflash_charge reflash_event reflash_forecast)
BULK=(device returns_record)

usage() {
    cat <<EOF
Usage: scripts/smi-generate.sh --devices N [--database NAME] [--reuse] [--as-of YYYY-MM-DD] [--jobs J]
       scripts/smi-generate.sh --drop [--database NAME]
       scripts/smi-generate.sh --devices N --plan

Creates the database NAME (default dsp_scale) on PostgreSQL at \$PGHOST:\$PGPORT as \$PGUSER (default
127.0.0.1:5432, postgres), applies the product's migrations and loads an SMI of exactly N devices with the mix
of a national estate, then prints a report of times and sizes (kept in the table scale_load).

  --devices N    how many device rows (e.g. 50000000); the other tables follow in proportion
  --database     the database to make; one this script did not make is never dropped
  --reuse        if NAME already holds a completed load of N devices, print its report and do nothing else
  --drop         drop NAME (made by this script) and exit
  --plan         print the row counts a load of N devices would have, and exit
  --as-of        the day the data's dates count back from (default today, UTC); same N and day, same rows
  --jobs         generator processes for the device rows (default 2)
EOF
}

DEVICES="" DATABASE=dsp_scale REUSE="" DROP="" PLAN="" AS_OF="$(date -u +%F)" JOBS=2
while [ $# -gt 0 ]; do
    case "$1" in
        --devices) DEVICES="${2:?--devices needs a number}"; shift 2 ;;
        --database) DATABASE="${2:?--database needs a name}"; shift 2 ;;
        --as-of) AS_OF="${2:?--as-of needs a day}"; shift 2 ;;
        --jobs) JOBS="${2:?--jobs needs a number}"; shift 2 ;;
        --reuse) REUSE=1; shift ;;
        --drop) DROP=1; shift ;;
        --plan) PLAN=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
# The name goes into SQL unquoted: keep it to what needs no quoting.
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--database: lower-case letters, digits and _ only" >&2; exit 2; }

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE" "$@"; }
generate() { python3 "$HERE/generate.py" "$@" --devices "$DEVICES" --as-of "$AS_OF"; }
now() { date +%s.%N; }
since() { awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.1f", to - from }'; }
say() { echo "$*" >&2; }

exists() { [ "$(admin -Atc "select count(*) from pg_database where datname = '$DATABASE'")" = 1 ]; }
made_here() { [ "$(db -Atc "select to_regclass('scale_load') is not null")" = t ]; }
refuse_foreign() {
    made_here || { say "$DATABASE exists and was not made by this script (no scale_load table): not touching it"; exit 1; }
}

if [ -n "$DROP" ]; then
    if exists; then
        refuse_foreign
        admin -c "drop database $DATABASE"
        say "dropped $DATABASE"
    else
        say "$DATABASE does not exist"
    fi
    exit 0
fi

[[ "$DEVICES" =~ ^[0-9]+$ ]] && [ "$DEVICES" -ge 1000 ] || { say "--devices N (at least 1000) is needed"; usage >&2; exit 2; }
[[ "$JOBS" =~ ^[1-9][0-9]?$ ]] || { say "--jobs: a number of processes, 1 to 99"; exit 2; }
if [ -n "$PLAN" ]; then
    generate plan
    exit 0
fi

if exists; then
    refuse_foreign
    if [ -n "$REUSE" ] && [ "$(db -Atc "select count(*) from scale_load
            where devices = $DEVICES and loaded_at is not null")" -gt 0 ]; then
        db -Atc "select report from scale_load where devices = $DEVICES and loaded_at is not null
            order by loaded_at desc limit 1"
        exit 0
    fi
    say "$DATABASE holds another load (or an unfinished one): dropping it"
    admin -c "drop database $DATABASE"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
START="$(now)"

# ---- the schema: the product's migrations in version order, and Flyway's record of them
say "creating $DATABASE and applying the migrations"
admin -c "create database $DATABASE"
db -c "create table scale_load (
           devices bigint not null, as_of date not null, started_at timestamptz not null default now(),
           loaded_at timestamptz, copy_seconds numeric, index_seconds numeric, key_seconds numeric,
           vacuum_seconds numeric, seconds numeric, report text)
       -- loaded_at stays null until the load is complete: --reuse trusts only a complete one" \
   -c "insert into scale_load (devices, as_of) values ($DEVICES, '$AS_OF')"
db -c "create table flyway_schema_history (
           installed_rank integer not null constraint flyway_schema_history_pk primary key,
           version varchar(50), description varchar(200) not null, type varchar(20) not null,
           script varchar(1000) not null, checksum integer, installed_by varchar(100) not null,
           installed_on timestamp not null default now(), execution_time integer not null, success boolean not null);
       create index flyway_schema_history_s_idx on flyway_schema_history (success)"
RANK=0
for migration in $(cd "$MIGRATIONS" && ls V*__*.sql | sort -t_ -k1.2 -n); do
    RANK=$((RANK + 1))
    from="$(now)"
    # One transaction each, as Flyway runs them; one that builds indexes CONCURRENTLY cannot run in one, nor does Flyway
    if grep -qi 'concurrently' "$MIGRATIONS/$migration"; then
        db -f "$MIGRATIONS/$migration"
    else
        db -1 -f "$MIGRATIONS/$migration"
    fi
    millis="$(awk -v s="$(since "$from")" 'BEGIN { printf "%d", s * 1000 }')"
    python3 "$HERE/flyway_history.py" "$RANK" "$MIGRATIONS/$migration" "$millis" >> "$WORK/history.tsv"
done
HISTORY_COLUMNS="installed_rank, version, description, type, script, checksum, installed_by, execution_time, success"
db -c "\copy flyway_schema_history ($HISTORY_COLUMNS) from '$WORK/history.tsv'"

# ---- the few rows everything refers to, with their keys
for table in party party_role firmware_release firmware_release_change; do
    generate copy "$table" | db -c "copy $table ($(generate columns "$table")) from stdin"
done

# ---- no keys, indexes or foreign keys on the bulk tables while loading: each would cost a lookup or an index insert
# per row. Their definitions are read from the catalogue first and made again, one at a time, after the load.
TABLES="{$(IFS=,; echo "${LOADED[*]}")}"
db -AtF $'\t' -v tables="{$(IFS=,; echo "${BULK[*]}")}" -f "$HERE/keys.sql" > "$WORK/keys.tsv"
{ awk -F'\t' '$1 == 3 { print $3 ";" }' "$WORK/keys.tsv"
  awk -F'\t' '$1 != 3 { print $3 ";" }' "$WORK/keys.tsv"; } | db -1
say "dropped $(wc -l < "$WORK/keys.tsv") keys, indexes and foreign keys of ${BULK[*]}"

# ---- the load. A bulk table is truncated and filled in one transaction, so that COPY FREEZE writes its rows already
# frozen and visible to all: the VACUUM after it has nothing to rewrite, where it would otherwise write every page
# again. One COPY per table; the device rows are made by $JOBS generator processes feeding that one COPY.
# The device table's triggers keep the stock counts (V18) statement by statement: a load of millions of rows in one
# statement would hold all of them in its transition tables. They are off for the load, and the counts made after it.
db -c "alter table device disable trigger user"
COPY_START="$(now)"
for table in "${LOADED[@]}"; do
    from="$(now)"
    if [[ " ${BULK[*]} " == *" $table "* ]]; then
        generate copy "$table" --jobs "$JOBS" |
            db -1 -c "truncate $table" -c "copy $table ($(generate columns "$table")) from stdin with (freeze)"
    else
        generate copy "$table" | db -c "copy $table ($(generate columns "$table")) from stdin"
    fi
    say "  $(since "$from") s  loaded $table"
done
COPY_SECONDS="$(since "$COPY_START")"

# ---- keys and indexes, then the foreign keys (each validated by one query over its table)
remake() {
    local phase="$1" make
    while IFS=$'\t' read -r -u 3 _ make _; do
        from="$(now)"
        db -c "set maintenance_work_mem = '1GB'" -c "$make"
        say "  $(since "$from") s  $make"
    done 3< <(awk -F'\t' -v p="$phase" '$1 ~ p' "$WORK/keys.tsv")
}
INDEX_START="$(now)"
remake '^[12]$'
INDEX_SECONDS="$(since "$INDEX_START")"
KEY_START="$(now)"
remake '^3$'
KEY_SECONDS="$(since "$KEY_START")"
from="$(now)"
db -c "alter table device enable trigger user" -c "select ch_stock_recount()"
say "  $(since "$from") s  the stock counts made (ch_stock_recount)"

# The loaded rows carry their IDs: each ID sequence continues after the highest, so the server's next row is new.
# (The re-flash sequences step by 50 and the server uses the 50 IDs up to the value it draws: the same setval holds.)
db -c "do \$\$ declare r record; highest bigint; begin
    for r in select s.seqrelid::regclass as seq, a.attname as col, c.oid::regclass as tab
             from pg_sequence s join pg_depend d on d.objid = s.seqrelid and d.deptype = 'a'
             join pg_class c on c.oid = d.refobjid join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
             where c.relname = any ('$TABLES'::text[]) loop
        execute format('select max(%I) from %s', r.col, r.tab) into highest;
        if highest is not null then perform setval(r.seq, highest); end if;
    end loop; end \$\$"

VACUUM_START="$(now)"
db -c "vacuum analyze"
VACUUM_SECONDS="$(since "$VACUUM_START")"
SECONDS_ALL="$(since "$START")"

# ---- the report: on stdout, and kept with the load for --reuse
REPORT="$(
    printf 'SMI scale load: %s devices in %s, dates as of %s, %s\n' \
        "$(db -Atc "select to_char($DEVICES, 'FM999,999,999,990')")" "$DATABASE" "$AS_OF" \
        "$(db -Atc "select split_part(version(), ' on ', 1)")"
    printf '  %-40s %8s s\n' "generation and COPY" "$COPY_SECONDS" \
        "primary keys, unique keys and indexes" "$INDEX_SECONDS" \
        "foreign keys (validated)" "$KEY_SECONDS" \
        "vacuum analyze" "$VACUUM_SECONDS" \
        "total, migrations included" "$SECONDS_ALL"
    echo
    db -At -v tables="$TABLES" -f "$HERE/report.sql"
    echo
    echo "What the product's queries find:"
    db -At -v big="$BIG" -f "$HERE/checks.sql"
)"
# (psql puts :'report' in quoted, from a script only: not from -c)
echo "update scale_load set loaded_at = now(), copy_seconds = $COPY_SECONDS, index_seconds = $INDEX_SECONDS,
    key_seconds = $KEY_SECONDS, vacuum_seconds = $VACUUM_SECONDS, seconds = $SECONDS_ALL, report = :'report'" |
    db -v report="$REPORT"
echo "$REPORT"
