package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * Every repository can be made, its JPQL queries parsed and checked against the entities. The server makes each
 * repository on its first use (a faster start, see application.properties), so a query broken by an entity change
 * would otherwise surface only when a screen first calls it; here it fails the build.
 */
@ServerTest
class RepositoryQueriesTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryIsMadeWithItsQueriesCheckedAgainstTheEntities() {
        // Asking for the beans themselves makes the lazy ones, as a first use would.
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);

        assertThat(repositories).as("the application's repositories").hasSizeGreaterThanOrEqualTo(37);
        assertThat(repositories.values()).allSatisfy(repository -> assertThat(repository.toString()).isNotBlank());
    }
}
