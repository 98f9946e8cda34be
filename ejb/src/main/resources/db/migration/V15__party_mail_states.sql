-- The mails to a party's people (incidents, re-flash requests and work orders) keep a delivery state as CSP notices
-- do: QUEUED when written with the step they tell of, SENT once mailed, FAILED when every attempt failed, so that an
-- administrator sees the ones that did not go and sends them again. Keyed by the mail's Message-ID.
create table party_mail (
    message_id varchar(250)  primary key,
    about      varchar(300)  not null,
    party_id   varchar(23)   not null,
    recipients varchar(2000) not null,
    subject    varchar(300)  not null,
    status     varchar(7)    not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    failure    varchar(300),
    queued_at  timestamptz   not null,
    sent_at    timestamptz
);
create index party_mail_party on party_mail (party_id, queued_at);
create index party_mail_not_sent on party_mail (status, queued_at) where status <> 'SENT';
