-- A test import survives a crash: its rows are stored as written (outcome PENDING) in the
-- transaction that creates the import, each is then processed and marked in its own transaction,
-- and progress is counted from them. The written values are kept to process a row after a restart.
alter table test_import_row alter column application_number set data type varchar(200);
alter table test_import_row add column written_score varchar(200);
alter table test_import_row add column written_date varchar(200);
alter table test_import_row add column problem varchar(500);

-- a row is stored once per import
drop index ix_test_import_row;
alter table test_import_row add constraint uq_test_import_row unique (import_id, row_number);

-- counted from the rows now: counters kept beside them were lost with the node's memory
alter table test_import drop column processed;
alter table test_import drop column accepted;
alter table test_import drop column unchanged;
alter table test_import drop column refused;

-- the node working an import holds it until lease_until and renews it as it goes; when a node
-- dies, its lease runs out and another node (or itself, restarted) takes the import over
alter table test_import add column lease_owner varchar(100);
alter table test_import add column lease_until timestamp with time zone;
