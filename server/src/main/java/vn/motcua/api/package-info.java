/**
 * The versioned REST API under {@code /api/v1}, described by OpenAPI at {@code /v3/api-docs}: it only
 * translates HTTP to the queue engine and back, so nothing else in the application depends on it.
 */
package vn.motcua.api;
