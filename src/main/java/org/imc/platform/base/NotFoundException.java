package org.imc.platform.base;

/**
 * The requested record does not exist, or the acting user may not know that it exists.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.not-found");
    }
}
