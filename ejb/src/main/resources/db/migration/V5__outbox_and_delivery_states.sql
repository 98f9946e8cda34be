-- The transactional outbox: every message the application sends is first a row here, written in the
-- transaction of the change that causes it (one local PostgreSQL transaction, no XA), and relayed to its
-- queue after commit. The relay deletes the rows it has sent; consumers are idempotent, so a row sent twice
-- (a crash between the send and the delete) makes nothing twice.
create table outbox_message (
    message_id  bigserial    primary key,
    destination varchar(80)  not null,
    body        text         not null,
    properties  text,
    created_at  timestamptz  not null
);

-- A CSP notice exists from the moment it is queued, so that one that cannot be delivered stays visible.
alter table csp_return_notification add column status varchar(7) not null default 'SENT'
    check (status in ('QUEUED', 'SENT', 'FAILED'));
alter table csp_return_notification add column queued_at timestamptz;
alter table csp_return_notification add column failure varchar(300);
alter table csp_return_notification alter column sent_at drop not null;
alter table csp_return_notification add column email varchar(254);
create index csp_return_notification_failed on csp_return_notification (queued_at) where status = 'FAILED';

-- An alert whose delivery failed on every attempt is FAILED, with the reason.
alter table dcc_alert drop constraint dcc_alert_status_check;
alter table dcc_alert add constraint dcc_alert_status_check
    check (status in ('NEW', 'QUEUED', 'DELIVERED', 'UNDELIVERABLE', 'FAILED'));
alter table dcc_alert add column failure varchar(300);
