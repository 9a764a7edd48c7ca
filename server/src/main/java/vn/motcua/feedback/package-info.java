/**
 * Citizens watching back (seeds 000, 001, 002): feedback answered in writing before its deadline and published once
 * cleared of personal data, denunciations to the chairperson, and every dissatisfied rating followed up.
 */
package vn.motcua.feedback;
