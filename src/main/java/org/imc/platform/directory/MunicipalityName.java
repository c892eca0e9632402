package org.imc.platform.directory;

/** A municipality as pickers and other features show it. */
public record MunicipalityName(Long id, String name, String country) {

    public String label() {
        return name + " (" + country + ")";
    }
}
