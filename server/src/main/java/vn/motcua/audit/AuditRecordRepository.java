package vn.motcua.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The audit trail can be appended to and read; it offers no way to change or remove a record. */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    /** Newest first, each filter ignored when null. */
    @Query("""
            select r from AuditRecord r
            where r.at >= :from and r.at < :to
              and (:actor is null or lower(r.actor) like lower(concat('%', cast(:actor as string), '%')))
              and (:action is null or r.action = :action)
            order by r.at desc, r.id desc""")
    List<AuditRecord> find(@Param("from") Instant from, @Param("to") Instant to, @Param("actor") String actor,
            @Param("action") AuditAction action, Pageable page);
}
