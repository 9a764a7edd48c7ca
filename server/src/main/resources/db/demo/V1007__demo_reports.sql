-- Demo: what the 766 index and the evaluations read. The police counter's officer belongs to a vertical agency and
-- counter 2's is on contract (figures, no grade); some dossiers were digitised, paid online or sent to the portal.
update officer set employment = 'VERTICAL_AGENCY' where code = 'CB06';
update officer set employment = 'CONTRACT' where code = 'CB07';
update officer set employment = 'PUBLIC_EMPLOYEE' where code = 'CB05';
update dossier set documents_digitised = true where mod(id, 4) <> 0;
update dossier set result_digitised = true where mod(id, 4) <> 0 and processed_at is not null;
update dossier set paid_online = (mod(id, 3) = 0) where procedure_id in (select id from admin_procedure where fee_vnd > 0);
update dossier set synced_at = received_at where source = 'LOCAL' and mod(id, 5) <> 0;
