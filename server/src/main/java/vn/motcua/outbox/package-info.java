/**
 * Messages to citizens, one row each in an outbox (channel, recipient, text, state): the default sender only records
 * them; SMS, Zalo or e-mail senders take the waiting ones when a center configures one.
 */
package vn.motcua.outbox;
