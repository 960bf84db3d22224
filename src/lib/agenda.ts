/**
 * Splits events into "akan datang" and "sudah berlangsung" at build time. An event stays
 * upcoming until it ends (or, without an end, until it starts).
 */
import type { SiteConfig, TimeZone } from '../schemas/site.ts';
import { localToInstant, localToIso } from './dates.ts';

export interface AgendaSummary {
  data: { mulai: string; selesai?: string };
}

export function splitAgenda<T extends AgendaSummary>(entries: readonly T[], asOf: Date, tz: TimeZone): { upcoming: T[]; past: T[] } {
  const start = (e: T) => localToInstant(e.data.mulai, tz).getTime();
  const end = (e: T) => localToInstant(e.data.selesai ?? e.data.mulai, tz).getTime();
  const now = asOf.getTime();
  return {
    // Soonest first.
    upcoming: entries.filter((e) => end(e) >= now).sort((a, b) => start(a) - start(b)),
    // Most recent first.
    past: entries.filter((e) => end(e) < now).sort((a, b) => start(b) - start(a)),
  };
}

/** Whether start and end fall on the same calendar day, so the end can show only its time. */
export function sameDay(start: string, end: string): boolean {
  return start.slice(0, 10) === end.slice(0, 10);
}

interface EventInput {
  judul: string;
  ringkasan: string;
  mulai: string;
  selesai?: string;
  lokasi: string;
  penyelenggara: string;
  url: string;
  site: Pick<SiteConfig, 'zona_waktu' | 'wilayah'>;
}

/** schema.org Event with start/end carrying the site's UTC offset. */
export function eventJsonLd(e: EventInput): Record<string, unknown> {
  const tz = e.site.zona_waktu;
  const w = e.site.wilayah;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.judul,
    description: e.ringkasan,
    url: e.url,
    startDate: localToIso(e.mulai, tz),
    ...(e.selesai ? { endDate: localToIso(e.selesai, tz) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: e.lokasi,
      address: {
        '@type': 'PostalAddress',
        streetAddress: e.lokasi,
        addressLocality: [w.desa, w.kecamatan].filter(Boolean).join(', '),
        addressRegion: [w.kabupaten, w.provinsi].join(', '),
        addressCountry: 'ID',
      },
    },
    organizer: { '@type': 'Organization', name: e.penyelenggara },
  };
}
