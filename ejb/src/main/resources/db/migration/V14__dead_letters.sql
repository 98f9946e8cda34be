-- A dead-lettered message is a person's to send again (the admin API's /dead-letters and the SSMI page): why its last
-- attempt failed, and who sent it again and when. Nullable columns without defaults: instant on a loaded table.
alter table outbox_message add column dead_reason varchar(300);
alter table outbox_message add column resent_at timestamptz;
alter table outbox_message add column resent_by varchar(100);
create index outbox_message_dead on outbox_message (dead_at) where dead_at is not null;
