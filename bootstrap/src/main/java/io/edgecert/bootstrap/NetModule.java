package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.NameResolver;
import io.edgecert.net.DnsjavaNameResolver;
import io.edgecert.net.JsseEndpointProbe;

/** Live endpoints and DNS (adapters-net: JSSE, a raw ClientHello, dnsjava). */
public final class NetModule extends AbstractModule {

  @Provides
  @Singleton
  EndpointProbe endpointProbe() {
    return new JsseEndpointProbe();
  }

  @Provides
  @Singleton
  NameResolver nameResolver() {
    return new DnsjavaNameResolver();
  }
}
