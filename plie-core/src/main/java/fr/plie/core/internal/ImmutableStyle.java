package fr.plie.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of plie: generated classes stay package-private, so callers only see the public
 * abstract type with its {@code builder()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        // a package-private generated builder: javadoc then shows its methods, with their comments, on the page of
        // the public builder that extends it (ExitPolicy.Builder), not as members of a type absent from the docs
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = true))
public @interface ImmutableStyle {}
