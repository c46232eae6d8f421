package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

class ClientFaultsTest {

  @Test
  void givenWhatTheClientBroke_status_isItsClientError() {
    assertThat(ClientFaults.status(new BadMessageException(400, "Bad chunk size"))).isEqualTo(400);
    assertThat(ClientFaults.status(new EofException("Early EOF"))).isEqualTo(400);
    assertThat(ClientFaults.status(new IOException(new BadMessageException(413)))).isEqualTo(413);
  }

  @Test
  void givenServerFault_status_isZero() {
    assertThat(ClientFaults.status(new IllegalStateException("bug"))).isZero();
    assertThat(ClientFaults.status(new IOException("disk"))).isZero();
  }

  @Test
  void reason_isOneShortLine() {
    String reason = ClientFaults.reason(new EofException("Early EOF\n\tat somewhere"));

    assertThat(reason)
        .isEqualTo("EofException: The server could not process the request (HTTP 400).");
  }
}
