package de.kiezpress.template;

import de.kiezpress.config.BaseUrl;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The functions templates use: {@code t('key', args…)} for every string a reader sees,
 * {@code url('/path/')} for links with the base path, {@code absUrl('/path/')} for absolute ones.
 */
final class KiezpressExtension extends AbstractExtension {
    private final I18n i18n;
    private final BaseUrl baseUrl;

    KiezpressExtension(I18n i18n, BaseUrl baseUrl) {
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "t", new Positional() {
                    @Override
                    Object apply(List<Object> args) {
                        return i18n.text(String.valueOf(args.get(0)), args.subList(1, args.size()).toArray());
                    }
                },
                "url", new Positional() {
                    @Override
                    Object apply(List<Object> args) {
                        return baseUrl.link(String.valueOf(args.get(0)));
                    }
                },
                "absUrl", new Positional() {
                    @Override
                    Object apply(List<Object> args) {
                        return baseUrl.absolute(String.valueOf(args.get(0)));
                    }
                });
    }

    /** A function taking any number of positional arguments (Pebble names them "0", "1", …). */
    private abstract static class Positional implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; args.containsKey(String.valueOf(i)); i++) {
                Object value = args.get(String.valueOf(i));
                values.add(value instanceof Long l && l == l.intValue() ? Integer.valueOf(l.intValue()) : value);
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a template function needs at least one argument");
            }
            return apply(values);
        }

        abstract Object apply(List<Object> args);
    }
}
