/**
 * Dates in Bahasa Indonesia, in the site's own time zone. Indonesia has no daylight saving,
 * so each zone is a fixed offset from UTC.
 */
import { timeZones, type TimeZone } from '../schemas/site.ts';

const OFFSET_HOURS: Record<TimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** WIB, WITA or WIT. */
export function zoneLabel(tz: TimeZone): string {
  return timeZones[tz];
}

/** The instant of a wall-clock time (`2026-08-17T08:00`) in the given zone. */
export function localToInstant(local: string, tz: TimeZone): Date {
  const utc = Date.parse(`${local.slice(0, 16)}:00Z`);
  return new Date(utc - OFFSET_HOURS[tz] * 3_600_000);
}

/** `+07:00` style offset, for ISO strings with a zone. */
export function zoneOffset(tz: TimeZone): string {
  return `+${String(OFFSET_HOURS[tz]).padStart(2, '0')}:00`;
}

/** ISO 8601 with the site's offset: `2026-08-17T08:00:00+07:00`. */
export function localToIso(local: string, tz: TimeZone): string {
  return `${local.slice(0, 16)}:00${zoneOffset(tz)}`;
}

const dateFmt = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: TimeZone, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tz + JSON.stringify(opts);
  let f = dateFmt.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('id-ID', { timeZone: tz, ...opts });
    dateFmt.set(key, f);
  }
  return f;
}

/**
 * A calendar date such as "17 Agustus 2026". Date-only fields (YAML `2026-08-17`) arrive
 * as UTC midnight and are shown as that calendar day, whatever the zone.
 */
export function formatDate(date: Date, opts: { hari?: boolean } = {}): string {
  return fmt('Asia/Jakarta', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric', ...(opts.hari ? { weekday: 'long' } : {}) }).format(date);
}

/** A wall-clock time with its zone label: "Sabtu, 17 Agustus 2026, 08.00 WITA". */
export function formatDateTime(local: string, tz: TimeZone): string {
  const d = localToInstant(local, tz);
  const s = fmt(tz, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return `${s} ${zoneLabel(tz)}`;
}

/** Only the time of day with its zone label: "08.00 WITA". */
export function formatTime(local: string, tz: TimeZone): string {
  const d = localToInstant(local, tz);
  return `${fmt(tz, { hour: '2-digit', minute: '2-digit', hour12: false }).format(d)} ${zoneLabel(tz)}`;
}

/** `YYYY-MM-DD` of a date-only field, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
