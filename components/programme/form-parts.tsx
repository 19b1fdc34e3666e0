"use client";

import { useFormField } from "@/components/ui/action-form";
import { FileInput } from "@/components/ui/file-input";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { PHOTO_RULES } from "@/lib/media/limits";

/** A checkbox inside an ActionForm that keeps what was ticked when the form comes back with an error. */
export function CheckboxField({ name, label, defaultChecked = false }: { name: string; label: string; defaultChecked?: boolean }) {
  const { error, kept, version } = useFormField(name);
  const checked = kept === undefined ? defaultChecked : kept === "on";
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          key={version}
          id={`f-${name}`}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `f-${name}-error` : undefined}
          className="mt-0.5 h-5 w-5 shrink-0"
        />
        <label htmlFor={`f-${name}`}>{label}</label>
      </div>
      {error && (
        <p id={`f-${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A photo field inside an ActionForm, with its error: checked as photos are picked (type, size;
 * a heavy one can be made smaller before it is sent), as on the product form.
 */
export function FileField({ name, label, hint, multiple = false, locale, files }: { name: string; label: string; hint?: string; multiple?: boolean; locale: Locale; files: Messages["files"] }) {
  const { error } = useFormField(name);
  const described = [hint ? `f-${name}-hint` : null, error ? `f-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <FileInput
        field={{ id: `f-${name}`, name, "aria-invalid": error ? true : undefined, "aria-describedby": described, className: "mt-1 block w-full text-sm" }}
        rules={PHOTO_RULES}
        multiple={multiple}
        locale={locale}
        t={files}
      />
      {hint && (
        <p id={`f-${name}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`f-${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A textarea inside an ActionForm with an id of its own (several such forms on one page), keeping what was typed. */
export function NoteField({ name, id, label }: { name: string; id: string; label: string }) {
  const { kept, version } = useFormField(name);
  return (
    <div>
      <label className="block text-sm font-medium" htmlFor={id}>
        {label}
      </label>
      <textarea key={version} id={id} name={name} rows={2} maxLength={1000} defaultValue={kept} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
    </div>
  );
}
