package vn.motcua.catalogue;

import jakarta.persistence.Embeddable;

/** One paper of a procedure's dossier (thành phần hồ sơ) and how many copies, e.g. "01 bản chính". */
@Embeddable
public record ProcedureDocument(String name, String copies, boolean required) {
}
