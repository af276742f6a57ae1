-- The day a group usually meets, so the directory can be filtered by day.
alter table follow_on_group add column usual_day varchar(9);
