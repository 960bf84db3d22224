/**
 * The iCalendar (RFC 5545) file for "Simpan ke kalender": one VEVENT per file, written by
 * ical-generator (escaping, 75-octet folding, UTC times). Times are in UTC (`…Z`) so every
 * calendar app places them right, whatever the visitor's phone zone is.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';

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

/** The whole `.ics` file, CRLF line endings included. */
export function buildIcs(cal: IcsCalendar): string {
  // ical-generator writes a string PRODID after a "-" of its own.
  const calendar = ical({ prodId: cal.prodId.replace(/^-/, ''), name: cal.name ?? null, method: ICalCalendarMethod.PUBLISH });
  for (const e of cal.events) {
    calendar.createEvent({
      id: e.uid,
      summary: e.summary,
      start: e.start,
      end: e.end ?? null,
      location: e.location ?? null,
      description: e.description ?? null,
      url: e.url ?? null,
      stamp: e.stamp,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}
