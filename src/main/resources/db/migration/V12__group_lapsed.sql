-- A coordinator can record that someone has stopped coming: the membership ends as lapsed.
alter table membership add column lapsed boolean not null default false;
