package org.imc.platform.sdg.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.ResourceBundle;
import org.imc.platform.base.Language;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.SdgTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** SDG targets read in the page's language: every target has its short title in each language we speak. */
@ViewTest
class SdgLabelsTest extends BrowserlessViewTest {

    @Autowired
    SdgService sdgs;

    @Test
    void everyTargetHasItsTitleInEveryLanguage() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Language.bundle(language.locale());
            for (SdgTarget t : sdgs.targets()) {
                assertThat(bundle.containsKey(t.titleKey()))
                        .as("%s in %s", t.code(), language)
                        .isTrue();
            }
        }
        // the English texts are the reference data's titles
        ResourceBundle english = Language.bundle(Language.ENGLISH.locale());
        for (SdgTarget t : sdgs.targets()) {
            assertThat(english.getString(t.titleKey()).replace('’', '\'')).isEqualTo(t.title());
        }
    }

    @Test
    @WithUserDetails("member")
    void pickersAndLabelsFollowThePagesLanguage() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.ENGLISH);
        assertThat(SdgLabels.target(sdgs, "6.1"))
                .isEqualTo("6.1 Safe and affordable drinking water (Clean water and sanitation)");
        ui.setLocale(Locale.FRENCH);
        assertThat(SdgLabels.target(sdgs, "6.1")).startsWith("6.1 Eau potable sûre et d’un coût abordable (");
        ui.setLocale(Locale.forLanguageTag("es"));
        assertThat(SdgLabels.target(sdgs, "17.17")).startsWith("17.17 Alianzas públicas, público-privadas");
        ui.setLocale(Locale.forLanguageTag("pt"));
        assertThat(SdgLabels.target(sdgs, "11.6")).startsWith("11.6 Qualidade do ar e gestão dos resíduos urbanos");
        ui.setLocale(Locale.forLanguageTag("ar"));
        assertThat(SdgLabels.target(sdgs, "4.4")).startsWith("4.4 مهارات للعمل والوظائف اللائقة");
        assertThat(SdgLabels.picker(sdgs).getItemLabelGenerator().apply("13.1"))
                .startsWith("13.1 القدرة على الصمود والتكيف");
    }
}
