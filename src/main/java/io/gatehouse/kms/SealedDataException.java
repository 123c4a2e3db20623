package io.gatehouse.kms;

/** A sealed secret could not be opened: wrong master key, wrong context or tampered bytes. */
public class SealedDataException extends IllegalStateException {

    public SealedDataException(String message) {
        super(message);
    }
}
