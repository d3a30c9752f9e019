package icc.platform.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The platform roles that may call an API operation (on the method, or on the resource class as
 * a default). An empty list means any authenticated caller of any registered realm.
 *
 * <p>Why not {@code jakarta.annotation.security.RolesAllowed}: Payara reacts to that annotation
 * on JAX-RS resources by running its own container login (HTTP Basic against its file realm),
 * which refuses our bearer tokens before our filters see them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

  /** Role names, e.g. {@link icc.platform.web.security.PlatformRole#FOCAL_POINT_NAME}. */
  String[] value() default {};
}
