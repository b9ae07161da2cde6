package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Limits;
import io.github.colophon.core.internal.load.ManuscriptPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses an SVG with a hardened XML parser before any renderer (Batik in the PDF, a browser on the
 * HTML site) sees it, and refuses ({@code unsafe-svg}) what could reach outside the picture: a
 * DOCTYPE (entities, external DTDs, entity expansion), scripts, event handlers, frames and
 * objects, {@code xml-stylesheet} instructions, CSS {@code @import}, and links or {@code url()}s
 * that leave the publication. A file that is not well-formed XML is {@code invalid-image}.
 */
final class SvgSafety {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*([^'\")\\s]*)");
  private static final Pattern RASTER_DATA = Pattern.compile("(?i)^data:image/(png|jpeg|jpg|gif);");

  private SvgSafety() {}

  static Diagnostic inspect(Path file, String shown, Path folder, Limits limits) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    if (latin.contains("<!DOCTYPE") || latin.contains("<!ENTITY")) {
      return unsafe(shown, "declares a DOCTYPE or entities, which are refused (no DTDs, no entity expansion)");
    }
    Document svg;
    try {
      DocumentBuilder builder = PARSER.get();
      builder.reset(); // as new from the factory, whatever the last file left
      builder.setErrorHandler(THROWING);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      svg = builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (SAXParseException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
      return ImageFiles.invalid(
          "image '" + shown + "' is not well-formed SVG" + where + ": " + firstLine(e.getMessage()));
    } catch (SAXException e) {
      return ImageFiles.invalid("image '" + shown + "' is not well-formed SVG: " + firstLine(e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Element root = svg.getDocumentElement();
    if (root == null || !"svg".equals(localName(root))) {
      return ImageFiles.invalid("image '" + shown + "' is XML but not SVG (no <svg> root element)");
    }
    for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE && n.getNodeName().equalsIgnoreCase("xml-stylesheet")) {
        return unsafe(shown, "has an xml-stylesheet instruction, which would load a style sheet from elsewhere");
      }
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    Path base = folder.toAbsolutePath().normalize();
    // Iterative walk: a hostile file may nest far deeper than the stack allows.
    int depth = 1;
    Node node = root;
    while (node != null) {
      if (node instanceof Element e) {
        if (depth > limits.maxNestingDepth()) {
          return Diagnostic.error(
              "nesting-too-deep",
              "image '%s' nests its elements more than %d levels deep".formatted(shown, limits.maxNestingDepth()),
              ImageFiles.UNPLACED,
              "simplify the drawing (ungroup nested groups) and export it again");
        }
        String problem = problem(e, dir, base);
        if (problem != null) {
          return unsafe(shown, problem);
        }
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node.getNextSibling() == null) {
        node = node.getParentNode();
        depth--;
        if (node == root) {
          node = null;
        }
      }
      if (node != null) {
        node = node.getNextSibling();
      }
    }
    return null;
  }

  /** What is refused about one element, or null. */
  private static String problem(Element e, Path dir, Path base) {
    String name = localName(e);
    switch (name) {
      case "script", "iframe", "object", "embed", "applet", "frame", "frameset", "link", "meta", "base" -> {
        return "has a <" + name + "> element";
      }
      case "style" -> {
        String css = cssProblem(e.getTextContent(), dir, base);
        if (css != null) {
          return css + " in a <style> element";
        }
      }
      default -> {}
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String attr = localName(a);
      String value = a.getValue().strip();
      if (attr.startsWith("on")) {
        return "has an event handler (" + attr + " on <" + name + ">)";
      }
      if (attr.equals("href") && name.equals("a") && value.matches("(?i)^(https?|mailto):.*")) {
        continue; // a hyperlink to follow, not a resource to load
      }
      if (attr.equals("href") || attr.equals("src")) {
        String escape = urlProblem(value, dir, base);
        if (escape != null) {
          return "refers to " + escape + " (" + attr + " on <" + name + ">)";
        }
      }
      if (attr.equals("style")) {
        String css = cssProblem(value, dir, base);
        if (css != null) {
          return css + " in a style attribute";
        }
      }
    }
    return null;
  }

  private static String cssProblem(String css, Path dir, Path base) {
    if (css.toLowerCase(Locale.ROOT).contains("@import")) {
      return "has a CSS @import";
    }
    Matcher m = CSS_URL.matcher(css);
    while (m.find()) {
      String escape = urlProblem(m.group(1), dir, base);
      if (escape != null) {
        return "refers to " + escape;
      }
    }
    return null;
  }

  /** Why a URL in the SVG leaves the picture, or null for a fragment, raster data or a file inside. */
  private static String urlProblem(String url, Path dir, Path base) {
    if (url.isEmpty() || url.startsWith("#") || RASTER_DATA.matcher(url).find()) {
      return null;
    }
    if (SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("/") || url.startsWith("\\")) {
      return "'" + abbreviate(url) + "' outside the publication";
    }
    String path = url.replaceAll("[?#].*$", "");
    String relative = base.relativize(dir).resolve(path).toString();
    if (ManuscriptPaths.resolveInside(base, relative) == null) {
      return "'" + abbreviate(url) + "' outside the publication";
    }
    return null;
  }

  private static Diagnostic unsafe(String shown, String what) {
    return Diagnostic.error(
        "unsafe-svg",
        "image '" + shown + "' " + what,
        ImageFiles.UNPLACED,
        "export the drawing again as plain SVG (no scripts, links or external resources), or as PNG");
  }

  /**
   * One hardened parser per thread, reset before each file: making a parser costs more than
   * parsing a figure, and a publication may have hundreds.
   */
  private static final ThreadLocal<DocumentBuilder> PARSER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return hardenedFactory().newDocumentBuilder();
            } catch (ParserConfigurationException e) {
              throw new IllegalStateException(e);
            }
          });

  private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /** Fails on every error instead of printing "[Fatal Error]" to the console. */
  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private static String localName(Node n) {
    String local = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    return local.toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed XML";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
