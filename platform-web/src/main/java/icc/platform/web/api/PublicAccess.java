package icc.platform.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation that anyone may call without a token, because it serves only content its
 * authors chose to make public (library entries marked PUBLIC: docs/library.md). The operation
 * itself must never reveal anything else; {@link RolesAllowedFeature} lets such calls through
 * with or without a token. Everything else still needs {@link Allowed}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicAccess {}
