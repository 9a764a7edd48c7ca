package vn.motcua.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.motcua.security.ui.LoginView;

/**
 * Two doors. The API is stateless: people send HTTP Basic credentials, devices their token, and each route says
 * who may call it. The screens use a session and a sign-in page; which screen each role may open is
 * {@link ScreenAccess}, and device screens are {@link DeviceScreenGuard}'s.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {


    private static final String[] OFFICERS = {Role.OFFICER.name(), Role.UNIT_HEAD.name()};
    private static final String[] STAFF = {Role.OFFICER.name(), Role.UNIT_HEAD.name(), Role.MANAGER.name(),
            Role.ADMIN.name()};
    private static final String[] MANAGERS = {Role.MANAGER.name(), Role.UNIT_HEAD.name(), Role.ADMIN.name()};

    /** BCrypt; tests lower the cost (motcua.security.bcrypt-strength) so a thousand API calls stay fast. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${motcua.security.bcrypt-strength:10}") int strength) {
        String id = "bcrypt";
        return new DelegatingPasswordEncoder(id, Map.of(id, new BCryptPasswordEncoder(strength)));
    }

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withNavigationAccessChecker(new ScreenAccess())
                .withLoginView(LoginView.class);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, DevicePairing pairing, ApiAccessProblems problems,
            ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
        // This application's own strategy, as its other filters use it: the static holder is replaced by every
        // Vaadin application started in the same JVM (tests start several), and must not be trusted here.
        SecurityContextHolderStrategy contexts = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/pair/claim", "/pair/token")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(refused -> refused.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new DeviceTokenFilter(pairing, contexts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers("/v3/api-docs/**", "/pair/claim", "/pair/token").permitAll()
                        // What the hall board and a visitor's phone show anyway.
                        .requestMatchers(HttpMethod.GET, "/api/v1/services", "/api/v1/queue", "/api/v1/tickets/*",
                                "/api/v1/procedures")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tickets").hasAuthority(DeviceRole.KIOSK.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/return").hasAnyRole(OFFICERS)
                        .requestMatchers("/api/v1/counters/*/*").hasAnyRole(OFFICERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/visits").hasAnyRole(OFFICERS)
                        // Reception and return are counter work; the other steps are on any staff member's name the
                        // dossier's rules allow (holder, head of unit, manager); rulings are for heads and managers.
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers", "/api/v1/dossiers/*/return")
                        .hasAnyRole(OFFICERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/supplement/*/ruling")
                        .hasAnyRole(MANAGERS)
                        // An apology's new appointment is a leader's decision: managers and administrators.
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/apology/decision")
                        .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/apology").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*/apology", "/api/v1/apologies",
                                "/api/v1/apologies/missing")
                        .hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/hand-off", "/api/v1/dossiers/*/result",
                                "/api/v1/dossiers/*/supplement", "/api/v1/dossiers/*/supplement/received")
                        .hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*/control-slip").hasAnyRole(STAFF)
                        // Explanations: officers write their own, heads rule their unit's, managers read and rule all.
                        .requestMatchers(HttpMethod.GET, "/api/v1/explanations").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/explanations").hasAnyRole(OFFICERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/explanations/*/ruling").hasAnyRole(MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/unit-explanations").hasRole(Role.UNIT_HEAD.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/unit-explanations").hasAnyRole(MANAGERS)
                        // Staff read the register as far as their role reaches; heads and managers record in it.
                        .requestMatchers(HttpMethod.GET, "/api/v1/violations").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/violations").hasAnyRole(MANAGERS)
                        // Anyone may send feedback, follow it by its code, read published answers and leave a phone
                        // number for their own ticket; staff record hotline calls and answer; heads and managers
                        // publish and follow up dissatisfied ratings; managers assign feedback to a unit; the broker
                        // watch is for managers and the police.
                        .requestMatchers(HttpMethod.GET, "/api/v1/feedback").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback/hotline", "/api/v1/feedback/*/answer")
                        .hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback/*/publication").hasAnyRole(MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback/*/assignment")
                        .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/follow-ups", "/api/v1/follow-ups/**").hasAnyRole(MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/watch")
                        .hasAnyRole(Role.MANAGER.name(), Role.POLICE.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/watch/actions").hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*/messages").hasAnyRole(STAFF)
                        // Each officer reads their own monthly evaluation, a head their unit's; the head proposes a
                        // grade, the chairperson (a manager) decides. The rankings a center publishes are public.
                        .requestMatchers(HttpMethod.GET, "/api/v1/evaluations").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations/*/proposal")
                        .hasAnyRole(Role.UNIT_HEAD.name(), Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations/*/decision").hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/rankings").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/marks").hasAnyRole(STAFF)
                        .requestMatchers("/api/v1/reports/**").hasAnyRole(MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers", "/api/v1/dossiers/*").hasAnyRole(STAFF)
                        // A dossier's papers carry the applicant's name: the center's staff only.
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*/*.pdf").hasAnyRole(STAFF)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/import")
                        .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        // What is left has no endpoint (MVC answers 404, or 405 with Allow) or is a public read.
                        // AccessTableTest fails for any endpoint missing from its table, so none is open by mistake.
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain screens(HttpSecurity http) throws Exception {
        // Static files the public screens need before anyone signs in (styles, faces, pictograms, voice clips).
        http.authorizeHttpRequests(routes -> routes.requestMatchers("/styles/**", "/faces/**", "/announcer/**",
                "/pictograms/**", "/favicon.ico").permitAll()
                // A dossier's papers carry the applicant's name: signed-in staff only.
                .requestMatchers("/giay-to/**").hasAnyRole(STAFF));
        // An address no screen has goes on to the router, which answers with the page-not-found screen in words,
        // instead of a sign-in (or the browser's bare 403) for a page that does not exist. Screens are still guarded
        // by ScreenAccess at navigation, and the API by its own chain above.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.permitAll())).build();
    }
}
