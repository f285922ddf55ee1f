package de.kiezpress.output;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JDK's streaming XML writer, with text cleaned of characters XML 1.0 cannot hold. */
final class Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Xml() {
    }

    /** Something that writes elements. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** Something that writes elements, and may add pieces of XML written before ({@link Raw#append}). */
    interface BodyWithRaw {
        void write(XMLStreamWriter xml, Raw raw) throws XMLStreamException;
    }

    /** Appends XML that is already written (and escaped) to the document being written. */
    record Raw(XMLStreamWriter xml, StringWriter out) {
        void append(String piece) throws XMLStreamException {
            xml.flush();
            out.append(piece);
        }
    }

    static String document(Body body) {
        return document((xml, raw) -> body.write(xml));
    }

    static String document(BodyWithRaw body) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml, new Raw(xml, out));
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.append('\n').toString();
    }

    /** Elements without a document around them, to be added to documents with {@link Raw#append}. */
    static String fragment(Body body) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            body.write(xml);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.toString();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Drops control characters XML 1.0 does not allow (a pasted form feed would make the feed unreadable). */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
