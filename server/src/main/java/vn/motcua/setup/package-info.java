/** A real center's first set-up: which steps are done before the kiosk opens. */
package vn.motcua.setup;
