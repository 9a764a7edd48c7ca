package vn.motcua.archfixture.screens;

import com.vaadin.flow.component.html.Div;
import org.springframework.data.repository.CrudRepository;

/** Breaks rule a: a screen reading a repository. */
public class BoardReadingRepository extends Div {

    /** Shows how many rows the repository holds. */
    public BoardReadingRepository(CrudRepository<Object, Long> tickets) {
        setText(String.valueOf(tickets.count()));
    }
}
