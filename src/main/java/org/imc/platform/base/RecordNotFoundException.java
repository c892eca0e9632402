package org.imc.platform.base;

/**
 * The requested record does not exist, or the acting user may not know that it exists.
 */
public class RecordNotFoundException extends BusinessException {

    public RecordNotFoundException() {
        super("error.not-found");
    }
}
