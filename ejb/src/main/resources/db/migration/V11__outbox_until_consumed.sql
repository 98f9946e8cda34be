-- An outbox row stays until its message has been consumed, so that a message a dead node's broker still holds is
-- sent again by another node instead of waiting for that node to come back. The relay records when it sent a row
-- and from which node; every node records that it is alive (dsp_node) at each relay sweep; a row sent by a node
-- not seen for a while is sent again. The consumer deletes the row in its own transaction, so a copy that arrives
-- after the work was done finds none and does nothing. A message dead-lettered after its last attempt keeps its row,
-- marked dead, so that an operator's resend from the DLQ is still done once. Each statement here is instant on a
-- loaded table: nullable columns without defaults, and an index on the few rows not yet relayed.
alter table outbox_message add column relayed_at timestamptz;
alter table outbox_message add column relayed_by varchar(23);
alter table outbox_message add column dead_at timestamptz;
create index outbox_message_not_relayed on outbox_message (message_id) where relayed_at is null and dead_at is null;

create table dsp_node (
    name    varchar(23) primary key,
    seen_at timestamptz not null
);
