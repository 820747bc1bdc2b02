-- An offer can also be released: the reservist left the programme or can no longer take the post.

alter table vacancy_offer drop constraint ck_vacancy_offer_status;
alter table vacancy_offer add constraint ck_vacancy_offer_status
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'APPOINTED', 'RELEASED'));
