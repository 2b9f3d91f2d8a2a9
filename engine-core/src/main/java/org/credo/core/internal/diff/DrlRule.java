package org.credo.core.internal.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * One DRL rule as the diff compares it, read from Drools' parsed descriptors ({@link PackageDescr},
 * {@link RuleDescr}): its conditions rendered from the pattern tree, its consequence, attributes and metadata, each
 * with whitespace runs collapsed.
 *
 * @param properties {@code when}, {@code then}, {@code attribute <name>} and {@code @<metadata>}
 */
record DrlRule(String file, String packageName, String name, Map<String, String> properties) {
    static final String RULE_ID = "ruleId";
    static final String LEGAL_BASIS = "legalBasis";

    /** The rules of one DRL file, in file order; none when the file does not parse. */
    static List<DrlRule> read(String file, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        var parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (descr == null || parser.hasErrors()) {
            return List.of();
        }
        var rules = new ArrayList<DrlRule>();
        for (RuleDescr rule : descr.getRules()) {
            var properties = new LinkedHashMap<String, String>();
            properties.put("when", conditions(rule));
            properties.put("then", flat(String.valueOf(rule.getConsequence())));
            new TreeMap<>(rule.getAttributes()).forEach((attribute, value) -> properties.put("attribute "
                    + attribute, flat(value.getValue())));
            var metadata = new TreeMap<String, String>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                metadata.put("@" + annotation.getName(), flat(value(annotation)));
            }
            properties.putAll(metadata);
            rules.add(new DrlRule(file, descr.getName(), rule.getName(), properties));
        }
        return rules;
    }

    private static String conditions(RuleDescr rule) {
        return rule.getLhs() == null ? "" : rule.getLhs().getDescrs().stream().map(DrlRule::render)
                .collect(Collectors.joining("; "));
    }

    private static String render(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            String bound = pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + " : ";
            String source = pattern.getSource() == null ? "" : " from " + render(pattern.getSource());
            return bound + pattern.getObjectType() + "(" + join(pattern.getDescrs()) + ")" + source;
        }
        if (descr instanceof ExprConstraintDescr constraint) {
            return flat(constraint.getExpression());
        }
        if (descr instanceof EvalDescr eval) {
            return "eval(" + flat(String.valueOf(eval.getContent())) + ")";
        }
        if (descr instanceof AccumulateDescr accumulate) {
            String functions = accumulate.getFunctions().stream().map(f -> (f.getBind() == null ? ""
                    : f.getBind() + " : ") + f.getFunction() + "(" + String.join(", ", f.getParams()) + ")")
                    .collect(Collectors.joining(", "));
            String input = accumulate.getInput() == null ? "" : render(accumulate.getInput());
            return "accumulate(" + input + "; " + flat(functions) + ")";
        }
        if (descr instanceof ConditionalElementDescr element) {
            String kind = descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
            return kind + "(" + join(element.getDescrs()) + ")";
        }
        if (descr instanceof PatternSourceDescr source && source.getText() != null) {
            return flat(source.getText());
        }
        return flat(descr.getText() != null ? descr.getText() : descr.toString());
    }

    private static String join(List<? extends BaseDescr> descrs) {
        return descrs.stream().map(DrlRule::render).collect(Collectors.joining(", "));
    }

    private static String value(AnnotationDescr annotation) {
        if (!annotation.hasValue()) {
            return "";
        }
        Map<String, Object> values = annotation.getValueMap();
        if (values.size() == 1 && values.containsKey(AnnotationDescr.VALUE)) {
            return AnnotationDescr.unquote(String.valueOf(values.get(AnnotationDescr.VALUE)));
        }
        return new TreeMap<>(values).toString();
    }

    private static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
