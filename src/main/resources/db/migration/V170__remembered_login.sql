-- "Remember me on this device": one row per remembered device (a series, as Spring Security calls it).
-- Only SHA-256 hashes of the cookie's token are stored: a copy of the database signs nobody in.
-- The previous token's hash is kept for a minute after each rotation, so that two requests a phone sends
-- at once with the same cookie are not taken for a stolen cookie.
create table remembered_login (
    series              varchar(64)  not null primary key,
    username            varchar(64)  not null references account (username) on delete cascade,
    token_hash          varchar(64)  not null,
    previous_token_hash varchar(64),
    created_at          timestamp    not null,
    last_used           timestamp    not null
);

create index ix_remembered_login_username on remembered_login (username);
