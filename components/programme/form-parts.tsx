"use client";

import { useFormField } from "@/components/ui/action-form";

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

/** A file input inside an ActionForm, with its error (files can't be kept: the browser forgets them). */
export function FileField({ name, label, hint, accept, multiple = false }: { name: string; label: string; hint?: string; accept: string; multiple?: boolean }) {
  const { error } = useFormField(name);
  const described = [hint ? `f-${name}-hint` : null, error ? `f-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input id={`f-${name}`} name={name} type="file" accept={accept} multiple={multiple} aria-invalid={error ? true : undefined} aria-describedby={described} className="mt-1 block w-full text-sm" />
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
