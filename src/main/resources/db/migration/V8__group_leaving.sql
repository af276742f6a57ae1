-- Why someone left a group (optional, coded for the network's summaries), and who recorded it.
alter table membership add column left_reason varchar(30);
alter table membership add column left_reason_other varchar(200);
