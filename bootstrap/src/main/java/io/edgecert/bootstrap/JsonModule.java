package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.json.JacksonDocumentEncoder;
import io.edgecert.json.JacksonTopologyReader;

/** The topology file format and the JSON wire contract (adapters-json). */
public final class JsonModule extends AbstractModule {

  @Provides
  @Singleton
  TopologyReader topologyReader() {
    return new JacksonTopologyReader();
  }

  @Provides
  @Singleton
  DocumentEncoder documentEncoder() {
    return new JacksonDocumentEncoder();
  }
}
