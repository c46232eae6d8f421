package io.edgecert.cli;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin, indenting layer over the JDK's streaming XML writer, enough for JUnit reports. */
final class XmlWriter {
  private final XMLStreamWriter xml;

  /** Writes the body of a document. */
  interface Body {
    void write() throws XMLStreamException;
  }

  XmlWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  void document(Body body) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    body.write();
    xml.writeEndDocument();
    xml.close();
  }

  XmlWriter start(String element, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
    xml.writeStartElement(element);
    return this;
  }

  XmlWriter attribute(String name, Object value) throws XMLStreamException {
    xml.writeAttribute(name, String.valueOf(value));
    return this;
  }

  /** Closes the element, on a new line at {@code depth}, or on the same line when depth < 0. */
  void end(int depth) throws XMLStreamException {
    if (depth >= 0) {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
    xml.writeEndElement();
  }

  /** An element with an optional message and type attribute and optional text. */
  void leaf(String element, String message, String type, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    if (message != null) {
      xml.writeAttribute("message", message);
    }
    if (type != null) {
      xml.writeAttribute("type", type);
    }
    if (text != null) {
      xml.writeCharacters(text);
    }
    xml.writeEndElement();
  }
}
