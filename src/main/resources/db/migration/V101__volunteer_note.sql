-- The office's own remark about a volunteer (the 备注 column of the volunteers' workbook).
alter table volunteer add column note varchar(500);
