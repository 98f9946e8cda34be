-- The server's store of persistent EJB timers (the hourly incident deadlines), which every node of a cluster shares
-- so that each timeout fires on one node. WildFly creates this table when the database answers at its start; it is
-- created here too, in WildFly's own form for PostgreSQL (timer-sql.properties of WildFly 39), so that it exists
-- whatever the order in which the server and the database came up (asked first, so that PostgreSQL has nothing to
-- say when the server made it).
do $$
begin
if to_regclass('jboss_ejb_timer') is null then
create table jboss_ejb_timer (
    id                             varchar primary key not null,
    timed_object_id                varchar not null,
    initial_date                   timestamp,
    repeat_interval                bigint,
    next_date                      timestamp,
    previous_run                   timestamp,
    primary_key                    varchar,
    info                           text,
    timer_state                    varchar,
    schedule_expr_second           varchar,
    schedule_expr_minute           varchar,
    schedule_expr_hour             varchar,
    schedule_expr_day_of_week      varchar,
    schedule_expr_day_of_month     varchar,
    schedule_expr_month            varchar,
    schedule_expr_year             varchar,
    schedule_expr_start_date       varchar,
    schedule_expr_end_date         varchar,
    schedule_expr_timezone         varchar,
    auto_timer                     boolean,
    timeout_method_declaring_class varchar,
    timeout_method_name            varchar,
    timeout_method_descriptor      char(1),
    calendar_timer                 boolean,
    partition_name                 varchar not null,
    node_name                      varchar
);
create index jboss_ejb_timer_idenx on jboss_ejb_timer (partition_name, timed_object_id);
end if;
end
$$;
