package org.imc.platform.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.directory.MunicipalityProfile;

/**
 * Edits a list of needs or offers: one row per line, each with a sub-programme and a text,
 * validated field by field.
 */
class ResourceLinesEditor extends Div {

    private final String kindKey;
    private final Div rows = new Div();
    private final List<Row> rowList = new ArrayList<>();

    ResourceLinesEditor(String titleKey, String kindKey) {
        this.kindKey = kindKey;
        addClassName("imc-resource-editor");
        Button add = new Button(
                getTranslation("directory.profile.add-" + kindKey),
                new Icon("vaadin:plus"),
                e -> addRow(new MunicipalityProfile.Line()).subProgramme.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(new H3(getTranslation(titleKey)), rows, add);
    }

    void setLines(List<MunicipalityProfile.Line> lines) {
        rows.removeAll();
        rowList.clear();
        lines.forEach(line -> addRow(new MunicipalityProfile.Line(line.getSubProgramme(), line.getDescription())));
    }

    /** Validates every row; shows messages next to the fields. */
    boolean validate() {
        boolean valid = true;
        for (Row row : rowList) {
            valid &= row.binder.validate().isOk();
        }
        return valid;
    }

    List<MunicipalityProfile.Line> getLines() {
        return rowList.stream().map(r -> r.line).toList();
    }

    private Row addRow(MunicipalityProfile.Line line) {
        Row row = new Row(line);
        rowList.add(row);
        rows.add(row);
        return row;
    }

    private final class Row extends Div {
        private final MunicipalityProfile.Line line;
        private final BeanValidationBinder<MunicipalityProfile.Line> binder =
                new BeanValidationBinder<>(MunicipalityProfile.Line.class);
        private final ComboBox<SubProgramme> subProgramme = new ComboBox<>();

        Row(MunicipalityProfile.Line line) {
            this.line = line;
            addClassName("imc-resource-row");
            int number = rowList.size() + 1;
            subProgramme.setLabel(getTranslation("directory.profile.sub-programme"));
            subProgramme.setItems(SubProgramme.values());
            subProgramme.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            subProgramme.setWidth("16rem");
            subProgramme.setAriaLabel(getTranslation(
                    "directory.profile.line-sub-programme", getTranslation("directory.profile." + kindKey), number));
            TextField description = new TextField(getTranslation("directory.profile.line-description"));
            description.setMaxLength(500);
            description.setWidth("22rem");
            description.setAriaLabel(getTranslation(
                    "directory.profile.line-text", getTranslation("directory.profile." + kindKey), number));
            Button remove = new Button(new Icon("vaadin:trash"), e -> {
                rowList.remove(this);
                rows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("directory.profile.remove-line", number));
            remove.setTooltipText(getTranslation("directory.profile.remove-line", number));
            binder.forField(subProgramme).bind("subProgramme");
            binder.forField(description).bind("description");
            binder.setBean(line);
            add(subProgramme, description, remove);
        }
    }
}
