package org.credo.service.console;

import java.util.Map;

/**
 * The regulations' own Chinese terms for the contract's codes, shown beside the codes in both languages: a customs
 * officer reads 高级认证, an integrator reads ADVANCED_CERTIFIED, and both see they mean the same.
 */
public final class RegulationTerms {
    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("ADVANCED_CERTIFIED", "高级认证"),
            Map.entry("GENERAL_CERTIFIED", "一般认证"),
            Map.entry("GENERAL_CREDIT", "一般信用"),
            Map.entry("CERTIFIED", "认证"),
            Map.entry("REGULAR", "常规"),
            Map.entry("DISHONEST", "失信"),
            Map.entry("SERIOUSLY_DISHONEST", "严重失信"),
            Map.entry("BROKER", "报关企业"),
            Map.entry("NON_BROKER", "非报关企业"),
            Map.entry("SMUGGLING_CRIMINAL", "走私犯罪"),
            Map.entry("SMUGGLING_ADMIN_PENALTY", "走私行为行政处罚"),
            Map.entry("VIOLATION_ADMIN_PENALTY", "违反海关监管规定行政处罚"),
            Map.entry("TAX_UNPAID", "拖欠应缴税款"),
            Map.entry("FINE_UNPAID", "拖欠罚没款"),
            Map.entry("OBSTRUCTION_PENALTY", "抗拒、阻碍海关执法"),
            Map.entry("BRIBERY", "行贿"),
            Map.entry("SOLID_WASTE_ADMIN_PENALTY", "固体废物行政处罚"),
            Map.entry("FOOD_COSMETICS_CRIMINAL", "食品化妆品犯罪"),
            Map.entry("SOLID_WASTE_SMUGGLING_CRIMINAL", "走私固体废物犯罪"),
            Map.entry("CBEC_PREFERENTIAL", "跨境电商零售进口税收政策"),
            Map.entry("CBEC_FULL_TAX", "按货物税率全额征收"),
            Map.entry("GENERAL_TRADE", "按一般贸易管理"),
            Map.entry("credit-classification", "海关企业信用"),
            Map.entry("inspection", "查验"),
            Map.entry("fx-registration", "名录登记"),
            Map.entry("fx-individual-settlement", "个人结汇"),
            Map.entry("fx-advance-payment", "垫付报备"),
            Map.entry("retail-import", "跨境电商零售进口"),
            Map.entry("retail-export-tax", "无票免税"),
            Map.entry("credit-measures", "信用分类管理措施"),
            Map.entry("fx-electronic-settlement", "凭电子交易信息结售汇"),
            Map.entry("fx-loan-conversion", "国内外汇贷款结汇"),
            Map.entry("BANK", "银行"),
            Map.entry("PAYMENT_INSTITUTION", "支付机构"),
            Map.entry("EXPORT_PROCEEDS", "出口收汇资金"),
            Map.entry("FX_PURCHASE", "购汇"),
            Map.entry("OTHER_FOREIGN_CURRENCY", "其他外汇资金"),
            Map.entry("selected", "布控查验"),
            Map.entry("not-selected", "未布控"),
            Map.entry("DRAFT", "草稿"),
            Map.entry("APPROVED", "已审批"),
            Map.entry("ACTIVE", "生效"),
            Map.entry("RETIRED", "已停用"),
            Map.entry("REJECTED", "已驳回"),
            Map.entry("CONFIRMED", "已核实"),
            Map.entry("SECONDARY", "二手来源"),
            Map.entry("UNCONFIRMED", "未核实"),
            Map.entry("GACC-237", "海关总署令第237号"),
            Map.entry("GACC-251", "海关总署令第251号"),
            Map.entry("GACC-282", "海关总署令第282号"));

    private RegulationTerms() {
    }

    /** The Chinese term for a code, or null when the regulations have none. */
    public static String chinese(String code) {
        return code == null ? null : CHINESE.get(code);
    }
}
