-- A make-up test sitting: a candidate reinstated (an overturned rejection at screening) once the test
-- window had opened sits the test later, from opens_on to sit_by (days in Astana). The import takes
-- results dated in it; the candidate is a no-show only when it closes, not when the window does.
create table make_up_sitting (
    application_id bigint       primary key references application (id),
    opens_on       date         not null,
    sit_by         date         not null,
    granted_for    varchar(200) not null,
    granted_at     timestamp with time zone not null
);
