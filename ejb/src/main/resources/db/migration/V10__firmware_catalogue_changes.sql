-- Every setting of the firmware catalogue, who set which model to which version and from which: the catalogue
-- decides which CHs may be re-flashed, so DCC Logistics and the auditors see how it came to say what it says.
create table firmware_release_change (
    change_id         bigserial     primary key,
    manufacturer      varchar(30)   not null,
    model             varchar(30)   not null,
    previous_version  varchar(40),
    latest_version    varchar(40)   not null,
    changed_at        timestamptz   not null,
    changed_by        varchar(64)   not null
);

-- What the catalogue holds already is its first recorded setting.
insert into firmware_release_change (manufacturer, model, previous_version, latest_version, changed_at, changed_by)
select manufacturer, model, null, latest_version, set_at, set_by from firmware_release order by set_at;
