-- The CSP's side of returns (seed 003, issue 13 point 9): the CSP of the CH's region marks a returns record
-- received when the CH arrives, then closed. Who did each step, and when, is kept on the record.
alter table returns_record
    add column received_at timestamptz,
    add column received_by varchar(100),
    add column closed_at   timestamptz,
    add column closed_by   varchar(100);

-- A CSP's records, newest first, by keyset.
create index returns_record_by_region on returns_record (csp_region, record_id desc);
-- Records past their due date and not closed, for the DCC's operators.
create index returns_record_not_closed on returns_record (due_on, record_id) where status <> 'CLOSED';
