-- The stable-teams soft rule: off (0) for every community until it asks for it.
alter table community add column weight_teams integer default 0 not null;
