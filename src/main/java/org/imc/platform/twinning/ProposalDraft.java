package org.imc.platform.twinning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/** What a mayor writes to propose a twinning: the partner, the themes and a message. */
public class ProposalDraft {

    public static final int MESSAGE_MAX = 2000;

    @NotNull(message = "{validation.required}")
    private Long partnerId;

    @NotNull(message = "{twinning.validation.themes}")
    @Size(min = 1, message = "{twinning.validation.themes}")
    private Set<SubProgramme> themes = EnumSet.noneOf(SubProgramme.class);

    @NotBlank(message = "{validation.required}")
    @Size(max = MESSAGE_MAX, message = "{validation.max-length}")
    @PlainText
    private String message = "";

    public ProposalDraft() {}

    public ProposalDraft(Long partnerId, Set<SubProgramme> themes, String message) {
        this.partnerId = partnerId;
        this.themes = themes;
        this.message = message;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Set<SubProgramme> getThemes() {
        return themes;
    }

    public void setThemes(Set<SubProgramme> themes) {
        this.themes = themes;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
