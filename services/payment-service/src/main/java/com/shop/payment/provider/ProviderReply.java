package com.shop.payment.provider;

/**
 * The provider's decision about a request: approved (with the charge's or refund's reference), declined for
 * good (with its reason), or, for a lookup, that it never decided anything under that key.
 */
public record ProviderReply(Verdict verdict, String reference, String detail) {

    public enum Verdict { APPROVED, DECLINED, NOT_FOUND }

    public static ProviderReply approved(String reference) {
        return new ProviderReply(Verdict.APPROVED, reference, null);
    }

    public static ProviderReply declined(String code, String reason) {
        return new ProviderReply(Verdict.DECLINED, null, code + ": " + reason);
    }

    public static ProviderReply notFound() {
        return new ProviderReply(Verdict.NOT_FOUND, null, "the provider has no charge under this key");
    }
}
