-- The board scores a roster whenever it is read; the stored score was written on every edit and read by nothing.
alter table roster drop column score;
