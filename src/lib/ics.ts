/**
 * A minimal iCalendar (RFC 5545) writer for "Simpan ke kalender": one VEVENT per file.
 * Times are written in UTC (`…Z`) so every calendar app places them right, whatever the
 * visitor's phone zone is.
 */

export interface IcsEvent {
  /** Globally unique, stable across builds: `<name>@<site host>`. */
  uid: string;
  summary: string;
  start: Date;
  /** Optional: without it the event is a point in time (RFC 5545 §3.6.1). */
  end?: Date;
  location?: string;
  description?: string;
  url?: string;
  /** When this file was made (DTSTAMP). */
  stamp: Date;
}

export interface IcsCalendar {
  /** PRODID, e.g. `-//Simpul//KIM Sukamaju//ID`. */
  prodId: string;
  /** Calendar name shown by some apps (X-WR-CALNAME). */
  name?: string;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `20260817T010000Z`. */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Folds a content line at 75 octets (§3.1): CRLF plus one space, never splitting a UTF-8
 * character. The leading space of a continuation line counts towards its 75 octets.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function eventLines(e: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${formatUtc(e.stamp)}`,
    `DTSTART:${formatUtc(e.start)}`,
  ];
  if (e.end) lines.push(`DTEND:${formatUtc(e.end)}`);
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  // URL is a URI value, not TEXT: it is not escaped.
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole `.ics` file, CRLF line endings included. */
export function buildIcs(cal: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${cal.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  for (const e of cal.events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
