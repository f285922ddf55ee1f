package de.kiezpress.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the validator behind validator.w3.org/nu), in process. The HTML schema is
 * loaded once and reused for every document; only errors are collected (warnings and info are not
 * failures, as with {@code vnu --errors-only}).
 */
final class NuChecker {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    NuChecker() {
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
            validator.setUpValidatorAndParsers(new Collector(), false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker cannot start: " + e, e);
        }
    }

    /** The errors in one HTML file, as "line N: message". */
    List<String> check(Path file) {
        errors.clear();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXException e) {
            errors.add("cannot be parsed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(errors);
    }

    /** The errors in a stylesheet (vnu's CSS checker, as {@code vnu --css}). */
    List<String> checkCss(Path file) {
        errors.clear();
        try {
            validator.checkCssFile(file.toFile(), true);
        } catch (SAXException e) {
            errors.add("cannot be parsed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(errors);
    }

    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings are advice, not errors
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add("line " + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
