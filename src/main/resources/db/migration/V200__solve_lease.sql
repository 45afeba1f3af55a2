-- Who is solving a community's roster, across every app server sharing this database. A solve runs on
-- exactly one node: the node holding an unexpired lease. The holder renews it while it solves; a node
-- that dies stops renewing, the lease expires, and another node may start a solve. No foreign key: a
-- lease outlives nothing it refers to and must never block deleting a community.
create table solve_lease (
    community_id bigint                   primary key,
    node         varchar(100)             not null,
    started_by   varchar(100)             not null,
    started_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    filled       integer                  default 0 not null,
    seats        integer                  default 0 not null,
    hard         integer,
    empty_seats  integer,
    penalty      bigint
);
