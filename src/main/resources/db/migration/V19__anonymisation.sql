-- The log of anonymisations: which application lost its personal data, when and under which
-- retention period. What the reports count (region, language, the IIN's sex digit, post,
-- organisation type, stage outcomes and scores) stays in the application's own rows.
create table anonymisation (
    application_id bigint        primary key references application (id),
    anonymised_at  timestamp with time zone not null,
    retention      varchar(20)   not null
);
