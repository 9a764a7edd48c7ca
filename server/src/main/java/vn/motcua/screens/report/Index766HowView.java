package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import vn.motcua.report.Index766.Code;

/** How the 766 index is computed, in the staff's words (the same as docs/index766.md in the repository). */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/chi-so-766/cach-tinh")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/index766.css")
public class Index766HowView extends Div implements HasDynamicTitle {

    public Index766HowView() {
        addClassNames("admin", "index766", "index766-how");
        setId("index766-how-page");
        add(new H1(getTranslation("index766.how.title")));
        for (String part : new String[] {"source", "handled", "late", "dissatisfied"}) {
            add(new Paragraph(getTranslation("index766.how." + part)));
        }
        add(new Paragraph(getTranslation("index766.how.formulas")));
        UnorderedList formulas = new UnorderedList();
        formulas.setId("index766-formulas");
        for (Code code : Code.values()) {
            formulas.add(new ListItem(getTranslation("index766.how.f." + code.name())));
        }
        add(formulas);
        for (String part : new String[] {"score", "estimate", "marks"}) {
            add(new Paragraph(getTranslation("index766.how." + part)));
        }
        RouterLink back = new RouterLink(getTranslation("index766.how.back"), Index766View.class);
        back.setId("index766-how-back");
        add(back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index766.how.title");
    }
}
