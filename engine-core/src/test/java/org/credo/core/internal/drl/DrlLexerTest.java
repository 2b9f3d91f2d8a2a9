package org.credo.core.internal.drl;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DrlLexerTest {

    @Test
    void commentsAreDroppedAndStringsKeptApartWithTheirLines() {
        List<DrlToken> tokens = DrlLexer.tokenize("""
                /* System
                   exit */ a // Runtime
                "multi
                line" 'x' b
                """);

        assertThat(tokens).extracting(DrlToken::kind, DrlToken::text, DrlToken::line).containsExactly(
                tuple(DrlToken.Kind.IDENTIFIER, "a", 2),
                tuple(DrlToken.Kind.STRING, "multi\nline", 3),
                tuple(DrlToken.Kind.STRING, "x", 4),
                tuple(DrlToken.Kind.IDENTIFIER, "b", 4));
    }

    @Test
    void anEscapedQuoteDoesNotEndAString() {
        assertThat(DrlLexer.tokenize("\"a\\\"b\" c")).extracting(DrlToken::text).containsExactly("a\"b", "c");
    }

    @Test
    void charactersJavaIgnoresInsideNamesAreDroppedFromThem() {
        assertThat(DrlLexer.tokenize("Sys\u200Btem.ex\u0000it")).extracting(DrlToken::text)
                .containsExactly("System", ".", "exit");
    }

    @Test
    void aTextBlockOpeningIsOneSymbol() {
        assertThat(DrlLexer.tokenize("\"\"\"\nx")).extracting(DrlToken::kind, DrlToken::text)
                .containsExactly(tuple(DrlToken.Kind.SYMBOL, DrlLexer.TEXT_BLOCK),
                        tuple(DrlToken.Kind.IDENTIFIER, "x"));
    }

    @Test
    void rulesAreLocatedByPackageNameAndLine() {
        List<DrlRuleLocation> rules = DrlRuleLocation.findAll("rules/a.drl", """
                package org.example.credit;

                rule "first"
                when then end
                rule second when then end
                """);

        assertThat(rules).containsExactly(
                new DrlRuleLocation("rules/a.drl", "org.example.credit", "first", 3),
                new DrlRuleLocation("rules/a.drl", "org.example.credit", "second", 5));
    }
}
