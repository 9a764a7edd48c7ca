/**
 * Deliberately broken code, one class per broken house rule, that the architecture rules must report
 * ({@code ArchitectureRulesCatchViolationsTest}). A miniature of the product under its own root: screens, a queue
 * with an internal package, a report, two UI modules and device drivers. Nothing here is a bean, a route or a
 * repository, so neither Spring nor Vaadin picks it up, and the product's rules import no test classes.
 */
package vn.motcua.archfixture;
