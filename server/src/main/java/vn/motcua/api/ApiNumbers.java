package vn.motcua.api;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * An integer in a path or query of the API is plain decimal digits without sign or leading zero, as the document
 * declares it (type integer, minimum 0). Spring's own parsing takes "+1", "0x1", "01" and full-width digits as 1,
 * so a typo would act on counter 1; here each is a 400 naming the parameter.
 */
@ControllerAdvice(basePackageClasses = ApiNumbers.class)
class ApiNumbers {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("0|[1-9][0-9]{0,9}");

    @InitBinder
    void plainIntegers(WebDataBinder binder) {
        // A custom editor comes before the conversion service, whatever that has registered for numbers.
        binder.registerCustomEditor(int.class, new PlainInteger());
        binder.registerCustomEditor(Integer.class, new PlainInteger());
    }

    /** Text to int, refusing anything but plain digits that fit. */
    static final class PlainInteger extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || !PLAIN_NUMBER.matcher(text).matches()) {
                throw new IllegalArgumentException("Not a plain decimal number");
            }
            setValue(Integer.valueOf(text));
        }
    }
}
