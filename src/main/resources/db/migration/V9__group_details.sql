-- What a group says about itself, for its page and the network's directory. No home addresses:
-- the area is a place name or a postcode district only.
alter table follow_on_group add column purpose varchar(300);
alter table follow_on_group add column area varchar(60);
alter table follow_on_group add column venue_type varchar(30);
alter table follow_on_group add column accessibility varchar(200) not null default '';
alter table follow_on_group add column meets_online boolean not null default false;
alter table follow_on_group add column open_to_new_members boolean not null default false;
