"""Admin forms: the statement change form with optimistic locking, and the action pages."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import transaction

from .curation import stale_edit_message
from .models import Actor, Event, Statement


class StatementAdminForm(forms.ModelForm):
    """The statement form; `version` travels as a hidden field so a stale save is refused.

    The check here gives the editor a form error in the common case (someone saved since the
    form was opened). The save itself re-checks atomically (`curation.save_statement_edit`), so
    two concurrent saves of the same version cannot both win.
    """

    apply_to_group = forms.BooleanField(
        required=False,
        label="Apply to its group",
        help_text="Give the other reports of this statement the review status and speaker "
        "changed here.",
    )

    class Meta:
        model = Statement
        fields = ("source", "text", "start", "end", *Statement.EDITABLE_FIELDS, "version")
        widgets = {"version": forms.HiddenInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "apply_to_group" in self.fields and self.instance.cluster_id:
            others = Statement.objects.filter(cluster_id=self.instance.cluster_id).exclude(
                pk=self.instance.pk
            )
            n = others.count()
            self.fields[
                "apply_to_group"
            ].label = f"Apply to the {n} other report{'s' if n != 1 else ''} of this statement"
        if "version" in self.fields and self.instance.pk:
            # The version the editor starts from is the row's current one, also when the form
            # is built from an old history record (simple-history's revert page).
            current = (
                Statement.objects.filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            self.initial["version"] = current or self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and "version" in self.fields:
            submitted = cleaned.get("version")
            rows = Statement.objects.filter(pk=self.instance.pk)
            if transaction.get_connection().in_atomic_block:
                # Held until the admin's transaction ends: a concurrent save waits, then sees us.
                rows = rows.select_for_update()
            current = rows.first()
            if current is not None and submitted != current.version:
                raise forms.ValidationError(stale_edit_message(current), code="stale")
        elif not self.instance.pk:
            self._check_span(cleaned)
        return cleaned

    def _check_span(self, cleaned):
        source, start, end = cleaned.get("source"), cleaned.get("start"), cleaned.get("end")
        text = cleaned.get("text")
        if source is None or start is None or end is None:
            return
        if end <= start or end > len(source.text):
            self.add_error("end", "The span must lie inside the source text.")
        elif text and source.text[start:end] != text:
            self.add_error("text", "The text must be exactly the source's text at start–end.")


def _autocomplete(model, field_name: str):
    return AutocompleteSelect(model._meta.get_field(field_name), admin.site)


class ReassignSpeakerForm(forms.Form):
    actor = forms.ModelChoiceField(
        queryset=Actor.objects.all(),
        widget=_autocomplete(Statement, "actor"),
        help_text="The selected statements will be attributed to this actor.",
    )


class LinkEventForm(forms.Form):
    event = forms.ModelChoiceField(
        queryset=Event.objects.all(),
        widget=_autocomplete(Statement, "events"),
        help_text="The selected statements will be linked to this event (existing links stay).",
    )


class MergeActorsForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Actor.objects.all(),
        label="Actor to keep",
        widget=_autocomplete(Statement, "actor"),
        help_text=(
            "The other selected actors are merged into this one: their statements and aliases "
            "move to it, their names become its aliases, and they are deleted."
        ),
    )


class AddArticleForm(forms.Form):
    """An article an editor brings: a URL to fetch, or pasted text with its metadata."""

    url = forms.URLField(
        label="URL",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="Alone: the page is fetched in the background. With text: where it was published.",
    )
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
        help_text="The article's text, if you paste it instead of giving a URL to fetch.",
    )
    title = forms.CharField(required=False, max_length=500)
    outlet = forms.CharField(required=False, max_length=200)
    published = forms.DateField(
        required=False, help_text="YYYY-MM-DD, the date the article was published."
    )

    def clean(self):
        data = super().clean()
        if not data.get("url") and not (data.get("text") or "").strip():
            raise forms.ValidationError("Give a URL to fetch, or paste the article's text.")
        return data

    @property
    def pasted(self) -> bool:
        return bool((self.cleaned_data.get("text") or "").strip())
