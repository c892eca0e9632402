package org.imc.platform.fund;

/**
 * Days past due grouped as lenders report them.
 */
public enum DelinquencyBucket {
    CURRENT,
    DAYS_1_30,
    DAYS_31_60,
    DAYS_61_90,
    DAYS_90_PLUS;

    public static DelinquencyBucket of(int daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DAYS_1_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_60;
        }
        if (daysPastDue <= 90) {
            return DAYS_61_90;
        }
        return DAYS_90_PLUS;
    }

    public String labelKey() {
        return "fund.bucket." + name();
    }
}
