package vn.motcua.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The operations door ({@code /actuator/**}), stateless like the API: health is open to anyone and machines (its
 * details only to managers and admins, see application.properties); Prometheus metrics to managers and admins by
 * HTTP Basic, or to a collector with the scrape token ({@code motcua.metrics.scrape-token}); a backup of the embedded
 * database to admins or the backup timer with its token ({@code motcua.backup.token}); nothing else.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ApiAccessProblems problems,
            ObjectProvider<SecurityContextHolderStrategy> strategies,
            @Value("${motcua.metrics.scrape-token:}") String scrapeToken,
            @Value("${motcua.backup.token:}") String backupToken) throws Exception {
        SecurityContextHolderStrategy contexts =
                strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(refused -> refused.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new OperationsTokenFilter(scrapeToken, OperationsTokenFilter.METRICS_READER, contexts),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new OperationsTokenFilter(backupToken, OperationsTokenFilter.BACKUP_TAKER, contexts),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .hasAnyAuthority("ROLE_" + Role.MANAGER.name(), "ROLE_" + Role.ADMIN.name(),
                                OperationsTokenFilter.METRICS_READER)
                        .requestMatchers(HttpMethod.POST, "/actuator/backup")
                        .hasAnyAuthority("ROLE_" + Role.ADMIN.name(), OperationsTokenFilter.BACKUP_TAKER)
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .build();
    }
}
