package org.credo.service.console;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Template helpers of the console: codes with their Chinese terms, times in the zone's time, short hashes. */
@TemplateExtension
public final class ConsoleExtensions {
    /** The pilot zone keeps China Standard Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ConsoleExtensions() {
    }

    /**
     * {@code {reg:term(code)}}: {@code 高级认证 ADVANCED_CERTIFIED}, the regulation's term beside the code, or
     * the code alone; a dash for none.
     */
    @TemplateExtension(namespace = "reg")
    static RawString term(Object value) {
        String code = value == null ? null : value.toString();
        if (code == null || code.isEmpty()) {
            return new RawString("<span class=\"muted\">—</span>");
        }
        String chinese = RegulationTerms.chinese(code);
        String codeHtml = "<code class=\"code\">" + Html.escape(code) + "</code>";
        return new RawString(chinese == null ? codeHtml
                : "<span class=\"term\"><span lang=\"zh-CN\" class=\"zh\">" + Html.escape(chinese) + "</span> "
                + codeHtml + "</span>");
    }

    /** {@code {zone:local(instant)}}: an instant as local time in the zone; empty for none. */
    @TemplateExtension(namespace = "zone")
    static String local(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** The first twelve characters of a hash or version id. */
    static String shortId(String id) {
        return id == null ? "" : id.length() <= 12 ? id : id.substring(0, 12);
    }
}
