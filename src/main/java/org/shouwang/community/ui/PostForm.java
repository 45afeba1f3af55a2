package org.shouwang.community.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.shouwang.base.ui.EditForm;
import org.shouwang.community.PostData;
import org.shouwang.plan.PostKind;

/** Edits one post of a compound: code, name and kind. */
public class PostForm extends EditForm<PostData> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<PostKind> kind = new Select<>();

    public PostForm() {
        super(PostData.class, "community.post.form");
        setId("post-form");
        code.setLabel(getTranslation("community.post.code"));
        code.setHelperText(getTranslation("community.code-help"));
        name.setLabel(getTranslation("community.post.name"));
        kind.setLabel(getTranslation("community.post.kind"));
        kind.setItems(PostKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("community.kind." + k.name()));
        binder.bindInstanceFields(this);
        layOut(code, name, kind);
    }
}
