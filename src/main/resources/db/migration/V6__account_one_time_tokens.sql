-- Spring Security's JdbcOneTimeTokenService reads and writes this table by these names. Its
-- bundled schema is for H2 (varchar_ignorecase, 50 characters); here the username is the
-- account's email address, which may be up to 254 characters.
create table one_time_tokens (
    token_value varchar(36)  not null primary key,
    username    varchar(254) not null,
    expires_at  timestamp    not null
);

create index one_time_tokens_expires_at_idx on one_time_tokens (expires_at);
