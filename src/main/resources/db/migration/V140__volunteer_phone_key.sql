-- Phones are unique within a community: an account's username is its volunteer's phone, so two
-- volunteers with one number could never both sign in. The key is the number without spaces and dashes
-- ("138 0013 8000" and "138-0013-8000" are one phone), as the service and the usernames spell it.
alter table volunteer add column phone_key varchar(20);

update volunteer set phone_key = replace(replace(phone, ' ', ''), '-', '')
where phone is not null and trim(phone) <> '';

-- Data saved before the rule may hold a number twice: the first volunteer keeps the key, the others get
-- none (their phone stays as typed) and are told of the clash at their next save. Never fail a start.
update volunteer set phone_key = null
where phone_key is not null and exists (
    select 1 from volunteer other
    where other.community_id = volunteer.community_id and other.phone_key = volunteer.phone_key
      and other.id < volunteer.id);

create unique index uk_volunteer_phone on volunteer (community_id, phone_key);
