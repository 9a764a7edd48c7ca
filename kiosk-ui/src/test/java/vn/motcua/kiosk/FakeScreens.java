package vn.motcua.kiosk;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * Builds the kiosk's views on the fake ports of the running test, as the server builds them on its adapters, so a
 * test navigates to a route as a visitor would. Registered with the mock Vaadin environment by {@link KioskUiTest}.
 */
public final class FakeScreens implements InstantiatorFactory {

    private static volatile FakeKiosk kiosk;
    private static volatile FakePhonePage phonePage;
    private static volatile FakeDossierPage dossierPage;

    static void use(FakeKiosk fakeKiosk, FakePhonePage fakePhonePage, FakeDossierPage fakeDossierPage) {
        kiosk = fakeKiosk;
        phonePage = fakePhonePage;
        dossierPage = fakeDossierPage;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new DefaultInstantiator(service) {

            private final I18NProvider texts = new KioskTexts();

            @Override
            public <T> T getOrCreate(Class<T> type) {
                if (type == KioskView.class) {
                    return type.cast(new KioskView(kiosk));
                }
                if (type == TrackingView.class) {
                    return type.cast(new TrackingView(phonePage));
                }
                if (type == DossierPageView.class) {
                    return type.cast(new DossierPageView(dossierPage));
                }
                if (type == DossierLookupView.class) {
                    return type.cast(new DossierLookupView(dossierPage));
                }
                return super.getOrCreate(type);
            }

            @Override
            public I18NProvider getI18NProvider() {
                return texts;
            }
        };
    }
}
