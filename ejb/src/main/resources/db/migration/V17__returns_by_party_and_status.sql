-- The index of a Service User's returns list filtered by status (docs/smi-scale.md, measured on the generator's loads).
-- With only returns_record_by_party (party, record_id desc), ReturnsTracking.page with a status walked the party's
-- records from the newest and skipped those of other statuses, so a page of a rare status read ever more rows as the
-- party's records grew: 1.2 ms at 5 million devices, 5.1 ms at 50 million; with this index 0.3 ms at both. Built
-- CONCURRENTLY: the table takes writes meanwhile (2.4 s at 50 million).
create index concurrently if not exists returns_record_by_party_status
    on returns_record (returning_party_id, status, record_id desc);
