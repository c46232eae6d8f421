package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;

/** The injector's policy: every binding is listed in a module, and no circular proxies. */
public final class StrictBindingsModule extends AbstractModule {

  @Override
  protected void configure() {
    binder().requireExplicitBindings();
    binder().disableCircularProxies();
  }
}
