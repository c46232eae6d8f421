package io.edgecert.rest;

import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * Splits a {@code multipart/form-data} body, already read within the body limit, into its parts in
 * form order, all in memory (Jetty's parser, never a temporary file).
 */
final class FormParts {

  /** One part of a form: its field name, file name (null for a plain field), type and bytes. */
  record Part(String name, String fileName, String contentType, byte[] content) {}

  private FormParts() {}

  static List<Part> parse(String contentType, byte[] body) throws IOException {
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw malformed("the multipart/form-data Content-Type names no boundary");
    }
    MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
    parser.setMaxMemoryFileSize(body.length + 1L);
    parser.setUseFilesForPartsWithoutFileName(false);
    try (MultiPartFormData.Parts parts =
        parser.parse(Content.Source.from(ByteBuffer.wrap(body))).join()) {
      List<Part> read = new ArrayList<>();
      for (MultiPart.Part part : parts) {
        if (part.getName() == null || part.getName().isEmpty()) {
          throw malformed(
              "part "
                  + (read.size() + 1)
                  + " has no name (Content-Disposition: form-data;"
                  + " name=\"...\")");
        }
        read.add(
            new Part(
                part.getName(),
                part.getFileName(),
                part.getHeaders().get(HttpHeader.CONTENT_TYPE),
                bytes(part)));
      }
      return read;
    } catch (CompletionException e) {
      throw malformed("not a well-formed multipart/form-data body with boundary " + boundary);
    }
  }

  private static byte[] bytes(MultiPart.Part part) throws IOException {
    ByteBuffer buffer = Content.Source.asByteBuffer(part.getContentSource());
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static InvalidInputException malformed(String message) {
    return new InvalidInputException(
        InputNames.BODY, InvalidInputException.Kind.MALFORMED, message);
  }
}
