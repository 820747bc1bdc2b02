-- The staff registry: where experts, commission members and other staff work, for the
-- conflict-of-interest rules (kept by administrators through the API, not in Camunda user info).

create table staff_member (
    user_id      varchar(64)  not null primary key,
    organisation varchar(300) not null,
    updated_by   varchar(64)  not null,
    updated_at   timestamp with time zone not null
);
