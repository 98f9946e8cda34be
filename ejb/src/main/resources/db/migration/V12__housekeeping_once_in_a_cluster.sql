-- Housekeeping in a cluster: every node's timer fires at the scheduled time, and one run comes of it; a run whose
-- node died is taken over by another. A run records the node that holds it and, when a timer started it, the minute
-- it was scheduled for: a second node's record for the same minute is refused by the index and that node does
-- nothing. Both columns are nullable and without defaults, so adding them does not rewrite the table.
alter table housekeeping_run add column node varchar(23);
alter table housekeeping_run add column scheduled_for timestamptz;
create unique index housekeeping_run_once_per_schedule on housekeeping_run (scheduled_for) where trigger = 'TIMER';
