package org.shouwang.community.ui;

import org.shouwang.base.ui.BuiltInTexts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.PropertyId;
import org.shouwang.base.ui.EditForm;
import org.shouwang.community.CompoundData;

import java.util.List;
import java.util.Map;

/** Edits one compound: code, name, households and the committee member responsible for it. */
public class CompoundForm extends EditForm<CompoundData> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final IntegerField households = new IntegerField();
    @PropertyId("ownerId")
    final ComboBox<Long> owner = new ComboBox<>();

    public CompoundForm() {
        super(CompoundData.class, "community.compound.form");
        setId("compound-form");
        code.setLabel(getTranslation("community.compound.code"));
        code.setHelperText(getTranslation("community.code-help"));
        name.setLabel(getTranslation("community.compound.name"));
        households.setLabel(getTranslation("community.compound.households"));
        households.setMin(0);
        BuiltInTexts.translate(households);
        owner.setLabel(getTranslation("community.compound.owner"));
        owner.setClearButtonVisible(true);
        binder.bindInstanceFields(this);
        layOut(code, name, households, owner);
    }

    /** The committee members to choose the owner from, by volunteer id. */
    public void setOwnerChoices(List<Long> ids, Map<Long, String> names) {
        owner.setItems(ids);
        owner.setItemLabelGenerator(id -> names.getOrDefault(id, "#" + id));
    }

    /**
     * @param editable whether the caller may change it (a committee member only their own compounds)
     * @param manage   whether the caller may delete compounds and choose owners
     */
    public void editCompound(CompoundData compound, boolean editable, boolean manage) {
        super.edit(compound, editable, manage && compound != null && compound.getId() != null);
        owner.setReadOnly(!editable || !manage);
    }
}
