-- The soft rules' weights are set on the community settings page, from 0 to 1000 (Community.WEIGHT_MAX);
-- the database holds the same range. Nothing could set them higher before, but a hand-edited value is kept
-- inside it rather than failing the migration.
update community set weight_home = least(weight_home, 1000), weight_preferred = least(weight_preferred, 1000),
    weight_fairness = least(weight_fairness, 1000), weight_continuity = least(weight_continuity, 1000),
    weight_stability = least(weight_stability, 1000), weight_teams = least(weight_teams, 1000);
alter table community add constraint ck_community_weights check (
    weight_home between 0 and 1000 and weight_preferred between 0 and 1000 and weight_fairness between 0 and 1000
    and weight_continuity between 0 and 1000 and weight_stability between 0 and 1000
    and weight_teams between 0 and 1000);
