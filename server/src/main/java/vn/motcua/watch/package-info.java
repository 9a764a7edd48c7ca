/**
 * The broker watch (cò giấy tờ, seed 002): signals found in the center's own data, each with its evidence and the
 * center's thresholds, and what managers did about them; the commune police liaison reads it.
 */
package vn.motcua.watch;
