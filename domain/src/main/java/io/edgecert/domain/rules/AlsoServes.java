package io.edgecert.domain.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The catalogue rules a rule class serves besides the one its {@code id()} reports, e.g. the
 * planning rule of EXT-SAN-004 also carries out SIPDOM-001. docs/rules.md lists the class under
 * each of them, so a rule that code enforces is never shown as reference only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AlsoServes {

  /** The rules served besides {@code id()}. */
  RuleId[] value();
}
