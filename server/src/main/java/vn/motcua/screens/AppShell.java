package vn.motcua.screens;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page settings shared by every screen: server push (boards change the moment a ticket is called) and Lumo. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
