-- CSP gateways authenticate on the HTTPS listener with a client certificate registered to their party (README,
-- 'CSPM-N3'): found by the SHA-256 of its DER encoding, which no other certificate shares.
create table party_gateway_certificate (
    fingerprint char(64)      primary key,
    party_id    varchar(23)   not null references party on delete cascade,
    subject     varchar(1000) not null,
    not_before  timestamptz   not null,
    not_after   timestamptz   not null,
    pem         text          not null
);
create index party_gateway_certificate_party on party_gateway_certificate (party_id);

-- One CSP per region: the CSP of a CH's region is the one that receives it back. Only CSPs have a region.
create unique index party_one_csp_per_region on party (csp_region);
