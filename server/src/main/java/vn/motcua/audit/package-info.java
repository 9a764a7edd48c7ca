/** The audit trail: sign-ins, counter sessions, device pairings and changes of configuration, never changed. */
package vn.motcua.audit;
