package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.FieldsAndServices;

/** The admin keeps the fields and the services a visitor takes a ticket for; every change is audited. */
@RolesAllowed("ADMIN")
@Route("admin/services")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/catalogue-admin.css")
public class ServicesAdminView extends Div implements HasDynamicTitle {

    public ServicesAdminView(Catalogue catalogue, FieldsAndServices editing) {
        addClassNames("admin", "catalogue-admin");
        ServicesPart services = new ServicesPart(catalogue, editing);
        FieldsPart fields = new FieldsPart(catalogue, editing, services::fieldsChanged);
        add(new H1(getTranslation("services.title")), new Paragraph(getTranslation("services.hint")), fields,
                services);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.title");
    }
}
