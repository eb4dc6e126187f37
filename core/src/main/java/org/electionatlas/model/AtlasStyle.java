package org.electionatlas.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, so that every value type looks the same: the generated
 * {@code ImmutableX} classes stay package-private behind {@code X.builder()}, builders use plain
 * property names, and every type gets {@code withX} copy methods.
 *
 * <p>Applied at package level; embedders never need it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
public @interface AtlasStyle {}
