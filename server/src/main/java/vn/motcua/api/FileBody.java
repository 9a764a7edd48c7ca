package vn.motcua.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The media types an operation takes as its body instead of JSON: a file. {@link ApiRequestShape} holds the body to
 * them; they are not the mapping's {@code consumes}, which would send another type to the 405 of an unmatched path.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface FileBody {
    String[] value();
}
