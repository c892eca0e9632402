package org.imc.platform.base;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Makes Bean Validation read its messages from the same bundle as the UI
 * ({@code vaadin-i18n/translations}), so field messages are translated in one place.
 * Registered in {@code META-INF/validation.xml}.
 */
public class TranslationsMessageInterpolator extends ResourceBundleMessageInterpolator {

    public TranslationsMessageInterpolator() {
        super(new PlatformResourceBundleLocator("vaadin-i18n/translations"));
    }
}
