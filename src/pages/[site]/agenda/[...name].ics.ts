/** `agenda/<name>.ics`: one event as an iCalendar file for "Simpan ke kalender". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/id.ts';
import { localToInstant } from '../../../lib/dates.ts';
import { buildIcs } from '../../../lib/ics.ts';
import { entryParts, entryPaths, type EntryProps } from '../../../lib/sites.ts';
import { absoluteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (() => entryPaths('agenda')) satisfies GetStaticPaths;

type Props = EntryProps<'agenda'>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { kim, entry } = props;
  const { site } = kim;
  const a = entry.data;
  const name = entryParts(entry).name;
  const host = new URL(site.url).host;
  const ics = buildIcs({
    prodId: `-//Simpul//${site.nama}//ID`,
    name: site.nama,
    events: [
      {
        // Several KIMs may share one host (subpaths), so the slug keeps the UID unique.
        uid: `${name}.${kim.slug}@${host}`,
        summary: a.judul,
        start: localToInstant(a.mulai, site.zona_waktu),
        end: a.selesai ? localToInstant(a.selesai, site.zona_waktu) : undefined,
        location: a.lokasi,
        description: t.agenda.keteranganKalender(a.ringkasan, a.penyelenggara),
        url: absoluteUrl(site, `agenda/${name}/`),
        stamp: new Date(),
      },
    ],
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
