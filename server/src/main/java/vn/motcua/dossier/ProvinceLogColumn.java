package vn.motcua.dossier;

/**
 * A field of the province's dossier log by the national portal's name, whether the header must have it, and the
 * longest value the dossier table keeps (0: a date or status, checked for its form instead).
 */
enum ProvinceLogColumn {
    MA_HO_SO("MaHoSo", true, 60),
    MA_TTHC("MaTTHC", true, 40),
    CHU_HO_SO("ChuHoSo", true, 300),
    SO_DIEN_THOAI("SoDienThoai", true, 20),
    NGAY_TIEP_NHAN("NgayTiepNhan", true, 0),
    NGAY_HEN_TRA("NgayHenTra", true, 0),
    TRANG_THAI_HO_SO("TrangThaiHoSo", true, 0),
    NGAY_KET_THUC_XU_LY("NgayKetThucXuLy", false, 0),
    NGAY_TRA("NgayTra", false, 0),
    DON_VI_XU_LY("DonViXuLy", false, 300);

    final String portalName;
    /** A required column must be in the header and have a value on every row; the others may be left out or empty. */
    final boolean required;
    final int maxLength;

    ProvinceLogColumn(String portalName, boolean required, int maxLength) {
        this.portalName = portalName;
        this.required = required;
        this.maxLength = maxLength;
    }
}
