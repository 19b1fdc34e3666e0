import type { Messages } from "@/lib/i18n/messages";
import { OCOP_GROUPS } from "@/lib/ocop";
import { PROVINCES } from "@/lib/provinces/data";

/**
 * The fields the public filters share (the schedule's and the catalogue's): a province by name —
 * suggestions of the 34 current ones, an old name typed in understood all the same —, an OCOP
 * group, a minimum of stars. One class (app/globals.css) for the fields.
 */
const field = "filter-field";
const PROVINCE_LIST_ID = "province-names";
const PROVINCE_NAMES = PROVINCES.map((p) => p.name).sort((a, b) => a.localeCompare(b, "vi"));

type Words = Pick<Messages, "schedule" | "groups">;

export function ProvinceFilterField({ id, t, value }: { id: string; t: Words; value?: string }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">{t.schedule.province}</label>
      <input id={id} name="province" defaultValue={value} list={PROVINCE_LIST_ID} placeholder={t.schedule.provincePlaceholder} className={field} autoComplete="off" />
      <datalist id={PROVINCE_LIST_ID}>
        {PROVINCE_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}

export function GroupFilterField({ id, t, value }: { id: string; t: Words; value?: string | number }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">{t.schedule.group}</label>
      <select id={id} name="group" defaultValue={value ?? ""} className={field}>
        <option value="">{t.schedule.anyGroup}</option>
        {OCOP_GROUPS.map((g) => (
          <option key={g.id} value={g.id}>{t.groups[g.id]}</option>
        ))}
      </select>
    </div>
  );
}

export function StarsFilterField({ id, t, value }: { id: string; t: Words; value?: string | number }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">{t.schedule.minStars}</label>
      <select id={id} name="stars" defaultValue={value ?? ""} className={field}>
        <option value="">{t.schedule.anyStars}</option>
        {[3, 4, 5].map((n) => (
          <option key={n} value={n}>{"★".repeat(n)} ({n})</option>
        ))}
      </select>
    </div>
  );
}
