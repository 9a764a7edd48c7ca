package vn.motcua.catalogue;

/** An admin changed a field, a service or a procedure: the kiosks redraw their services at once. */
public record CatalogueChanged(String what) {
}
