-- One school registry. The ministry's schools (table school: vacancies open there) and the host
-- schools (table host_school: candidates intern there) were two lists of the same schools. They
-- become one table, school, with a role for each; a school can have both.
--
-- Every id that another row points to is kept. School ids do not change, so vacancies keep theirs.
-- A host school with the same name, region and settlement as a school becomes that school's row
-- (both roles). Any other host school keeps its id, unless a school already has that id: then it
-- takes a new one above every id of both tables. Its internship periods follow it either way.
-- (Host schools registered twice under one name, region and settlement become one row too: the
-- lowest id, and its account, or else the other's.) V22 moves the id generator past the highest id.

alter table school add column leads_vacancies boolean not null default false;
update school set leads_vacancies = true;
alter table school add column hosts_interns boolean not null default false;
alter table school add column email varchar(254);
alter table school add column user_id varchar(64);

-- where each host school goes: host_school.id -> school.id
create table school_merge (
    host_school_id bigint primary key,
    school_id      bigint not null
);

-- the same school in both lists
insert into school_merge (host_school_id, school_id)
select h.id, s.id
from host_school h
join school s on s.region = h.region and s.settlement = h.settlement and s.name = h.name;

-- a host school of its own keeps its id where no school has it...
insert into school_merge (host_school_id, school_id)
select h.id, h.id
from host_school h
where h.id not in (select host_school_id from school_merge)
  and h.id = (select min(d.id) from host_school d
              where d.region = h.region and d.settlement = h.settlement and d.name = h.name)
  and not exists (select 1 from school s where s.id = h.id);

-- ...and takes a new one above every id where a school has it
insert into school_merge (host_school_id, school_id)
select h.id,
       (select max(ids.id) from (select id from school union all select id from host_school) ids)
         + row_number() over (order by h.id)
from host_school h
where h.id not in (select host_school_id from school_merge)
  and h.id = (select min(d.id) from host_school d
              where d.region = h.region and d.settlement = h.settlement and d.name = h.name)
  and exists (select 1 from school s where s.id = h.id);

-- a host school registered twice goes where its first registration goes
insert into school_merge (host_school_id, school_id)
select h.id, m.school_id
from host_school h
join school_merge m on m.host_school_id = (select min(d.id) from host_school d
                                           where d.region = h.region and d.settlement = h.settlement and d.name = h.name)
where h.id not in (select host_school_id from school_merge);

-- the host schools of their own, as schools in the internship role: general schools, not Keleshek,
-- until the ministry's import says otherwise
insert into school (id, name, region, settlement, organisation_type, keleshek, leads_vacancies, hosts_interns, email,
                    user_id)
select m.school_id, h.name, h.region, h.settlement, 'SCHOOL', false, false, true, h.email,
       coalesce(h.user_id, (select min(d.user_id) from host_school d
                            where d.region = h.region and d.settlement = h.settlement and d.name = h.name))
from host_school h
join school_merge m on m.host_school_id = h.id
where m.school_id not in (select id from school)
  and h.id = (select min(d.id) from host_school d
              where d.region = h.region and d.settlement = h.settlement and d.name = h.name);

-- the schools in both lists take the internship role, the host school's address and account
update school
set hosts_interns = true,
    email = (select h.email from host_school h
             where h.id = (select min(m.host_school_id) from school_merge m where m.school_id = school.id)),
    user_id = coalesce(
        (select h.user_id from host_school h
         where h.id = (select min(m.host_school_id) from school_merge m where m.school_id = school.id)),
        (select min(h.user_id) from host_school h join school_merge m on m.host_school_id = h.id
         where m.school_id = school.id))
where leads_vacancies and id in (select school_id from school_merge);

-- internship periods point to the one registry
alter table internship_period add column school_id bigint;
update internship_period
set school_id = (select m.school_id from school_merge m where m.host_school_id = internship_period.host_school_id);
alter table internship_period alter column school_id set not null;
alter table internship_period add constraint fk_internship_period_school foreign key (school_id) references school (id);
-- dropping the column drops its reference to host_school (its constraint has a generated name)
alter table internship_period drop column host_school_id;
create index ix_internship_period_school on internship_period (school_id);

drop table school_merge;
drop table host_school;

alter table school add constraint ck_school_role check (leads_vacancies or hosts_interns);
-- a host school is written to
alter table school add constraint ck_school_host_email check (email is not null or not hosts_interns);
-- one account, one school: it evaluates that school's interns
alter table school add constraint uq_school_user unique (user_id);
