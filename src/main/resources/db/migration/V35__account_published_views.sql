-- What the account module publishes for other modules' SQL (docs/architecture.md, "Published
-- views").

-- An account's email address (the network meeting's invitation list: a member with an account
-- is invited at its address).
create view account_contact as
select id, email
  from account;
