/**
 * The national paper forms of a dossier (Mẫu 01, 02, 03 and 06) as PDF files with their fonts embedded, and the
 * receipt and supplement slips a counter's thermal printer prints: pure values in, paper out, no database.
 */
package vn.motcua.forms;
