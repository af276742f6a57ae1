-- The duty role: clinicians and staff on the rota that reads and answers welfare concerns.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('CLINICIAN', 'PTV', 'MEMBER', 'STAFF', 'DUTY'));
