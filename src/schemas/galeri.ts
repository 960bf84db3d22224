import { z } from 'zod';
import { photo, calendarDate, text, longText, url, type SchemaContext } from './common.ts';

const YOUTUBE = /^https:\/\/(www\.)?(youtube\.com\/watch\?v=|youtu\.be\/|youtube\.com\/shorts\/)[\w-]{6,}/;

/** A photo album, optionally with video links. */
export const galeriSchema = (ctx: SchemaContext) =>
  z.object({
    judul: text('Judul album', { max: 150 }),
    tanggal: calendarDate('Tanggal kegiatan'),
    ringkasan: longText('Ringkasan', { max: 300 }).optional(),
    foto: z.array(photo(ctx)).min(1, 'minimal satu foto').meta({ title: 'Foto', widget: 'list' }),
    video: z
      .array(
        z
          .object({
            judul: text('Judul video', { max: 150 }),
            url: url('Tautan YouTube').refine((v) => YOUTUBE.test(v), 'harus tautan YouTube, contoh: https://www.youtube.com/watch?v=abc123'),
          })
          .meta({ title: 'Video', widget: 'object' }),
      )
      .default([])
      .meta({ title: 'Video YouTube', widget: 'list' }),
  });
